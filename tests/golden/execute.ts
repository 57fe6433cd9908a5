/**
 * Run the golden cases on a real server: each case gets a fresh schema/database/file, its
 * setup and run statements execute one by one (a failure names the statement), then the
 * case's catalog check runs. Cases a dialect refuses to compile are golden-only there.
 */

import { describe, expect, test } from "bun:test";
import type { GoldenCase, Server } from "./case.ts";
import { CASES } from "./cases.ts";
import type { TestDb } from "./databases.ts";
import { compileCase } from "./render.ts";

export function executeCases(server: Server, open: () => Promise<TestDb | undefined>): void {
  describe(`golden SQL runs on ${server}`, () => {
    for (const c of CASES) {
      const runs = c.executeOn?.includes(server) ?? true;
      if (!runs) continue;
      test(c.name, async () => {
        const { setup, run } = compileCase(c, server);
        if (!setup.ok) throw setup.error;
        if (!run.ok) {
          // Refused at compile time: the golden file records the error; nothing to execute.
          if (c.executeOn?.includes(server)) throw run.error;
          return;
        }
        const db = await open();
        if (db === undefined) return;
        try {
          await executeAll(db, setup.statements);
          await executeAll(db, run.statements);
          await c.check?.[server]?.(db);
        } finally {
          await db.dispose();
        }
      });
    }
  });
}

async function executeAll(db: TestDb, statements: readonly string[]): Promise<void> {
  for (const sql of statements) {
    try {
      await db.exec(sql);
    } catch (error) {
      expect(`${(error as Error).message}\n  in: ${sql}`).toBe("(statement executes)");
    }
  }
}

export type { GoldenCase };

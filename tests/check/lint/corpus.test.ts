/**
 * The corpus on PGlite: every case's last statement gets the expected label (observed),
 * raises exactly the expected rules at the default target and at the versions listed,
 * and the static table (predict_postgresql.ts) agrees with what PGlite did at PGlite's
 * own version: a disagreement there is a bug in mig.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import "../../../dialects/mod.ts";
import { databaseSupport } from "../../../core/database.ts";
import type { Driver } from "../../../core/driver.ts";
import { classifyPostgresql } from "../../../core/check/lint/classify_postgresql.ts";
import { predictStatement } from "../../../core/check/lint/predict_postgresql.ts";
import { EMBEDDED } from "../../../core/check/targets.ts";
import { parseDbUrl } from "../../../core/url.ts";
import { CASES } from "./corpus.ts";
import { runCase } from "./harness.ts";

let pg: Driver;
let major: number;
beforeAll(async () => {
  pg = await databaseSupport().connect(parseDbUrl(EMBEDDED.postgresql!));
  major = Number.parseInt(pg.serverVersion, 10);
}, 60_000);
afterAll(() => pg?.close());

const rulesOf = (findings: readonly { rule?: string }[]) => findings.map((f) => f.rule).sort();

describe("lint corpus on PGlite", () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const run = await runCase(pg, c);
      const last = run.migration.statements.at(-1)!;
      expect(last.failed).toBe(c.fails ?? false);
      if (c.transaction !== false && !c.fails) {
        expect({ lock: last.label?.lock ?? null, rewrite: (last.label?.rewrites.length ?? 0) > 0 }).toEqual({ lock: c.lock, rewrite: c.rewrite });
      } else {
        // Outside a transaction locks end with the statement: nothing left to observe.
        expect(last.label).toBeUndefined();
      }
      expect(rulesOf(run.lint(15).findings)).toEqual([...c.rules].sort());
      for (const [version, rules] of Object.entries(c.at ?? {})) {
        expect({ version, rules: rulesOf(run.lint(Number(version)).findings) }).toEqual({ version, rules: [...rules].sort() });
      }
    });
  }
});

describe("the static table agrees with PGlite at PGlite's version", () => {
  for (const c of CASES.filter((c) => c.up.length === 1 && c.transaction !== false && !c.fails)) {
    test(c.name, async () => {
      const run = await runCase(pg, c);
      const last = run.migration.statements.at(-1)!;
      const predicted = predictStatement(classifyPostgresql(last.sql), major, last.facts);
      if (!predicted.known) return;
      expect({ lock: predicted.lock, rewrite: predicted.rewrite })
        .toEqual({ lock: last.label!.lock, rewrite: last.label!.rewrites.length > 0 });
    });
  }
});

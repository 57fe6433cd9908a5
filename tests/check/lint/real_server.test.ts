/**
 * The corpus's labels hold on a real PostgreSQL server: each single-statement case runs
 * in an open transaction on one connection while a second connection reads pg_locks
 * for that backend, and the strongest lock it holds on a pre-existing table must be
 * the label the corpus gives (checked on PGlite in corpus.test.ts). mig's own watcher,
 * run on the server as `--dev-url` would, must say the same. Its own database, dropped
 * afterwards.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import "../../../dialects/mod.ts";
import type { Driver } from "../../../core/driver.ts";
import { lockModeOf, lockRank, type LockMode } from "../../../core/check/lint/lock_mode.ts";
import { connectDriver } from "../../../dialects/driver_connect.ts";
import { POSTGRES_URL, reachable, uniqueName, withDatabase } from "../../support/servers.ts";
import { CASES, SETUP } from "./corpus.ts";
import { runCase } from "./harness.ts";

let admin: Driver | undefined;
let migration: Driver;
let observer: Driver;
const database = uniqueName("mig_lint");

beforeAll(async () => {
  admin = await reachable(POSTGRES_URL);
  if (!admin) return;
  await admin.exec(`CREATE DATABASE ${database}`);
  migration = await connectDriver(withDatabase(POSTGRES_URL, database), { connectTimeoutMs: 3000 });
  observer = await connectDriver(withDatabase(POSTGRES_URL, database), { connectTimeoutMs: 3000 });
  // timestamp -> timestamptz skips the rewrite only when the session's zone is UTC.
  await migration.exec("SET TimeZone = 'UTC'");
}, 30_000);

afterAll(async () => {
  if (!admin) return;
  await migration?.close();
  await observer?.close();
  await admin.exec(`DROP DATABASE IF EXISTS ${database}`);
  await admin.close();
});

/** Strongest lock `pid` holds on the tables among `oids`, read from the other connection. */
async function heldFromOutside(pid: number, oids: readonly string[]): Promise<LockMode | null> {
  const rows = await observer.query(
    `SELECT l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
     WHERE l.pid = $1 AND l.locktype = 'relation' AND l.granted AND c.relkind IN ('r', 'p', 'm')
       AND l.relation::text = ANY(string_to_array($2, ','))`,
    [pid, oids.join(",")],
  );
  let strongest: LockMode | null = null;
  for (const row of rows) {
    const mode = lockModeOf(String(row["mode"]));
    if (mode && lockRank(mode) > lockRank(strongest)) strongest = mode;
  }
  return strongest;
}

const SAMPLE = CASES.filter((c) => c.up.length === 1 && c.transaction !== false && !c.fails && !c.earlier);

describe("labels on the real PostgreSQL server", () => {
  for (const c of SAMPLE) {
    test(c.name, async () => {
      if (!admin) return;
      await migration.exec("DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS archive CASCADE; CREATE SCHEMA public");
      await migration.exec(SETUP + (c.setup ?? ""));
      const pid = Number((await migration.query("SELECT pg_backend_pid() AS pid"))[0]!["pid"]);
      const tables = (await migration.query(
        "SELECT c.oid::text AS oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'm')",
      )).map((r) => String(r["oid"]));
      await migration.begin();
      try {
        await migration.exec(c.up[0]!);
        // The transaction is open: what the second connection sees is what production waits on.
        expect({ case: c.name, lock: await heldFromOutside(pid, tables) }).toEqual({ case: c.name, lock: c.lock });
      } finally {
        await migration.rollback();
      }
      // mig's watcher on the same server (what `mig check --dev-url` does) agrees, rewrite included.
      const run = await runCase(migration, c);
      const label = run.migration.statements.at(-1)!.label!;
      expect({ lock: label.lock, rewrite: label.rewrites.length > 0 }).toEqual({ lock: c.lock, rewrite: c.rewrite });
    });
  }
});

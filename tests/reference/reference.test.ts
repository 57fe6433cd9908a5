/**
 * Proof that `--sql` writes the same steps as an online run, on real servers. The
 * reference project (13 revisions, a branch and its merge, every op, names that need
 * quoting, two .sql revisions) is written with `upgrade head --sql`, run with the
 * database's own client (`psql -v ON_ERROR_STOP=1`, `mariadb`, `sqlite3 -bail`) on a fresh
 * database, and the catalog must show the intended schema and rows; `downgrade head:base
 * --sql` must then leave only the empty version table. The same project run online
 * (`mig upgrade head`, `mig downgrade base`) on another fresh database must leave exactly
 * the same catalog at both ends.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { createDatabase, type TestDatabase } from "../support/databases.ts";
import { MARIADB_HEAD } from "./expected_mariadb.ts";
import { POSTGRESQL_HEAD } from "./expected_postgresql.ts";
import { SQLITE_HEAD } from "./expected_sqlite.ts";
import { migOk } from "./run_mig.ts";
import { type Engine, runScript } from "./sql_clients.ts";
import { type Snapshot, snapshot } from "./snapshot.ts";

const HEAD = "1a2b3c4d5e0d";

const ENGINES: readonly { engine: Engine; offlineUrl: string; head: Snapshot; client: string }[] = [
  { engine: "postgresql", offlineUrl: "postgresql://offline/reference", head: POSTGRESQL_HEAD, client: "psql" },
  // mariadb:// selects MariaDB's variant offline (DROP CONSTRAINT for checks).
  { engine: "mariadb", offlineUrl: "mariadb://offline/reference", head: MARIADB_HEAD, client: "mariadb" },
  { engine: "sqlite", offlineUrl: "sqlite:///offline.db", head: SQLITE_HEAD, client: "sqlite3" },
];

/** What every engine keeps after downgrading to base: the version table's own lines, no rows. */
function onlyVersionTable(head: Snapshot): Snapshot {
  return { mig_version: head["mig_version"]!.filter((line) => !line.startsWith("row ")) };
}

const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

async function freshDatabase(engine: Engine): Promise<TestDatabase | undefined> {
  const db = await createDatabase(engine);
  if (db) dbs.push(db);
  return db;
}

function runWithClient(engine: Engine, url: string, sql: string): void {
  const r = runScript(engine, url, sql);
  expect(`exit ${r.status}\n${r.stderr}`).toBe("exit 0\n");
}

/** The offline run's catalog at head and at base, for the online test to compare with. */
const offline = new Map<Engine, { head: Snapshot; base: Snapshot }>();

for (const { engine, offlineUrl, head, client } of ENGINES) {
  describe(engine, () => {
    test(`upgrade head --sql and downgrade head:base --sql run with ${client} and leave the intended catalog`, async () => {
      const db = await freshDatabase(engine);
      if (!db) return;
      const up = migOk(["upgrade", "head", "--sql"], offlineUrl);
      // PostgreSQL alone wraps the script in a transaction, left for the autocommit block.
      expect(up.startsWith("BEGIN;\n\n")).toBe(engine === "postgresql");
      expect(up.includes("COMMIT;\n\nCREATE INDEX CONCURRENTLY ix_order_placed_at")).toBe(engine === "postgresql");
      runWithClient(engine, db.url, up);
      const atHead = snapshot(engine, db.url);
      expect(atHead["mig_version"]).toContain(`row {"version_num":${engine === "sqlite" ? "" : " "}"${HEAD}"}`);
      expect(atHead).toEqual(head);

      const down = migOk(["downgrade", "head:base", "--sql"], offlineUrl);
      expect(down).toContain(`-- Running downgrade 1a2b3c4d5e08 -> 1a2b3c4d5e07, 1a2b3c4d5e06`);
      runWithClient(engine, db.url, down);
      // As Alembic's, a script that reaches base ends by dropping the version table.
      expect(down).toMatch(/DROP TABLE mig_version;\n\n(COMMIT;\n\n)?$/);
      const atBase = snapshot(engine, db.url);
      expect(atBase).toEqual({});
      offline.set(engine, { head: atHead, base: atBase });
    }, 60_000);

    test("upgrade head and downgrade base online leave the same catalog as the scripts", async () => {
      const db = await freshDatabase(engine);
      if (!db) return;
      migOk(["upgrade", "head"], db.url);
      expect(migOk(["current"], db.url)).toBe(`${HEAD} (head)\n`);
      const atHead = snapshot(engine, db.url);
      migOk(["downgrade", "base"], db.url);
      const atBase = snapshot(engine, db.url);
      // Against what the scripts left when that test ran first (as in a full run of this
      // file), and against the intended catalog in any case.
      const scripts = offline.get(engine);
      if (scripts) expect({ head: atHead, base: atBase }).toEqual({ head: scripts.head, base: onlyVersionTable(scripts.head) });
      expect({ head: atHead, base: atBase }).toEqual({ head, base: onlyVersionTable(head) });
    }, 60_000);
  });
}

/**
 * The runner on every engine with hand-made plans (the planner has its own tests):
 * TypeScript and SQL scripts run in order, the version table follows, a failing
 * statement is reported with its revision and script line, and the version table
 * tells the truth afterwards.
 */
import { afterAll, describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../dialects/mod.ts";
import { captureOutput } from "../../core/output.ts";
import { parseDbUrl } from "../../core/url.ts";
import { migrate, type MigrationWork } from "../../core/runtime/migrate.ts";
import type { PlannedStep } from "../../core/runtime/planned_step.ts";
import { databaseSupport } from "../../core/database.ts";
import { createDatabase, ENGINES, type TestDatabase } from "../support/databases.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-runtime-"));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

const r1 = write("r1_account.ts", `
import { op, t } from "mig";
export const revision = "r1";
export function upgrade() {
  op.createTable("account", [
    t.column("id", t.integer(), { primaryKey: true }),
    t.column("name", t.string(50), { nullable: false }),
  ]);
}
export function downgrade() {
  op.dropTable("account");
}
`);
const r2 = write("r2_note.sql", `-- revision: r2
-- down_revision: r1
-- migrate:up
ALTER TABLE account ADD COLUMN note VARCHAR(20);
INSERT INTO account (id, name, note) VALUES (1, 'first', 'it''s here');
-- migrate:down
ALTER TABLE account DROP COLUMN note;
`);
const r3 = write("r3_broken.sql", `-- revision: r3
-- down_revision: r2
-- migrate:up
INSERT INTO account (id, name) VALUES (2, 'second');

ALTER TABLE account ADD COLUMN nope NOT_A_TYPE(;
-- migrate:down
`);
const r3fixed = write("r3_fixed.sql", `-- revision: r3
-- down_revision: r2
-- migrate:up
INSERT INTO account (id, name) VALUES (2, 'second');
-- migrate:down
DELETE FROM account WHERE id = 2;
`);
const r3ts = write("r3_broken.ts", `
import { op, t } from "mig";
export const revision = "r3";
export function upgrade() {
  op.execute("INSERT INTO account (id, name) VALUES (2, 'second')");
  op.addColumn("missing_table", t.column("x", t.integer()));
}
`);

function step(revision: string, file: string, from: string[], direction: "up" | "down" = "up"): PlannedStep {
  const to = direction === "up" ? revision : from[0]!;
  const fromRev = direction === "up" ? from : [revision];
  const toRevs = direction === "up" ? [revision] : from;
  const changes =
    direction === "up"
      ? from.length === 0 ? [{ kind: "insert" as const, rev: revision }] : [{ kind: "update" as const, from: from[0]!, to: revision }]
      : from.length === 0 ? [{ kind: "delete" as const, rev: revision }] : [{ kind: "update" as const, from: revision, to }];
  const shortLog = `${direction === "up" ? "upgrade" : "downgrade"} ${fromRev.join(", ")} -> ${toRevs.join(", ")}`;
  return { revision, path: file, direction, stamp: false, shortLog, logLine: `${shortLog}, ${revision}`, versionChanges: changes };
}

const plan = (steps: PlannedStep[]): MigrationWork => ({ plan: () => steps });
const readHeads: MigrationWork = { readOnly: true, plan: () => [] };

async function run(url: string, work: MigrationWork, offline = false) {
  const output = captureOutput();
  const result = await migrate(
    { url: parseDbUrl(url), offline, versionTable: "mig_version", transactionPerMigration: false, lockStrategy: "advisory", lockTimeoutMs: 10_000, output },
    work,
  );
  return { ...result, output };
}

async function rows(url: string, sql: string) {
  const driver = await databaseSupport().connect(parseDbUrl(url));
  try {
    return await driver.query(sql);
  } finally {
    await driver.close();
  }
}

const created: TestDatabase[] = [];
afterAll(async () => {
  for (const db of created) await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

for (const engine of ENGINES) {
  describe(engine, () => {
    test("upgrade through TS and SQL scripts, fail truthfully, downgrade", async () => {
      const db = await createDatabase(engine);
      if (!db) return;
      created.push(db);
      expect((await run(db.url, readHeads)).heads).toEqual([]);

      const up = await run(db.url, plan([step("r1", r1, []), step("r2", r2, ["r1"])]));
      expect(up.heads).toEqual(["r2"]);
      expect(up.output.stderr).toContain("INFO  [mig] Running upgrade  -> r1, r1");
      expect(up.output.stderr).toContain("INFO  [mig] Running upgrade r1 -> r2, r2");
      expect((await run(db.url, readHeads)).heads).toEqual(["r2"]);
      expect(await rows(db.url, "SELECT id, name, note FROM account")).toEqual([{ id: 1, name: "first", note: "it's here" }]);

      // A SQL script whose second statement fails: the error points into the file.
      const failure = await run(db.url, plan([step("r3", r3, ["r2"])])).catch((e: Error) => e);
      expect(failure).toBeInstanceOf(Error);
      const message = (failure as Error).message;
      expect(message).toContain("Revision r3 failed at ");
      expect(message).toMatch(new RegExp(`${r3.replace(/[.]/g, "\\.")}:\\d+`));
      expect(message).toContain("The database is at r2".replace("The database", engine === "mariadb" ? "The database" : "Rolled back: the database"));
      expect((await run(db.url, readHeads)).heads).toEqual(["r2"]);

      // A TypeScript script failing on its second op names the op's line.
      const tsFailure = (await run(db.url, plan([step("r3", r3ts, ["r2"])])).catch((e: Error) => e)) as Error;
      expect(tsFailure.message).toContain(`Revision r3 failed at ${r3ts}:6:6`);
      expect((await run(db.url, readHeads)).heads).toEqual(["r2"]);
      const second = await rows(db.url, "SELECT count(*) AS n FROM account WHERE id = 2");
      // Transactional DDL undoes the INSERT before the failure; MariaDB keeps what ran.
      expect(Number(second[0]!["n"])).toBe(engine === "mariadb" ? 1 : 0);
      // MariaDB kept the half-run INSERT; the operator cleans it up before the rerun.
      if (engine === "mariadb") await rows(db.url, "DELETE FROM account WHERE id = 2");

      // After fixing the script, the rerun succeeds from where the database really is.
      expect((await run(db.url, plan([step("r3", r3fixed, ["r2"])]))).heads).toEqual(["r3"]);
      const down = await run(db.url, plan([step("r3", r3fixed, ["r2"], "down"), step("r2", r2, ["r1"], "down"), step("r1", r1, [], "down")]));
      expect(down.heads).toEqual([]);
      expect((await run(db.url, readHeads)).heads).toEqual([]);
    }, 60_000);
  });
}

test("offline: PostgreSQL script with BEGIN/COMMIT, version table created from base", async () => {
  const { output } = await run("postgresql://u:secret@h/db", plan([step("r1", r1, []), step("r2", r2, ["r1"])]), true);
  expect(output.stdout).toBe(
    [
      "BEGIN;",
      "",
      "CREATE TABLE mig_version (\n    version_num VARCHAR(32) NOT NULL,\n    CONSTRAINT mig_version_pkc PRIMARY KEY (version_num)\n);",
      "",
      "-- Running upgrade  -> r1",
      "",
      "CREATE TABLE account (\n    id SERIAL NOT NULL,\n    name VARCHAR(50) NOT NULL,\n    PRIMARY KEY (id)\n);",
      "",
      "INSERT INTO mig_version (version_num) VALUES ('r1');",
      "",
      "-- Running upgrade r1 -> r2",
      "",
      "ALTER TABLE account ADD COLUMN note VARCHAR(20);\nINSERT INTO account (id, name, note) VALUES (1, 'first', 'it''s here');",
      "",
      "UPDATE mig_version SET version_num='r2' WHERE mig_version.version_num = 'r1';",
      "",
      "COMMIT;",
      "",
      "",
    ].join("\n"),
  );
  expect(output.stderr).not.toContain("secret");
});

test("offline: SQLite and MySQL scripts carry no BEGIN/COMMIT", async () => {
  for (const url of ["sqlite:///x.db", "mysql://root@h/db"]) {
    const { output } = await run(url, plan([step("r1", r1, [])]), true);
    expect(output.stdout).not.toContain("BEGIN;");
    expect(output.stdout).not.toContain("COMMIT;");
    expect(output.stdout).toContain("INSERT INTO mig_version (version_num) VALUES ('r1');");
  }
});

test("a version table changed behind mig's back stops the run (Alembic's guard)", async () => {
  const db = (await createDatabase("sqlite"))!;
  created.push(db);
  const sneaky = write("r2_sneaky.ts", `
import { op } from "mig";
export const revision = "r2";
export function upgrade() {
  op.execute("DELETE FROM mig_version");
}
`);
  await run(db.url, plan([step("r1", r1, [])]));
  const failure = (await run(db.url, plan([step("r2", sneaky, ["r1"])])).catch((e: Error) => e)) as Error;
  expect(failure.message).toStartWith(
    "Online migration expected to match one row when updating 'r1' to 'r2' in 'mig_version'; 0 found",
  );
  // Rolled back: the DELETE is undone and the table still says r1.
  expect((await run(db.url, readHeads)).heads).toEqual(["r1"]);
});

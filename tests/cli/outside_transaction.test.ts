/**
 * Statements that PostgreSQL refuses inside a transaction block (CREATE INDEX
 * CONCURRENTLY) run through `-- migrate:up transaction:false` in SQL scripts and
 * `op.autocommitBlock()` in TypeScript ones; offline, the script commits around them.
 */
import { afterAll, expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";
import { createDatabase, type TestDatabase } from "../support/databases.ts";

const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

function project(url: string): CliProject {
  const p = new CliProject();
  p.ok(["init", "migrations"]);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, `url = "${url}"`));
  p.write("migrations/versions/a1_table.sql", [
    "-- revision: a1", "-- message: table", "-- migrate:up",
    "CREATE TABLE item (id integer PRIMARY KEY, name text, kind text);",
    "-- migrate:down", "DROP TABLE item;", "",
  ].join("\n"));
  p.write("migrations/versions/a2_concurrent.sql", [
    "-- revision: a2", "-- down_revision: a1", "-- message: concurrent index", "-- migrate:up transaction:false",
    // Several statements: each must run on its own, or PostgreSQL wraps them in one implicit transaction.
    "SET lock_timeout = '5s';",
    "CREATE INDEX CONCURRENTLY ix_item_name ON item (name);",
    "-- migrate:down transaction:false", "DROP INDEX CONCURRENTLY ix_item_name;", "",
  ].join("\n"));
  p.write("migrations/versions/a3_block.ts", `import { op } from "mig";
export const revision = "a3";
export const downRevision = "a2";
export function upgrade() {
  op.execute("INSERT INTO item (id, name, kind) VALUES (1, 'one', 'x')");
  op.autocommitBlock(() => {
    op.createIndex("ix_item_kind", "item", ["kind"], { concurrently: true });
  });
}
export function downgrade() {
  op.autocommitBlock(() => {
    op.dropIndex("ix_item_kind", { concurrently: true });
  });
}
`);
  return p;
}

test("online on PostgreSQL: concurrent index builds succeed outside the run's transaction", async () => {
  const db = await createDatabase("postgresql");
  if (!db) return;
  dbs.push(db);
  const p = project(db.url);
  const up = p.mig(["upgrade", "head"]);
  expect(up.stderr).not.toContain("FAILED");
  expect(up.status).toBe(0);
  expect(p.ok(["current"])).toBe("a3 (head)\n");
  expect(p.mig(["downgrade", "a1"]).status).toBe(0);
  expect(p.ok(["current"])).toBe("a1\n");
  // The same statements one by one in mig check's PGlite.
  const check = p.mig(["check"]);
  expect(check.stdout).toContain("mig check: OK");
  p.dispose();
}, 60_000);

test("offline: COMMIT before and BEGIN after the blocks", () => {
  const p = project("postgresql://postgres@127.0.0.1/none");
  const sql = p.ok(["upgrade", "head", "--sql"]);
  expect(sql).toContain("COMMIT;\n\nSET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY ix_item_name ON item (name);\n\nBEGIN;\n\n");
  expect(sql).toContain("COMMIT;\n\nCREATE INDEX CONCURRENTLY ix_item_kind ON item (kind);\n\nBEGIN;\n\n");
  expect(sql.trimEnd()).toEndWith("COMMIT;");
  p.dispose();
});

test("a failing statement of a SQL section is named with its own line (issue 10, class 6)", async () => {
  for (const engine of ["sqlite", "mariadb", "postgresql"] as const) {
    const db = await createDatabase(engine);
    if (!db) continue;
    dbs.push(db);
    const p = new CliProject();
    p.ok(["init", "migrations"]);
    p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, `url = "${db.url}"`));
    p.write("migrations/versions/b1_many.sql", [
      "-- revision: b1", "-- message: many", "-- migrate:up",
      "CREATE TABLE thing (id integer PRIMARY KEY, note varchar(20));",
      "INSERT INTO thing (id, note) VALUES (1, 'a;b');",
      "-- the next one fails",
      "INSERT INTO nowhere (id) VALUES (1);",
      "-- migrate:down", "DROP TABLE thing;", "",
    ].join("\n"));
    const r = p.mig(["upgrade", "head"]);
    expect(r.status).toBe(255);
    expect(r.stderr).toContain("b1_many.sql:7");
    expect(r.stderr).toContain("INSERT INTO nowhere (id) VALUES (1)");
    expect(r.stderr).not.toContain("CREATE TABLE thing");
    p.dispose();
  }
}, 60_000);

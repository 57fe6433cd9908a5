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
  p.dispose();
});

test("offline: COMMIT before and BEGIN after the blocks", () => {
  const p = project("postgresql://postgres@127.0.0.1/none");
  const sql = p.ok(["upgrade", "head", "--sql"]);
  expect(sql).toContain("COMMIT;\n\nCREATE INDEX CONCURRENTLY ix_item_name ON item (name);\n\nBEGIN;\n\n");
  expect(sql).toContain("COMMIT;\n\nCREATE INDEX CONCURRENTLY ix_item_kind ON item (kind);\n\nBEGIN;\n\n");
  expect(sql.trimEnd()).toEndWith("COMMIT;");
  p.dispose();
});

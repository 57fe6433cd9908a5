/**
 * The safe-pattern ops on the real PostgreSQL server, through the CLI: a foreign key added
 * NOT VALID accepts old rows and is validated by a later migration; a unique constraint
 * adopts an index built CONCURRENTLY in an autocommit block; op.setLockTimeout makes an
 * ALTER give up on a table another session holds instead of waiting behind it.
 */
import { afterAll, expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";
import { createDatabase, type TestDatabase } from "../support/databases.ts";
import { reachable } from "../support/servers.ts";

const dbs: TestDatabase[] = [];
const projects: CliProject[] = [];
afterAll(async () => {
  projects.forEach((p) => p.dispose());
  for (const db of dbs) await db.drop();
});

function project(url: string, scripts: Record<string, string>): CliProject {
  const p = new CliProject("mig-safe-ops-");
  projects.push(p);
  p.ok(["init", "migrations"]);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, `url = "${url}"`));
  for (const [rev, body] of Object.entries(scripts)) p.write(`migrations/versions/${rev}.ts`, body);
  return p;
}

const script = (rev: string, down: string | null, upgrade: string) => `import { op, t } from "mig";
export const revision = "${rev}";
export const downRevision = ${down === null ? "null" : `"${down}"`};
export function upgrade() {
${upgrade}
}
export function downgrade() {}
`;

test("NOT VALID, then VALIDATE in a later migration; USING INDEX after a concurrent build", async () => {
  const db = await createDatabase("postgresql");
  if (!db) return;
  dbs.push(db);
  const p = project(db.url, {
    a1: script("a1", null, `  op.createTable("parent", [t.column("id", t.integer(), { primaryKey: true })]);
  op.createTable("item", [t.column("id", t.integer()), t.column("parent_id", t.integer()), t.column("code", t.string(10))]);
  op.execute("INSERT INTO parent VALUES (1)");
  op.execute("INSERT INTO item VALUES (1, 1, 'a'), (2, 1, 'b')");`),
    a2: script("a2", "a1", `  op.createForeignKey("fk_item_parent", "item", "parent", ["parent_id"], ["id"], { notValid: true });
  op.autocommitBlock(() => op.createIndex("ux_item_code", "item", ["code"], { unique: true, concurrently: true }));`),
    a3: script("a3", "a2", `  op.validateConstraint("fk_item_parent", "item");
  op.createUniqueConstraint("uq_item_code", "item", ["code"], { usingIndex: "ux_item_code" });`),
  });
  p.ok(["upgrade", "a2"]);
  const admin = (await reachable(db.url))!;
  try {
    const before = await admin.query("SELECT convalidated AS v FROM pg_constraint WHERE conname = 'fk_item_parent'");
    expect(before).toEqual([{ v: false }]);
    p.ok(["upgrade", "head"]);
    const after = await admin.query("SELECT conname AS name, convalidated AS v FROM pg_constraint WHERE conrelid = 'item'::regclass ORDER BY conname");
    expect(after).toEqual([{ name: "fk_item_parent", v: true }, { name: "uq_item_code", v: true }]);
  } finally {
    await admin.close();
  }
}, 60_000);

test("op.setLockTimeout: an ALTER behind another session's lock fails within the timeout, and rolls back", async () => {
  const db = await createDatabase("postgresql");
  if (!db) return;
  dbs.push(db);
  const p = project(db.url, {
    a1: script("a1", null, `  op.createTable("busy", [t.column("id", t.integer())]);`),
    a2: script("a2", "a1", `  op.setLockTimeout("300ms");
  op.addColumn("busy", t.column("note", t.text()));`),
  });
  p.ok(["upgrade", "a1"]);
  const holder = (await reachable(db.url))!;
  try {
    await holder.begin();
    await holder.exec("LOCK TABLE busy IN ACCESS SHARE MODE");
    // Without the timeout this run would wait for the holder for as long as it holds.
    const run = p.mig(["upgrade", "head"]);
    expect(run.status).toBe(255);
    expect(run.stderr).toContain("lock timeout");
    expect(run.stderr).toContain("Rolled back: the database is at a1");
  } finally {
    await holder.rollback();
    await holder.close();
  }
  expect(p.ok(["current"])).toBe("a1\n");
}, 60_000);

/**
 * Python the translator cannot carry over (a loop over data, an ORM session, a helper
 * import) is kept as a comment and the script throws ScriptError("not converted: ...")
 * at that spot; the report lists the lines and the command exits 1 with the project written.
 */
import { afterAll, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { alembicAvailable, fillBodies, initAlembic, revision } from "./alembic_support.ts";

const ROOT = path.resolve(import.meta.dir, "../..");
const available = alembicAvailable();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const mig = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, "cli.ts"), ...args], { cwd, encoding: "utf8", timeout: 60_000 });

test.skipIf(!available)("untranslatable Python: listed with its lines, exit 1, and the script fails loudly at that spot", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-import-hand-"));
  dirs.push(dir);
  initAlembic(dir, `sqlite:///${path.join(dir, "dev.db")}`);
  fillBodies(revision(dir, "aaaa00000001", "create item"), `
op.create_table("item", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("price", sa.Integer(), server_default="0"))`, `
op.drop_table("item")`);
  const data = revision(dir, "bbbb00000002", "reprice items");
  fillBodies(data, `
op.add_column("item", sa.Column("cents", sa.Integer()))
bind = op.get_bind()
for row in bind.execute(sa.text("SELECT id, price FROM item")):
    bind.execute(sa.text("UPDATE item SET cents = :c WHERE id = :i"), {"c": row.price * 100, "i": row.id})`, `
with op.batch_alter_table("item") as batch_op:
    batch_op.drop_column("cents")`);
  fs.writeFileSync(data, fs.readFileSync(data, "utf8").replace("import sqlalchemy as sa", "import sqlalchemy as sa\nfrom myapp.pricing import convert"));

  const run = mig(dir, "import-alembic", ".");
  expect(run.status).toBe(1);
  const lines = run.stdout.split("\n");
  expect(lines).toContain("converted             alembic/versions/aaaa00000001_create_item.py -> alembic/versions/aaaa00000001_create_item.ts");
  expect(lines).toContain("needs hand work       alembic/versions/bbbb00000002_reprice_items.py -> alembic/versions/bbbb00000002_reprice_items.ts");
  const source = fs.readFileSync(data, "utf8").split("\n");
  const loop = source.findIndex((l) => l.startsWith("    for row in")) + 1;
  expect(run.stdout).toContain(`    line ${loop}-${loop + 1}: Python for statement\n        for row in bind.execute(sa.text("SELECT id, price FROM item")):\n            bind.execute(`);
  expect(run.stdout).toContain("import left out: from myapp.pricing import convert");
  expect(lines.at(-2)).toBe("Total: 2 scripts: 1 converted, 0 converted with notes, 1 needs hand work");

  const ts = fs.readFileSync(path.join(dir, "alembic", "versions", "bbbb00000002_reprice_items.ts"), "utf8");
  expect(ts).toContain(`op.addColumn("item", t.column("cents", t.integer()));`);
  expect(ts).toContain(`//   for row in bind.execute(sa.text("SELECT id, price FROM item")):`);
  expect(ts).toContain(`throw new ScriptError("not converted: alembic/versions/bbbb00000002_reprice_items.py:${loop}");`);

  // The converted project stops at the script that needs a person, by name; the run rolls back.
  const up = mig(dir, "upgrade", "head");
  expect(up.status).toBe(255);
  expect(up.stderr).toContain(`not converted: alembic/versions/bbbb00000002_reprice_items.py:${loop}`);
  expect(mig(dir, "current").stdout.trim()).toBe("");
  expect(mig(dir, "upgrade", "aaaa00000001").status).toBe(0);
  expect(mig(dir, "current").stdout.trim()).toBe("aaaa00000001");

  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "mig-import-json-"));
  dirs.push(elsewhere);
  const json = JSON.parse(mig(elsewhere, "import-alembic", dir, "--json").stdout);
  expect(json.total).toEqual({ scripts: 2, converted: 1, convertedWithNotes: 0, needsHandWork: 1 });
  expect(json.scripts[1].handWork[0].line).toBe(loop);
});

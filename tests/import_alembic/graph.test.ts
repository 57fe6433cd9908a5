/**
 * An Alembic project of hand-written scripts (a branch and its merge, branch labels,
 * depends_on, a second root, batch_alter_table) imported: mig's heads, history and
 * branches print what Alembic prints on the original, line by line.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { captureOutput } from "../../core/output.ts";
import { importAlembic } from "../../mod.ts";
import { alembic, alembicAvailable, fillBodies, initAlembic, migGraphOutput, revision, sortedBranchChildren } from "./alembic_support.ts";

const available = alembicAvailable();
let dir = "";

beforeAll(() => {
  if (!available) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-import-graph-"));
  initAlembic(dir, `sqlite:///${path.join(dir, "dev.db")}`);
  // Two version locations: the plugin line lives in its own directory.
  const ini = path.join(dir, "alembic.ini");
  fs.mkdirSync(path.join(dir, "plugin_versions"));
  fs.writeFileSync(ini, fs.readFileSync(ini, "utf8").replace(/^version_path_separator = .*$/m,
    "version_path_separator = space\nversion_locations = %(here)s/alembic/versions %(here)s/plugin_versions"));
  revision(dir, "1975ea83b712", "create account table", "--branch-label", "core", "--version-path", path.join(dir, "alembic", "versions"));
  revision(dir, "ae1027a6acf0", "add a column");
  revision(dir, "27c6a30d7c24", "create other branch", "--head", "1975ea83b712", "--splice");
  alembic(dir, "merge", "-m", "merge branches", "--rev-id", "3cac04ae8714", "heads");
  revision(dir, "b0b0b0b0b0b0", "plugin base", "--head", "base", "--branch-label", "plugin", "--depends-on", "ae1027a6acf0",
    "--version-path", path.join(dir, "plugin_versions"));
  const batch = revision(dir, "c1c1c1c1c1c1", "plugin batch", "--head", "plugin@head");
  fillBodies(batch, `
with op.batch_alter_table("account") as batch_op:
    batch_op.add_column(sa.Column("email", sa.String(100)))`, `
with op.batch_alter_table("account") as batch_op:
    batch_op.drop_column("email")`);
  revision(dir, "d2d2d2d2d2d2", "needs the merge", "--head", "core@head", "--depends-on", "c1c1c1c1c1c1");
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test.skipIf(!available)("heads, history and branches print what Alembic prints", async () => {
  // As the user runs it: the script directory as argument, the project beside alembic.ini.
  const report = await importAlembic("./alembic", { cwd: dir, into: ".", json: true }, captureOutput());
  expect(report.total).toEqual({ scripts: 7, converted: 7, convertedWithNotes: 0, needsHandWork: 0 });
  const history = (await migGraphOutput(dir, "history")).trimEnd().split("\n");
  expect(history).toEqual(alembic(dir, "history").trimEnd().split("\n"));
  expect(history.length).toBe(7);
  // Alembic 1.8 lists heads in os.listdir() order (unsorted); mig in file name order: the same lines.
  const heads = (await migGraphOutput(dir, "heads")).trimEnd().split("\n");
  expect([...heads].sort()).toEqual(alembic(dir, "heads").trimEnd().split("\n").sort());
  expect(heads.length).toBe(2);
  const ours = sortedBranchChildren(await migGraphOutput(dir, "branches"));
  expect(ours).toEqual(sortedBranchChildren(alembic(dir, "branches")));
  expect(ours.length).toBe(3);
});

test.skipIf(!available)("the mig scripts sit beside the Alembic ones, with the same headers", () => {
  const versions = path.join(dir, "alembic", "versions");
  for (const location of [versions, path.join(dir, "plugin_versions")]) {
    const ts = fs.readdirSync(location).filter((f) => f.endsWith(".ts")).sort();
    const py = fs.readdirSync(location).filter((f) => f.endsWith(".py")).sort();
    expect(ts).toEqual(py.map((f) => f.replace(/\.py$/, ".ts")));
    expect(ts.length).toBeGreaterThan(0);
  }
  const ts = fs.readdirSync(versions).filter((f) => f.endsWith(".ts"));
  const merge = fs.readFileSync(path.join(versions, ts.find((f) => f.startsWith("3cac04ae8714"))!), "utf8");
  expect(merge).toContain(`export const downRevision: string | string[] | null = ["27c6a30d7c24", "ae1027a6acf0"];`);
  const toml = fs.readFileSync(path.join(dir, "mig.toml"), "utf8");
  expect(toml).toContain(`version_table = "alembic_version"`);
  expect(toml).toContain(`script_location = "alembic"`);
  expect(toml).toContain(`version_locations = ["alembic/versions", "plugin_versions"]`);
});

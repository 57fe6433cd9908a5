/**
 * Offline `downgrade FROM:TO --sql` on histories with cross-branch `depends_on` (issue 10,
 * class 9), through both command lines: the version table after every step must be what
 * Alembic leaves, with Alembic 1.13's unmerge fix applied to Debian's 1.8.1
 * (tests/graph/alembic_unmerge_fix.py). Without the fix 1.8.1 leaves a revision and its
 * ancestor both in the table; that documented difference is checked too.
 */
import { afterAll, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { alembic, alembicAvailable } from "../import_alembic/alembic_support.ts";
import { CliProject } from "../support/cli.ts";

const PATCHED = path.join(import.meta.dir, "alembic_patched.py");
const run = alembicAvailable() ? test : test.skip;
const projects: CliProject[] = [];
afterAll(() => projects.forEach((p) => p.dispose()));

/** `rev down dep` per revision; `-` for none, `,` between several. */
type Shape = readonly (readonly [string, string, string])[];

const SHAPES: Record<string, { shape: Shape; ranges: string[] }> = {
  "depends_on names its own ancestor": {
    shape: [["aaa", "-", "-"], ["bbb", "aaa", "-"], ["ccc", "bbb", "aaa"], ["ddd", "ccc", "-"]],
    ranges: ["ddd:base", "ddd:bbb"],
  },
  "a dependency implied only through another revision's depends_on": {
    shape: [["aaa", "-", "-"], ["bbb", "aaa", "-"], ["ccc", "bbb", "-"], ["xxx", "aaa", "ccc"], ["yyy", "xxx", "bbb"]],
    ranges: ["yyy:base", "yyy:bbb"],
  },
  "targets that are each other's dependencies, under a merge": {
    shape: [["aaa", "-", "-"], ["bbb", "aaa", "-"], ["ccc", "aaa", "bbb"], ["ddd", "bbb", "-"], ["eee", "ccc,ddd", "-"]],
    ranges: ["eee:base", "eee:bbb", "eee:ddd"],
  },
};

function project(shape: Shape): CliProject {
  const p = new CliProject("mig-offline-deps-");
  projects.push(p);
  p.ok(["init", "migrations"]);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, 'url = "sqlite:///x.db"'));
  alembic(p.dir, "init", "-t", "generic", "al");
  const list = (v: string) => (v === "-" ? [] : v.split(","));
  const py = (v: string) => (v === "-" ? "None" : `(${list(v).map((r) => `"${r}"`).join(", ")},)`);
  for (const [rev, down, dep] of shape) {
    p.write(`al/versions/${rev}_x.py`, [
      `revision = "${rev}"`, `down_revision = ${py(down)}`, "branch_labels = None", `depends_on = ${py(dep)}`,
      "def upgrade(): pass", "def downgrade(): pass", "",
    ].join("\n"));
    p.write(`migrations/versions/${rev}_x.sql`, [
      `-- revision: ${rev}`, `-- down_revision: ${list(down).join(", ")}`, `-- depends_on: ${list(dep).join(", ")}`,
      "", "-- migrate:up", "SELECT 1;", "-- migrate:down", "SELECT 1;", "",
    ].join("\n"));
  }
  p.write("alembic.ini", p.read("alembic.ini").replace(/^sqlalchemy\.url = .*$/m, "sqlalchemy.url = sqlite:///x.db"));
  return p;
}

/**
 * The version table's rows after each `-- Running` step of a `--sql` script. Alembic
 * picks the row a step updates in Python set order, so rows are compared as sets.
 */
function rowsPerStep(sql: string, table: string): string[][] {
  const steps: string[][] = [];
  let rows = new Set<string>();
  for (const line of sql.split("\n")) {
    if (line.startsWith("-- Running ")) steps.push([]);
    const insert = new RegExp(`^INSERT INTO ${table} \\(version_num\\) VALUES \\('(\\w+)'\\)`).exec(line);
    const update = new RegExp(`^UPDATE ${table} SET version_num='(\\w+)' WHERE ${table}\\.version_num = '(\\w+)'`).exec(line);
    const remove = new RegExp(`^DELETE FROM ${table} WHERE ${table}\\.version_num = '(\\w+)'`).exec(line);
    if (insert) rows.add(insert[1]!);
    if (update) (rows.delete(update[2]!), rows.add(update[1]!));
    if (remove) rows.delete(remove[1]!);
    if (line.startsWith(`DROP TABLE ${table}`)) rows = new Set(["<dropped>"]);
    if (steps.length > 0) steps[steps.length - 1] = [...rows].sort();
  }
  return steps;
}

function alembicSql(p: CliProject, command: string[], range: string): string {
  const out = spawnSync(command[0]!, [...command.slice(1), "downgrade", range, "--sql"], {
    cwd: p.dir, encoding: "utf8", timeout: 60_000, env: { ...process.env, PYTHONHASHSEED: "0" },
  });
  if (out.status !== 0) throw new Error(`alembic downgrade ${range} --sql failed:\n${out.stderr}`);
  return out.stdout;
}

for (const [name, { shape, ranges }] of Object.entries(SHAPES)) {
  run(`${name}: mig's --sql rows equal Alembic's (with the 1.13 unmerge fix)`, () => {
    const p = project(shape);
    for (const range of ranges) {
      const theirs = rowsPerStep(alembicSql(p, ["/usr/bin/python3", PATCHED], range), "alembic_version");
      const ours = rowsPerStep(p.ok(["downgrade", range, "--sql"]), "mig_version");
      expect({ range, rows: ours }).toEqual({ range, rows: theirs });
      expect(theirs.length).toBeGreaterThan(0);
    }
  }, 60_000);
}

run("Debian's Alembic 1.8.1, without the fix, leaves a revision and its ancestor both in the table", () => {
  const p = project(SHAPES["depends_on names its own ancestor"]!.shape);
  const theirs = rowsPerStep(alembicSql(p, ["/usr/bin/alembic"], "ddd:bbb"), "alembic_version");
  const ours = rowsPerStep(p.ok(["downgrade", "ddd:bbb", "--sql"]), "mig_version");
  expect(theirs.at(-1)).toEqual(["aaa", "bbb"]);
  expect(ours.at(-1)).toEqual(["bbb"]);
}, 60_000);

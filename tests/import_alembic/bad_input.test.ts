/**
 * Bad input: one line naming the file, line or revisions, exit status 2, nothing written.
 * Runs the CLI (`bun cli.ts`) on Alembic projects written by hand, so Alembic is not needed.
 */
import { afterEach, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(import.meta.dir, "../..");
const dirs: string[] = [];

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function project(scripts: Record<string, string>, ini = "[alembic]\nscript_location = %(here)s/alembic\nsqlalchemy.url = sqlite:///dev.db\n"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-import-bad-"));
  dirs.push(dir);
  if (ini) fs.writeFileSync(path.join(dir, "alembic.ini"), ini);
  fs.mkdirSync(path.join(dir, "alembic", "versions"), { recursive: true });
  for (const [name, text] of Object.entries(scripts)) fs.writeFileSync(path.join(dir, "alembic", "versions", name), text);
  return dir;
}

const script = (rev: string, down: string | null) =>
  `"""${rev}\n\nRevision ID: ${rev}\n"""\nrevision = "${rev}"\ndown_revision = ${down === null ? "None" : `"${down}"`}\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n`;

function importInto(dir: string, into: string) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "cli.ts"), "import-alembic", dir, "--into", into], { encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stderr: run.stderr, written: fs.existsSync(into) ? fs.readdirSync(into) : [] };
}

test("no alembic.ini: exit 2, nothing written", () => {
  const dir = project({ "a_x.py": script("a", null) }, "");
  const into = path.join(dir, "out");
  const r = importInto(dir, into);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("No alembic.ini in");
  expect(r.written).toEqual([]);
});

test("a cycle: exit 2 naming the revisions, nothing written", () => {
  const dir = project({ "a_x.py": script("aaaa", "bbbb"), "b_x.py": script("bbbb", "aaaa") });
  const r = importInto(dir, path.join(dir, "out"));
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe("FAILED: Cycle is detected in revisions (aaaa, bbbb)");
  expect(r.written).toEqual([]);
});

test("a script Python cannot parse: exit 2 naming file and line, nothing written", () => {
  const dir = project({ "a_x.py": script("aaaa", null), "b_x.py": script("bbbb", "aaaa").replace("pass", "op.execute(") });
  const r = importInto(dir, path.join(dir, "out"));
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^FAILED: alembic\/versions\/b_x\.py:\d+: Python syntax error/);
  expect(r.written).toEqual([]);
});

test("a revision that is not a literal: exit 2 naming file and line", () => {
  const dir = project({ "a_x.py": script("aaaa", null).replace('revision = "aaaa"', 'revision = make_id()') });
  const r = importInto(dir, path.join(dir, "out"));
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe("FAILED: alembic/versions/a_x.py:5: 'revision' must be a string literal");
});

test("an existing mig.toml is not overwritten: exit 2, nothing else written", () => {
  const dir = project({ "a_x.py": script("aaaa", null) });
  const into = path.join(dir, "out");
  fs.mkdirSync(into);
  fs.writeFileSync(path.join(into, "mig.toml"), "[mig]\n");
  const r = importInto(dir, into);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("mig.toml already exists: nothing was written");
  expect(r.written).toEqual(["mig.toml"]);
});

test("--verify-embedded on a PostgreSQL project: exit 2 before anything is written", () => {
  const dir = project({ "a_x.py": script("aaaa", null) }, "[alembic]\nscript_location = alembic\nsqlalchemy.url = postgresql://u@h/db\n");
  const into = path.join(dir, "out");
  const run = spawnSync(process.execPath, [path.join(ROOT, "cli.ts"), "import-alembic", dir, "--into", into, "--verify-embedded"], { encoding: "utf8", timeout: 60_000 });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^FAILED: (--verify-embedded runs both projects on SQLite files .*this is a postgresql project|--verify runs the original project with Alembic)/);
  expect(fs.existsSync(into)).toBe(false);
});

test("a relative SQLite URL names the same file from the new mig.toml", () => {
  const dir = project({ "a_x.py": script("aaaa", null) }, "[alembic]\nscript_location = alembic\nsqlalchemy.url = sqlite:///data/app.db\n");
  const into = path.join(dir, "deploy", "mig");
  expect(importInto(dir, into).status).toBe(0);
  expect(fs.readFileSync(path.join(into, "mig.toml"), "utf8")).toContain(`url = "sqlite:///../../data/app.db"`);
  expect(fs.existsSync(path.join(into, "alembic", "versions", "a_x.ts"))).toBe(true);
});

test("Flask-Migrate's layout (alembic.ini inside the script directory, no script_location) is read as such", () => {
  const dir = project({});
  const migrations = path.join(dir, "alembic");
  fs.writeFileSync(path.join(migrations, "alembic.ini"), "[alembic]\n\n[loggers]\nkeys = root\n");
  fs.writeFileSync(path.join(migrations, "env.py"), "import os\nurl = os.environ['DATABASE_URL']\n");
  fs.writeFileSync(path.join(migrations, "versions", "a_x.py"), script("aaaa", null));
  const into = path.join(dir, "out");
  expect(importInto(migrations, into).status).toBe(0);
  const toml = fs.readFileSync(path.join(into, "mig.toml"), "utf8");
  expect(toml).toContain(`script_location = "."`);
  expect(toml).toContain(`url = "\${DATABASE_URL}"`);
  expect(fs.existsSync(path.join(into, "versions", "a_x.ts"))).toBe(true);
  expect(fs.existsSync(path.join(into, "env.ts"))).toBe(true);
});

test("a script whose name starts with _ (Alembic loads it, mig would skip it) is written without the _", () => {
  const dir = project({ "_a_x.py": script("aaaa", null), "b_x.py": script("bbbb", "aaaa") });
  const into = path.join(dir, "out");
  expect(importInto(dir, into).status).toBe(0);
  expect(fs.readdirSync(path.join(into, "alembic", "versions")).sort()).toEqual(["a_x.ts", "b_x.ts"]);
});

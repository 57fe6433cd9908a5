/**
 * The check cache (issue 12): a second `mig check` boots from the state the last clean
 * check left and runs only what came after; a changed older script or a helper it
 * imports invalidates from there on (and its failure is found); `--full` and
 * `MIG_CACHE_DIR=off` run everything; a corrupt entry is passed over. Embedded PGlite.
 */
import { afterAll, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliProject } from "../support/cli.ts";

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-check-cache-"));
const projects: CliProject[] = [];
afterAll(() => {
  projects.forEach((p) => p.dispose());
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

function project(): CliProject {
  const p = new CliProject("mig-check-cache-");
  projects.push(p);
  p.ok(["init", "migrations"]);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, 'url = "postgresql://nobody@db.invalid/app"'));
  p.write("migrations/helpers.ts", 'export const NOTE_TYPE = "text";\n');
  return p;
}

function revision(p: CliProject, n: number, opts: { downgrade?: string; helper?: boolean } = {}): void {
  const rev = `c${n}`;
  const down = n === 1 ? "null" : `"c${n - 1}"`;
  p.write(`migrations/versions/${rev}.ts`, [
    'import { op, t } from "mig";',
    ...(opts.helper ? ['import { NOTE_TYPE } from "../helpers.ts";'] : []),
    `export const revision = "${rev}";`,
    `export const downRevision = ${down};`,
    opts.helper
      ? `export function upgrade() {\n  op.execute(\`CREATE TABLE t${n} (id integer PRIMARY KEY, note \${NOTE_TYPE})\`);\n}`
      : `export function upgrade() {\n  op.createTable("t${n}", [t.column("id", t.integer(), { primaryKey: true })]);\n}`,
    `export function downgrade() {\n  ${opts.downgrade ?? `op.dropTable("t${n}");`}\n}`,
    "",
  ].join("\n"));
}

const check = (p: CliProject, args: string[] = [], env: Record<string, string> = {}) =>
  p.mig(["check", ...args], { env: { MIG_CACHE_DIR: cacheDir, ...env } });
const cacheLine = (out: string) => out.split("\n").find((l) => l.startsWith("Cache: ")) ?? null;
const stairway = (out: string) => out.split("\n").find((l) => l.startsWith("Stairway: ")) ?? null;

test("a second check resumes from the first; a new revision is the only one run; --full runs all", () => {
  const p = project();
  for (let n = 1; n <= 3; n++) revision(p, n);
  const first = check(p);
  expect(first.status).toBe(0);
  expect(cacheLine(first.stdout)).toBeNull();
  expect(stairway(first.stdout)).toBe("Stairway: 3 revisions upgraded, downgraded and upgraded again");

  // Nothing changed: the first check's result stands and PGlite is not even started.
  const second = check(p, ["--json"]);
  expect(second.status).toBe(0);
  const report = JSON.parse(second.stdout) as { notes: string[]; ok: boolean; database: { boot: string; version: string } };
  expect(report.notes).toContain("Cache: 3 revisions up to c3 taken as the last clean check left them; only later ones run (--full runs all)");
  expect(report.notes).toContain("Stairway: 0 revisions upgraded, downgraded and upgraded again");
  expect(report.database.boot).toBe("cache");
  expect(report.database.version).toMatch(/^\d+\.\d+/);
  expect(check(p).stdout).toMatch(/^Database: PostgreSQL \d+\.\d+ in PGlite, not started: no script changed since the cached check$/m);

  revision(p, 4);
  const third = check(p);
  expect(cacheLine(third.stdout)).toStartWith("Cache: 3 revisions up to c3 ");
  expect(stairway(third.stdout)).toBe("Stairway: 1 revision upgraded, downgraded and upgraded again");
  // One replayed revision costs less than storing the database again: the entry stays at c3
  // until three or more revisions were replayed.
  expect(cacheLine(check(p).stdout)).toStartWith("Cache: 3 revisions up to c3 ");
  for (let n = 5; n <= 6; n++) revision(p, n);
  expect(stairway(check(p).stdout)).toBe("Stairway: 3 revisions upgraded, downgraded and upgraded again");
  expect(cacheLine(check(p).stdout)).toStartWith("Cache: 6 revisions up to c6 ");

  const full = check(p, ["--full"]);
  expect(cacheLine(full.stdout)).toBeNull();
  expect(stairway(full.stdout)).toBe("Stairway: 6 revisions upgraded, downgraded and upgraded again");
}, 60_000);

test("an older script changed: the cached state no longer applies and its broken downgrade is found", () => {
  const p = project();
  for (let n = 1; n <= 3; n++) revision(p, n);
  expect(check(p).status).toBe(0);
  revision(p, 2, { downgrade: "" });
  const broken = check(p);
  expect(broken.status).toBe(1);
  expect(cacheLine(broken.stdout)).toBeNull();
  expect(broken.stdout).toContain("ERROR downgrade-incomplete c2");
  // A failing check is not remembered: the next one fails the same way.
  expect(check(p).status).toBe(1);
}, 60_000);

test("a helper module a script imports changed: the cached state no longer applies", () => {
  const p = project();
  revision(p, 1);
  revision(p, 2, { helper: true });
  revision(p, 3);
  expect(check(p).status).toBe(0);
  expect(cacheLine(check(p).stdout)).toStartWith("Cache: 3 revisions up to c3 ");
  p.write("migrations/helpers.ts", 'export const NOTE_TYPE = "no_such_type";\n');
  const changed = check(p);
  expect(changed.status).toBe(1);
  expect(cacheLine(changed.stdout)).toBeNull();
  expect(changed.stdout).toContain('type "no_such_type" does not exist');
}, 60_000);

test("MIG_CACHE_DIR=off keeps nothing; a corrupt entry is passed over", () => {
  const p = project();
  for (let n = 1; n <= 2; n++) revision(p, n);
  const off = fs.mkdtempSync(path.join(os.tmpdir(), "mig-check-cache-off-"));
  try {
    expect(check(p, [], { MIG_CACHE_DIR: "off", HOME: off, XDG_CACHE_HOME: off }).status).toBe(0);
    expect(cacheLine(check(p, [], { MIG_CACHE_DIR: "off", HOME: off, XDG_CACHE_HOME: off }).stdout)).toBeNull();
    expect(fs.readdirSync(off).filter((name) => name.includes("mig"))).toEqual([]);
  } finally {
    fs.rmSync(off, { recursive: true, force: true });
  }

  const own = fs.mkdtempSync(path.join(os.tmpdir(), "mig-check-cache-bad-"));
  try {
    expect(check(p, [], { MIG_CACHE_DIR: own }).status).toBe(0);
    const entries = fs.readdirSync(path.join(own, "check")).filter((n) => n.endsWith(".tar.gz"));
    expect(entries).toHaveLength(1);
    fs.writeFileSync(path.join(own, "check", entries[0]!), "not a gzip file");
    // A new revision needs the cached state, which will not unpack: everything runs.
    revision(p, 3);
    const again = check(p, [], { MIG_CACHE_DIR: own });
    expect(again.status).toBe(0);
    expect(cacheLine(again.stdout)).toBeNull();
    expect(stairway(again.stdout)).toBe("Stairway: 3 revisions upgraded, downgraded and upgraded again");
  } finally {
    fs.rmSync(own, { recursive: true, force: true });
  }
}, 60_000);

test("check --staged resumes from the last full check's state but leaves no state of its own", () => {
  const p = project();
  const git = (args: string[]) => {
    const r = Bun.spawnSync(["git", ...args], { cwd: p.dir, env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });
    if (r.exitCode !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr.toString()}`);
  };
  const own = fs.mkdtempSync(path.join(os.tmpdir(), "mig-check-cache-staged-"));
  const entries = () => fs.readdirSync(path.join(own, "check")).filter((n) => n.endsWith(".tar.gz")).length;
  try {
    git(["init", "-q", "-b", "main"]);
    for (let n = 1; n <= 3; n++) revision(p, n);
    git(["add", "-A"]);
    git(["commit", "-qm", "three"]);
    expect(check(p, [], { MIG_CACHE_DIR: own }).status).toBe(0);
    expect(entries()).toBe(1);
    revision(p, 4);
    git(["add", "-A"]);
    const staged = check(p, ["--staged"], { MIG_CACHE_DIR: own });
    expect(staged.status).toBe(0);
    expect(cacheLine(staged.stdout)).toStartWith("Cache: 3 revisions up to c3 ");
    expect(stairway(staged.stdout)).toBe("Stairway: 1 revision upgraded, downgraded and upgraded again");
    expect(entries()).toBe(1);
  } finally {
    fs.rmSync(own, { recursive: true, force: true });
  }
}, 60_000);

test("with a target schema declared, an unchanged project still starts PGlite from the cached state to compare its heads", () => {
  const p = project();
  for (let n = 1; n <= 2; n++) revision(p, n);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, (line) => `${line}\ntarget_schema = "db/schema.ts"`));
  p.write("db/schema.ts", [
    'import { t } from "mig";',
    'export const t1 = t.table("t1", [t.column("id", t.integer(), { primaryKey: true })]);',
    'export const t2 = t.table("t2", [t.column("id", t.integer(), { primaryKey: true })]);',
    "",
  ].join("\n"));
  expect(check(p).status).toBe(0);
  const again = check(p);
  expect(again.status).toBe(0);
  expect(cacheLine(again.stdout)).toStartWith("Cache: 2 revisions up to c2 ");
  expect(again.stdout).toMatch(/^Database: PostgreSQL .* in PGlite \(booted from image in \d+ ms\)$/m);
  // The declared schema changed, the scripts did not: drift is found against the cached heads.
  p.write("db/schema.ts", p.read("db/schema.ts").replace('t.column("id", t.integer(), { primaryKey: true })]);\nexport const t2', 't.column("id", t.integer(), { primaryKey: true }), t.column("extra", t.text())]);\nexport const t2'));
  const drift = check(p);
  expect(drift.status).toBe(1);
  expect(drift.stdout).toContain("extra");
}, 60_000);

/**
 * `mig check` from the command line: exit statuses (0 clean, 1 findings, 2 usage), the
 * JSON document, `--staged` in a git repository, and `--install-hook` with a hook that
 * really stops a commit.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CliProject } from "../support/cli.ts";

let project: CliProject;
afterEach(() => project?.dispose());

const git = (args: string[]) => {
  const r = spawnSync("git", args, { cwd: project.dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
};

/** A project on PGlite whose url needs a variable nobody set: check must not need it. */
function pgProject(): CliProject {
  const p = new CliProject("mig-check-cli-");
  p.ok(["init", "migrations"]);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, `url = "postgresql://app:\${APP_PASSWORD}@db.internal/app"`));
  p.ok(["revision", "-m", "create account", "--rev-id", "aaaa00000001"]);
  const file = p.path(`migrations/versions/${p.files("migrations/versions").find((f) => f.startsWith("aaaa"))}`);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8")
    .replace(/export function upgrade\(\) \{[\s\S]*?\n\}/, `export function upgrade() {\n  op.createTable("account", [t.column("id", t.integer(), { primaryKey: true })]);\n}`)
    .replace(/export function downgrade\(\) \{[\s\S]*?\n\}/, `export function downgrade() {\n  op.dropTable("account");\n}`));
  return p;
}

/** Adds a revision whose upgrade has a typo in its DDL; returns its file name. */
function addTypo(p: CliProject): string {
  p.ok(["revision", "-m", "add note", "--rev-id", "bbbb00000002"]);
  const name = p.files("migrations/versions").find((f) => f.startsWith("bbbb"))!;
  const file = p.path(`migrations/versions/${name}`);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8")
    .replace(/export function upgrade\(\) \{[\s\S]*?\n\}/, `export function upgrade() {\n  op.execute("ALTER TABLE acount ADD COLUMN note text");\n}`));
  return name;
}

describe("mig check (CLI)", () => {
  test("exit 0 when clean, 1 with findings, 2 for bad usage; --json is the stable document", () => {
    project = pgProject();
    const clean = project.mig(["check"]);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain("mig check: OK");
    expect(clean.stderr).toBe("");

    addTypo(project);
    const failed = project.mig(["check", "--json"]);
    expect(failed.status).toBe(1);
    const doc = JSON.parse(failed.stdout);
    expect(Object.keys(doc)).toEqual(["ok", "findings", "allowed", "database", "databases", "revisions", "heads", "notes", "durationMs"]);
    expect(doc.ok).toBe(false);
    expect(doc.findings).toEqual([expect.objectContaining({
      kind: "upgrade-failed", severity: "error", revision: "bbbb00000002",
      file: expect.stringMatching(/^migrations\/versions\/bbbb00000002_add_note\.ts$/),
      line: expect.any(Number), column: expect.any(Number),
      statement: "ALTER TABLE acount ADD COLUMN note text",
      message: 'relation "acount" does not exist',
    })]);
    expect(doc.database).toEqual(expect.objectContaining({ dialect: "postgresql", engine: "pglite", version: expect.stringMatching(/^\d+/) }));

    expect(project.mig(["check", "--no-such-flag"]).status).toBe(2);
    expect(project.mig(["check", "--force"]).status).toBe(2);
    expect(project.mig(["check", "--from", "current"]).status).toBe(2);
  }, 60_000);

  test("each failure class exits 1 and names its revision", () => {
    project = new CliProject("mig-check-cli-");
    project.ok(["init", "migrations"]);
    const script = (rev: string, down: string, body = "", downgrade = "") =>
      project.write(`migrations/versions/${rev}.ts`, `import { op, t } from "mig";\nexport const revision = "${rev}";\n` +
        `export const downRevision = ${down};\nexport function upgrade() {\n${body}\n}\nexport function downgrade() {\n${downgrade}\n}\n`);
    const expectFinding = (kind: string, revision: string | null) => {
      const r = project.mig(["check", "--json"]);
      expect(r.status).toBe(1);
      const [first] = JSON.parse(r.stdout).findings;
      expect([first.kind, first.revision ?? null]).toEqual([kind, revision]);
    };
    script("a1", "null", `op.createTable("t", [t.column("id", t.integer(), { primaryKey: true })]);`, `op.dropTable("t");`);
    script("b2", `"a1"`);
    script("c3", `"a1"`);
    expectFinding("multiple-heads", null);
    script("c3", `"b2"`, `op.addColumn("t", t.column("x", t.integer()));`);
    expectFinding("downgrade-incomplete", "c3");
    script("c3", `"b2"`, `throw new Error("boom");`);
    expectFinding("upgrade-failed", "c3");
    script("c3", `"d4"`);
    script("d4", `"c3"`);
    expectFinding("broken-graph", "c3");
    project.write("migrations/versions/d4.ts", `export const revision = id();\n`);
    expectFinding("unreadable-header", null);
  }, 60_000);

  test("-v shows the runner's log lines; without it stderr stays quiet", () => {
    project = pgProject();
    const verbose = project.mig(["check", "-v"]);
    expect(verbose.status).toBe(0);
    expect(verbose.stderr).toContain("INFO  [mig] Running upgrade  -> aaaa00000001, create account");
    expect(verbose.stderr).toContain("INFO  [mig] Running downgrade aaaa00000001 -> , create account");
  }, 60_000);

  test("MySQL without --dev-url is linted only, and says so", () => {
    project = new CliProject("mig-check-cli-");
    project.ok(["init", "migrations"]);
    project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, `url = "mysql://root@localhost/app"`));
    expect(project.ok(["check"])).toContain("No revisions yet: nothing to run");
    project.ok(["revision", "-m", "empty", "--rev-id", "aaaa00000001"]);
    const r = project.mig(["check", "--json"]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.database).toEqual({ dialect: "mysql", engine: null, version: null });
    expect(doc.notes.join("\n")).toContain("No embedded MySQL: graph lint only; pass --dev-url mysql://");
  }, 30_000);

  test("--staged checks what the commit changes; the installed hook stops a commit with a typo", () => {
    project = pgProject();
    git(["init", "-q", "-b", "main"]);
    git(["config", "user.email", "dev@example.com"]);
    git(["config", "user.name", "Dev"]);
    git(["add", "-A"]);
    git(["commit", "-q", "-m", "start"]);
    const quiet = project.mig(["check", "--staged"]);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toContain("Staged: no migration scripts; graph lint only");

    // The hook must call this checkout's mig: a tiny `mig` on PATH that runs cli.ts.
    const bin = project.path(".bin");
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, "mig"), `#!/bin/sh\nexec '${process.execPath}' '${path.resolve(import.meta.dir, "../../cli.ts")}' "$@"\n`, { mode: 0o755 });
    const env = { PATH: `${bin}:${process.env.PATH}` };
    fs.mkdirSync(project.path(".git/hooks"), { recursive: true });
    fs.writeFileSync(project.path(".git/hooks/pre-commit"), "#!/bin/sh\nexit 0\n");
    const refused = project.mig(["check", "--install-hook"]);
    expect(refused.status).toBe(255);
    expect(refused.stderr).toContain(`FAILED: A pre-commit hook that mig did not write exists at '${project.path(".git/hooks/pre-commit")}': pass --force to replace it`);
    expect(project.ok(["check", "--install-hook", "--force"])).toContain("Installed the pre-commit hook at");
    const hook = project.read(".git/hooks/pre-commit");
    expect(hook).toContain("mig-check-hook");
    expect(hook).toContain("exec mig check --staged");
    expect(project.ok(["check", "--install-hook"])).toContain("Installed the pre-commit hook"); // its own: replaced

    const name = addTypo(project);
    git(["add", "-A"]);
    const commit = spawnSync("git", ["commit", "-q", "-m", "add note"], { cwd: project.dir, encoding: "utf8", env: { ...process.env, ...env } });
    expect(commit.status).not.toBe(0);
    expect(commit.stderr).toContain(`ERROR upgrade-failed bbbb00000002 migrations/versions/${name}:`);
    expect(commit.stderr).toContain('relation "acount" does not exist');
    expect(commit.stderr).toContain("Statement: ALTER TABLE acount ADD COLUMN note text");
    expect(git(["log", "--oneline"]).trim().split("\n")).toHaveLength(1);

    const staged = project.mig(["check", "--staged"]);
    expect(staged.stdout).toContain("Staged: bbbb00000002 (1 revision(s) to step through)");
  }, 90_000);
});

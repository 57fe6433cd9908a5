/**
 * Runs `bun cli.ts` as a subprocess, the way users run mig from source, in a temporary
 * project directory.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPO = path.resolve(import.meta.dir, "..", "..");
const CLI = path.join(REPO, "cli.ts");

export interface MigRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class CliProject {
  readonly dir: string;

  constructor(prefix = "mig-cli-") {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  }

  mig(args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): MigRun {
    const result = Bun.spawnSync([process.execPath, CLI, ...args], {
      cwd: options.cwd ? path.join(this.dir, options.cwd) : this.dir,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdout: "pipe",
      stderr: "pipe",
    });
    return { status: result.exitCode ?? -1, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
  }

  /** Runs and requires exit status 0, returning stdout. */
  ok(args: readonly string[], options: { env?: Record<string, string> } = {}): string {
    const r = this.mig(args, options);
    if (r.status !== 0) throw new Error(`mig ${args.join(" ")} exited ${r.status}\n${r.stderr}${r.stdout}`);
    return r.stdout;
  }

  path(rel: string): string {
    return path.join(this.dir, rel);
  }

  write(rel: string, text: string): void {
    fs.mkdirSync(path.dirname(this.path(rel)), { recursive: true });
    fs.writeFileSync(this.path(rel), text);
  }

  read(rel: string): string {
    return fs.readFileSync(this.path(rel), "utf8");
  }

  files(rel: string): string[] {
    return fs.existsSync(this.path(rel)) ? fs.readdirSync(this.path(rel)).sort() : [];
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The seed tutorial's graph: a base, two branches from it, and their merge. */
export function tutorialProject(url?: string): CliProject {
  const project = new CliProject();
  project.ok(["init", "migrations"]);
  if (url) project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, `url = "${url}"`));
  project.ok(["revision", "-m", "create account table", "--rev-id", "1975ea83b712"]);
  project.ok(["revision", "-m", "add a column", "--rev-id", "ae1027a6acf0"]);
  project.ok(["revision", "-m", "create other branch", "--rev-id", "27c6a30d7c24", "--head", "1975ea83b712", "--splice"]);
  project.ok(["merge", "-m", "merge branches", "--rev-id", "3cac04ae8714", "heads"]);
  return project;
}

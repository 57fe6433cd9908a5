/**
 * Runs the built binary the way a container does: copied alone into an empty temporary
 * directory and started with `env -i PATH=/usr/bin:/bin`, so no node, bun or deno, no
 * node_modules and none of the developer's environment can help it. Builds nothing:
 * `npm test` builds first (pretest); a missing binary is a failure, not a skip.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPO = path.resolve(import.meta.dir, "..", "..");
export const BUILT_BINARY = path.join(REPO, "dist", process.platform === "win32" ? "mig.exe" : "mig");
/** The whole environment the binary sees, plus what a step adds. */
export const BARE_ENV: Readonly<Record<string, string>> = Object.freeze({ PATH: "/usr/bin:/bin" });

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the process, in bytes. */
  readonly maxRss: number;
}

export interface RunOptions {
  /** Added to BARE_ENV, e.g. a database URL. */
  readonly env?: Readonly<Record<string, string>>;
  /** Relative to the project directory. */
  readonly cwd?: string;
  readonly stdin?: string;
}

export function requireBinary(): string {
  if (!fs.existsSync(BUILT_BINARY)) {
    throw new Error(`'${BUILT_BINARY}' is missing: run \`npm run build\` (npm test does it first)`);
  }
  return BUILT_BINARY;
}

/** Source files newer than the binary: the run would test yesterday's code. */
export function staleSources(): string[] {
  const built = fs.statSync(requireBinary()).mtimeMs;
  const newer: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (rel.endsWith(".ts") && fs.statSync(path.join(REPO, rel)).mtimeMs > built) newer.push(rel);
    }
  };
  for (const dir of ["core", "dialects", "templates", "wasm"]) if (fs.existsSync(path.join(REPO, dir))) walk(dir);
  for (const file of ["cli.ts", "mod.ts"]) {
    if (fs.existsSync(path.join(REPO, file)) && fs.statSync(path.join(REPO, file)).mtimeMs > built) newer.push(file);
  }
  return newer;
}

/** GNU time measures the binary's own peak memory (Debian package `time`). */
const TIME = "/usr/bin/time";

/** An empty temporary directory holding only a copy of the binary. */
export class BinaryProject {
  readonly dir: string;
  readonly binary: string;

  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig_binary_"));
    this.binary = path.join(this.dir, path.basename(BUILT_BINARY));
    fs.copyFileSync(requireBinary(), this.binary);
    fs.chmodSync(this.binary, 0o755);
  }

  run(args: readonly string[], options: RunOptions = {}): RunResult {
    // Peak memory comes from GNU time: a child forked straight from this (large) test
    // process reports the parent's pages in its own maxRSS.
    const rssFile = path.join(os.tmpdir(), `mig_rss_${process.pid}_${Math.random().toString(36).slice(2)}`);
    const result = Bun.spawnSync([TIME, "-f", "%M", "-o", rssFile, this.binary, ...args], {
      cwd: path.join(this.dir, options.cwd ?? "."),
      env: { ...BARE_ENV, ...options.env },
      stdin: options.stdin === undefined ? "ignore" : Buffer.from(options.stdin),
      stdout: "pipe",
      stderr: "pipe",
    });
    const maxRssKb = Number(fs.readFileSync(rssFile, "utf8").trim().split("\n").pop());
    fs.rmSync(rssFile, { force: true });
    return {
      status: result.exitCode ?? -1,
      stdout: result.stdout.toString(),
      stderr: result.stderr.toString(),
      maxRss: maxRssKb * 1024,
    };
  }

  path(rel: string): string {
    return path.join(this.dir, rel);
  }

  read(rel: string): string {
    return fs.readFileSync(this.path(rel), "utf8");
  }

  exists(rel: string): boolean {
    return fs.existsSync(this.path(rel));
  }

  write(rel: string, content: string): void {
    fs.mkdirSync(path.dirname(this.path(rel)), { recursive: true });
    fs.writeFileSync(this.path(rel), content);
  }

  /** Every file under the project, sorted, relative, without the binary itself. */
  files(): string[] {
    const found = fs.readdirSync(this.dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(this.dir, path.join(entry.parentPath, entry.name)));
    return found.filter((file) => file !== path.basename(this.binary)).sort();
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The project every bad input starts from: `mig init` on SQLite with two revisions,
 * a1 (.sql) <- a2 (.ts), copied fresh for each case; and what "nothing written" means:
 * the same files with the same sizes and times.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { BadInput } from "./case.ts";
import { sqlScript, toml, tsScript } from "./case.ts";

const CLI = path.resolve(import.meta.dir, "..", "..", "cli.ts");

export interface Outcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs mig from source in `cwd` with a private header cache, bounded in time. */
export async function runMig(cwd: string, args: readonly string[], env: Readonly<Record<string, string>>, cacheDir: string): Promise<Outcome> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.MIG_CONFIG;
  const child = Bun.spawn([process.execPath, CLI, ...args], {
    cwd,
    env: { ...base, NO_COLOR: "1", MIG_CACHE_DIR: cacheDir, ...env },
    stdout: "pipe",
    stderr: "pipe",
  });
  const killer = setTimeout(() => child.kill(9), 60_000);
  const [stdout, stderr, status] = await Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text(), child.exited]);
  clearTimeout(killer);
  return { status, stdout, stderr };
}

/** Builds the base project once; returns its directory. */
export async function baseProject(root: string, cacheDir: string): Promise<string> {
  const dir = path.join(root, "base");
  fs.mkdirSync(dir, { recursive: true });
  const init = await runMig(dir, ["init", "migrations"], {}, cacheDir);
  if (init.status !== 0) throw new Error(`mig init failed: ${init.stderr}`);
  fs.writeFileSync(path.join(dir, "mig.toml"), toml('url = "sqlite:///app.db"'));
  fs.writeFileSync(path.join(dir, "migrations/versions/a1_base.sql"), sqlScript("a1", ""));
  fs.writeFileSync(path.join(dir, "migrations/versions/a2_next.ts"), tsScript("a2", "a1"));
  return dir;
}

/** A fresh copy of the base project with the case's files applied. */
export function caseProject(base: string, root: string, index: number, c: BadInput): string {
  const dir = path.join(root, `case-${index}`);
  fs.cpSync(base, dir, { recursive: true });
  for (const [rel, content] of Object.entries(c.files ?? {})) {
    const file = path.join(dir, rel);
    if (content === null) {
      fs.rmSync(file, { force: true });
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  for (const d of c.dirs ?? []) fs.mkdirSync(path.join(dir, d), { recursive: true });
  return dir;
}

/** Every file under `dir` with its size and modification time. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const stat = fs.statSync(path.join(dir, rel));
    out[rel] = stat.isDirectory() ? "dir" : `${stat.size}@${stat.mtimeMs}`;
  }
  return out;
}

export function tempRoot(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "mig-bad-input-"));
}

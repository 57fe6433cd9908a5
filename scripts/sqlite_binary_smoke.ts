/**
 * Proves the SQLite driver choice (node:sqlite) works inside a `bun build --compile`
 * binary run from an empty directory with no node_modules: compiles
 * sqlite_binary_smoke_entry.ts into a temporary directory, runs it twice there and checks
 * the file it wrote. Used by tests/drivers/sqlite_binary.test.ts; also runnable alone:
 *
 *   bun scripts/sqlite_binary_smoke.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface SmokeResult {
  compileMs: number;
  runs: { version: string; path: string; rows: { n: number; note: string }[] }[];
  dbExists: boolean;
}

export function sqliteBinarySmoke(): SmokeResult {
  const work = mkdtempSync(join(tmpdir(), "mig_sqlite_bin_"));
  try {
    const binary = join(work, "smoke");
    const empty = join(work, "empty");
    const entry = fileURLToPath(new URL("./sqlite_binary_smoke_entry.ts", import.meta.url));
    const started = performance.now();
    const build = spawnSync(process.execPath, ["build", "--compile", entry, "--outfile", binary], { encoding: "utf8" });
    if (build.status !== 0) throw new Error(`bun build --compile failed: ${build.stderr}`);
    const compileMs = Math.round(performance.now() - started);
    spawnSync("mkdir", [empty]);
    const runs = [1, 2].map(() => {
      // No node_modules, no PATH entries to the repository, an empty working directory.
      const run = spawnSync(binary, [], { cwd: empty, encoding: "utf8", env: { HOME: work, PATH: "/usr/bin:/bin" } });
      if (run.status !== 0) throw new Error(`binary failed (${run.status}): ${run.stderr}`);
      return JSON.parse(run.stdout.trim());
    });
    return { compileMs, runs, dbExists: existsSync(join(empty, "smoke.db")) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  console.log(JSON.stringify(sqliteBinarySmoke(), null, 2));
}

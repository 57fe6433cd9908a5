/** Runs `bun cli.ts` on the reference project, pointed at one database by MIG_REFERENCE_URL. */
import * as path from "node:path";

const CLI = path.resolve(import.meta.dir, "..", "..", "cli.ts");
const CONFIG = path.join(import.meta.dir, "mig.toml");

export interface MigRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function mig(args: readonly string[], url: string): MigRun {
  const r = Bun.spawnSync([process.execPath, CLI, "-c", CONFIG, ...args], {
    cwd: import.meta.dir,
    env: { ...process.env, MIG_REFERENCE_URL: url, NO_COLOR: "1" },
    stdout: "pipe",
    stderr: "pipe",
  });
  return { status: r.exitCode ?? -1, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** stdout of a run that must succeed. */
export function migOk(args: readonly string[], url: string): string {
  const r = mig(args, url);
  if (r.status !== 0) throw new Error(`mig ${args.join(" ")} exited ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

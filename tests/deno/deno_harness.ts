/**
 * Runs mig from source under Deno the way a contributor does: `deno task mig ...` with
 * the repository's deno.json (import map, `nodeModulesDir: "manual"` over the npm-installed
 * node_modules), started from a temporary project directory.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPO = path.resolve(import.meta.dir, "..", "..");
export const DENO = path.join(REPO, "node_modules", ".bin", process.platform === "win32" ? "deno.cmd" : "deno");

export interface DenoRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

function withoutInitCwd(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const { INIT_CWD: _ignored, ...rest } = env;
  return rest;
}

export class DenoProject {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig_deno_"));

  /** `deno task --config <repo>/deno.json mig <args>` in the project directory. */
  mig(args: readonly string[], env: Readonly<Record<string, string>> = {}): DenoRun {
    const result = Bun.spawnSync([DENO, "task", "--quiet", "--config", path.join(REPO, "deno.json"), "mig", ...args], {
      cwd: this.dir,
      // npm exports INIT_CWD (the directory `npm test` ran in); deno task would then treat
      // that, not this project, as the caller's directory.
      env: { ...withoutInitCwd(process.env), NO_COLOR: "1", ...env },
      stdout: "pipe",
      stderr: "pipe",
    });
    return { status: result.exitCode ?? -1, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
  }

  path(rel: string): string {
    return path.join(this.dir, rel);
  }

  exists(rel: string): boolean {
    return fs.existsSync(this.path(rel));
  }

  write(rel: string, content: string): void {
    fs.mkdirSync(path.dirname(this.path(rel)), { recursive: true });
    fs.writeFileSync(this.path(rel), content);
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

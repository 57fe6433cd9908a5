/**
 * `mig check --install-hook [--force]`: writes `pre-commit` into the repository's hooks
 * directory (as git resolves it, so core.hooksPath is honoured). A hook mig did not
 * write is left alone unless `--force`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { MigConfig } from "../config/config.ts";
import { git, repositoryRoot } from "../check/git.ts";
import { currentMig, HOOK_MARKER, hookConfigPath, hookScript } from "../check/hook.ts";
import { MigError } from "../errors.ts";
import type { Output } from "../output.ts";

export interface InstallHookOptions {
  /** Replace a pre-commit hook that mig did not write. */
  readonly force?: boolean;
  readonly cwd?: string;
  /** The mig the hook runs (default: this one; see core/check/hook.ts). */
  readonly mig?: string;
}

/** Returns the hook's path. */
export function installHook(config: MigConfig, options: InstallHookOptions, output: Output): string {
  const cwd = options.cwd ?? process.cwd();
  const root = repositoryRoot(cwd);
  const hooks = path.resolve(cwd, git(["rev-parse", "--git-path", "hooks"], cwd).trim());
  const file = path.join(hooks, "pre-commit");
  if (fs.existsSync(file) && !options.force && !fs.readFileSync(file, "utf8").includes(HOOK_MARKER)) {
    throw new MigError(`A pre-commit hook that mig did not write exists at '${file}': pass --force to replace it`);
  }
  const configPath = hookConfigPath(config.file, root);
  const text = hookScript({
    mig: options.mig ?? currentMig(),
    ...(configPath ? { config: configPath } : {}),
    ...(config.section !== "mig" ? { section: config.section } : {}),
  });
  fs.mkdirSync(hooks, { recursive: true });
  fs.writeFileSync(file, text, { mode: 0o755 });
  fs.chmodSync(file, 0o755);
  output.print(`Installed the pre-commit hook at ${file}`);
  return file;
}

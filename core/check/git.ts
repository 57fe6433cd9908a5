/** The few git questions `mig check` asks (`--staged`, `--install-hook`), through the git CLI. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { MigError } from "../errors.ts";

/** Runs git in `cwd` and returns its stdout; a failure names the command and git's message. */
export function git(args: readonly string[], cwd: string): string {
  const result = spawnSync("git", [...args], { cwd, encoding: "utf8" });
  if (result.error) throw new MigError(`Could not run git: ${result.error.message}`);
  if (result.status !== 0) {
    throw new MigError(`'git ${args.join(" ")}' failed: ${String(result.stderr).trim() || `exit status ${result.status}`}`);
  }
  return String(result.stdout);
}

/** The top of the work tree `cwd` is in. */
export function repositoryRoot(cwd: string): string {
  return path.resolve(cwd, git(["rev-parse", "--show-toplevel"], cwd).trim());
}

/** Absolute paths of the files the next commit adds, copies, modifies or renames. */
export function stagedFiles(cwd: string): string[] {
  const root = repositoryRoot(cwd);
  return git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"], cwd)
    .split("\0")
    .filter(Boolean)
    .map((file) => path.resolve(root, file));
}

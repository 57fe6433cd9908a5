/**
 * The git pre-commit hook `mig check --install-hook` writes. It runs the same mig that
 * installed it (the compiled binary by its path; from sources, `mig` on PATH), with
 * `-c` when the config is not the repository's ./mig.toml, and carries a marker line so
 * a later install knows the hook is its own and may replace it.
 */
import * as path from "node:path";

export const HOOK_MARKER = "mig-check-hook";

export interface HookScript {
  /** The mig to run: an absolute path, or a command name looked up on PATH. */
  readonly mig: string;
  /** Repository-relative config path, when not `mig.toml` at the root. */
  readonly config?: string;
  /** `-n`, when not the default section. */
  readonly section?: string;
}

export function hookScript(hook: HookScript): string {
  const args = [
    ...(hook.config ? ["-c", hook.config] : []),
    ...(hook.section ? ["-n", hook.section] : []),
    "check", "--staged",
  ];
  return [
    "#!/bin/sh",
    `# ${HOOK_MARKER}: written by 'mig check --install-hook'; running it again replaces this file.`,
    "# Lints the revision graph and dry-runs the migrations this commit changes; a failure stops the commit.",
    `exec ${[hook.mig, ...args].map(shellQuote).join(" ")}`,
    "",
  ].join("\n");
}

/** The running mig as a hook should call it: the compiled binary itself, else `mig` from PATH. */
export function currentMig(): string {
  // Modules of a `bun build --compile` binary live in its virtual file system.
  return /\$bunfs|~BUN/.test(import.meta.url) ? process.execPath : "mig";
}

/** `-c` for the hook: nothing when the config is the default ./mig.toml of the repository. */
export function hookConfigPath(configFile: string | null, root: string): string | undefined {
  if (configFile === null) return undefined;
  const rel = path.relative(root, configFile).split(path.sep).join("/");
  return rel === "mig.toml" ? undefined : rel;
}

function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./@:=+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

import { spawnSync } from "node:child_process";
import type { MigConfig } from "../config/config.ts";
import { MigError } from "../errors.ts";
import type { Output } from "../output.ts";
import { currentHeads } from "./current.ts";
import { loadRevisionMap } from "./project.ts";

const FALLBACK_EDITORS = ["sensible-editor", "editor", "nano", "vim", "vi"];

/** `mig edit REV`: open the script in $VISUAL or $EDITOR (`current` reads the database). */
export async function edit(config: MigConfig, rev: string, output: Output, env = process.env): Promise<void> {
  const map = loadRevisionMap(config, output);
  const revisions = rev === "current"
    ? map.current((await currentHeads(config, output)).flatMap((d) => d.heads))
    : map.resolveAll(rev);
  if (revisions.length === 0) throw new MigError("No revision files indicated by symbol 'current'");
  const editors = [env["VISUAL"], env["EDITOR"], ...FALLBACK_EDITORS].filter((e): e is string => Boolean(e));
  for (const revision of revisions) {
    if (!openInEditor(editors, revision.path)) {
      throw new MigError(`No editor found: set $EDITOR to open ${revision.path}`);
    }
  }
}

function openInEditor(editors: readonly string[], file: string): boolean {
  for (const editor of editors) {
    // $EDITOR may carry arguments ("code --wait"); let the shell split them.
    const result = spawnSync("sh", ["-c", `${editor} "$1"`, "mig-edit", file], { stdio: "inherit" });
    if (result.status === 127) continue;
    if (result.status !== 0) throw new MigError(`Editor '${editor}' exited with status ${result.status}`);
    return true;
  }
  return false;
}

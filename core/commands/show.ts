import type { MigConfig } from "../config/config.ts";
import { verboseEntry } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import { loadRevisionMap, printJson } from "./project.ts";
import { currentHeads } from "./current.ts";

/** `mig show REV`: the verbose block of each revision REV names (`current` reads the database). */
export async function show(config: MigConfig, rev: string, options: { json?: boolean }, output: Output): Promise<void> {
  const map = loadRevisionMap(config, output);
  const ids = rev === "current" ? (await currentHeads(config, output)).flatMap((d) => d.heads) : [rev];
  const revisions = rev === "current" ? map.current(ids) : map.resolveAll(ids);
  if (options.json) return printJson(output, revisions.map((r) => r.toJSON()));
  for (const revision of revisions) output.print(verboseEntry(revision));
}

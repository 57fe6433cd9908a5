import type { MigConfig } from "../config/config.ts";
import { historyEntry, historyNeedsCurrent } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import { currentHeads } from "./current.ts";
import { loadRevisionMap, printJson, printLines } from "./project.ts";

export interface HistoryCommandOptions {
  /** `-r START:END`. */
  readonly range?: string;
  readonly verbose?: boolean;
  /** `-i`: mark the database's current revisions. */
  readonly indicateCurrent?: boolean;
  readonly json?: boolean;
}

/** `mig history`: revisions newest first, in topological order. */
export async function history(config: MigConfig, options: HistoryCommandOptions, output: Output): Promise<void> {
  const map = loadRevisionMap(config, output);
  const needsDatabase = options.indicateCurrent || historyNeedsCurrent(options.range);
  const current = needsDatabase ? (await currentHeads(config, output)).flatMap((d) => d.heads) : undefined;
  const revisions = map.history({ range: options.range ?? null, ...(current ? { current } : {}) });
  const marked = new Set(options.indicateCurrent ? current : []);
  if (options.json) {
    const entries = revisions.map((r) => ({ ...r.toJSON(), ...(options.indicateCurrent ? { isCurrent: marked.has(r.revision) } : {}) }));
    return printJson(output, entries);
  }
  const verbose = options.verbose ?? false;
  printLines(output, revisions.map((rev) => historyEntry(rev, { verbose, current: marked.has(rev.revision) })));
}

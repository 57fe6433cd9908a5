import type { MigConfig } from "../config/config.ts";
import { headsEntry } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import { loadRevisionMap, printJson, printLines } from "./project.ts";

export interface HeadsOptions {
  readonly verbose?: boolean;
  /** Only heads nothing depends on (what the `heads` identifier means). */
  readonly resolveDependencies?: boolean;
  readonly json?: boolean;
}

/** `mig heads`: the tips of every branch. */
export function heads(config: MigConfig, options: HeadsOptions, output: Output): void {
  const map = loadRevisionMap(config, output);
  const revisions = options.resolveDependencies ? map.realHeads() : map.heads();
  if (options.json) return printJson(output, revisions.map((r) => r.toJSON()));
  const verbose = options.verbose ?? false;
  printLines(output, revisions.map((rev) => headsEntry(rev, { verbose })));
}

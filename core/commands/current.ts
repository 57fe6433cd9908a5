import type { MigConfig } from "../config/config.ts";
import { currentEntry, currentHeader, type RevisionMap } from "../graph/mod.ts";
import { MigError } from "../errors.ts";
import type { Output } from "../output.ts";
import { type DatabaseResult, runEnv } from "../runtime/run_env.ts";
import { loadRevisionMap, printJson } from "./project.ts";

export interface CurrentOptions {
  readonly verbose?: boolean;
  /** Fail unless every head is applied (for deploy checks). */
  readonly checkHeads?: boolean;
  readonly json?: boolean;
  /** Seconds to wait for the database to come up. */
  readonly wait?: number;
}

/** The heads each database's version table holds; never creates the table. */
export function currentHeads(config: MigConfig, output: Output, options: { wait?: number } = {}): Promise<DatabaseResult[]> {
  return runEnv(
    config,
    { offline: false, work: { readOnly: true, plan: () => [] }, ...(options.wait ? { waitMs: options.wait * 1000 } : {}) },
    output,
  );
}

/** Whether a version table's heads are exactly the graph's heads (`--check-heads`). */
export function atLatestHeads(map: RevisionMap, heads: readonly string[]): boolean {
  const expected = new Set(map.heads().map((r) => r.revision));
  const applied = new Set(map.current(heads).map((r) => r.revision));
  return applied.size === expected.size && [...expected].every((h) => applied.has(h));
}

/** `mig current`: the revision(s) the database is at. */
export async function current(config: MigConfig, options: CurrentOptions, output: Output): Promise<void> {
  const map = loadRevisionMap(config, output);
  const results = await currentHeads(config, output, options);
  if (options.json) {
    printJson(output, results.map((r) => ({ ...(r.database ? { database: r.database } : {}), url: r.url, heads: r.heads })));
  } else {
    for (const result of results) {
      if (options.verbose) output.print(currentHeader(result.url));
      for (const rev of map.current(result.heads)) output.print(currentEntry(rev, { verbose: options.verbose ?? false }));
    }
  }
  if (options.checkHeads) {
    for (const result of results) {
      if (!atLatestHeads(map, result.heads)) throw new MigError("Database is not on the latest revision");
    }
  }
}

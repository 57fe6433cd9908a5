import type { MigConfig } from "../config/config.ts";
import { MigError } from "../errors.ts";
import { type RevisionMap, splitRange } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import { type DatabaseResult, runEnv } from "../runtime/run_env.ts";
import { envRunOptions, type MigrateCommandOptions } from "./migrate_options.ts";
import { loadRevisionMap, plannedSteps } from "./project.ts";

export interface StampOptions extends MigrateCommandOptions {
  /** Empty the version table first, whatever it holds. */
  readonly purge?: boolean;
}

/** `mig stamp REV...`: set the version table to REV without running any script. */
export async function stamp(config: MigConfig, revisions: readonly string[], options: StampOptions, output: Output): Promise<void> {
  await stampWith(loadRevisionMap(config, output), config, revisions, options, output);
}

/**
 * `stamp` with the revision map already loaded (a fan-out loads it once for every
 * database); each result holds the heads read under the lock and the heads stamped.
 */
export async function stampWith(
  map: RevisionMap, config: MigConfig, revisions: readonly string[], options: StampOptions, output: Output,
): Promise<DatabaseResult[]> {
  let start: string | null = null;
  const targets: string[] = [];
  for (const argument of revisions) {
    const range = splitRange(argument);
    if (range.start !== null) {
      if (!options.sql) throw new MigError("Range revision not allowed");
      if (start !== null && start !== range.start) {
        throw new MigError("Stamp operation with --sql only supports one starting revision at a time");
      }
      start = range.start;
    }
    targets.push(range.end);
  }
  return runEnv(
    config,
    {
      ...envRunOptions(options),
      ...(options.sql ? { startHeads: map.startingHeads(start) } : {}),
      work: {
        purge: options.purge ?? false,
        plan: (heads) => plannedSteps(map.planStamp(heads, targets), output),
      },
    },
    output,
  );
}

import type { MigConfig } from "../config/config.ts";
import { MigError } from "../errors.ts";
import { type RevisionMap, splitRange } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import { type DatabaseResult, runEnv } from "../runtime/run_env.ts";
import { envRunOptions, type MigrateCommandOptions } from "./migrate_options.ts";
import { loadRevisionMap, plannedSteps } from "./project.ts";

/** `mig downgrade REV`: run the downgrade of every applied script above REV. */
export async function downgrade(config: MigConfig, revision: string, options: MigrateCommandOptions, output: Output): Promise<void> {
  await downgradeWith(loadRevisionMap(config, output), config, revision, options, output);
}

/**
 * `downgrade` with the revision map already loaded (a fan-out loads it once for every
 * database); `leaveDoneAlone` skips a database already at REV without locking it.
 */
export async function downgradeWith(
  map: RevisionMap, config: MigConfig, revision: string, options: MigrateCommandOptions, output: Output, leaveDoneAlone = false,
): Promise<DatabaseResult[]> {
  const { start, end } = splitRange(revision);
  if (start !== null && !options.sql) throw new MigError("Range revision not allowed");
  if (start === null && options.sql) throw new MigError("downgrade with --sql requires <fromrev>:<torev>");
  return runEnv(
    config,
    {
      ...envRunOptions(options),
      ...(options.sql ? { startHeads: map.startingHeads(start) } : {}),
      work: {
        plan: (heads) => plannedSteps(map.planDowngrade(heads, end), output),
        ...(leaveDoneAlone ? { isDone: (heads: readonly string[]) => map.planDowngrade(heads, end).steps.length === 0 } : {}),
      },
    },
    output,
  );
}

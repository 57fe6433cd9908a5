import type { MigConfig } from "../config/config.ts";
import type { Output } from "../output.ts";
import { runEnv } from "../runtime/run_env.ts";
import { envRunOptions, type MigrateCommandOptions } from "./migrate_options.ts";

/** `mig ensure_version`: create the version table if it does not exist. */
export async function ensureVersion(config: MigConfig, options: MigrateCommandOptions, output: Output): Promise<void> {
  await runEnv(config, { ...envRunOptions(options), work: { ensureVersionTable: true, plan: () => [] } }, output);
}

import * as fs from "node:fs";
import * as path from "node:path";
import type { MigConfig } from "../config/config.ts";
import { ConfigError, ScriptError } from "../errors.ts";
import type { Output } from "../output.ts";
import { parseDbUrl } from "../url.ts";
import type { EnvContext, EnvFunction, RunOptions } from "./env.ts";
import { importUserModule } from "./import_module.ts";
import { migrate, type MigrateResult, type MigrationWork } from "./migrate.ts";

export interface EnvRun {
  readonly offline: boolean;
  readonly tag?: string;
  /** Offline: the heads the script starts from (`start:` of a range). */
  readonly startHeads?: readonly string[];
  readonly waitMs?: number;
  readonly work: MigrationWork;
}

/** One `runMigrations()` call's outcome: which database, and its heads afterwards. */
export interface DatabaseResult extends MigrateResult {
  readonly database?: string;
  readonly url: string;
}

/** The environment used when a project has no env.ts: migrate the config's url. */
const defaultEnv: EnvFunction = (context) => context.runMigrations();

/**
 * Runs the project's env.ts (Alembic's `run_env`): env.ts decides which databases to
 * migrate and calls `context.runMigrations()`, which does the command's work on each.
 */
export async function runEnv(config: MigConfig, run: EnvRun, output: Output): Promise<DatabaseResult[]> {
  const env = await loadEnv(config);
  const results: DatabaseResult[] = [];
  const context: EnvContext = {
    config,
    xArgs: config.xArgs,
    tag: run.tag,
    isOfflineMode: () => run.offline,
    runMigrations: async (options: RunOptions = {}) => {
      const urlText = options.url ?? config.url;
      if (!urlText) {
        throw new ConfigError(
          `No database url: set 'url' in section [${config.section}] of ${config.file ?? "the configuration"}, or pass one to runMigrations()`,
        );
      }
      const url = parseDbUrl(urlText, { baseDir: config.dir });
      if (options.database && !run.work.readOnly) output.log(`INFO  [mig] Database ${options.database}: ${url.masked}`);
      const result = await migrate(
        {
          url,
          offline: run.offline,
          ...(run.startHeads ? { startHeads: run.startHeads } : {}),
          versionTable: options.versionTable ?? config.versionTable,
          ...(options.versionTableSchema ?? config.versionTableSchema
            ? { versionTableSchema: options.versionTableSchema ?? config.versionTableSchema }
            : {}),
          transactionPerMigration: options.transactionPerMigration ?? config.transactionPerMigration,
          ...(options.database ? { database: options.database } : {}),
          lockStrategy: config.lockStrategy,
          lockTimeoutMs: config.lockTimeoutSeconds * 1000,
          lockLeaseMs: config.lockLeaseSeconds * 1000,
          ...(run.waitMs ? { waitMs: run.waitMs } : {}),
          output,
        },
        run.work.inspect ? { ...run.work, inspect: (session) => run.work.inspect!({ ...session, runOptions: options }) } : run.work,
      );
      results.push({ ...result, url: url.masked, ...(options.database ? { database: options.database } : {}) });
    },
  };
  await env(context);
  return results;
}

async function loadEnv(config: MigConfig): Promise<EnvFunction> {
  const file = path.join(config.scriptLocation, "env.ts");
  if (!fs.existsSync(file)) return defaultEnv;
  const module = await importUserModule(file);
  const fn = module["default"];
  if (typeof fn !== "function") {
    throw new ScriptError(`${file} must export a default function: export default defineEnv(async (context) => { ... })`, file);
  }
  return fn as EnvFunction;
}

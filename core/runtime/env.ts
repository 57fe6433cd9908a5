/**
 * The API of `env.ts`, the user-owned environment script (Alembic's env.py): mig imports
 * it for every command that touches a database or writes --sql and calls its default
 * export with a context. The default env.ts is two lines; multidb loops over databases.
 */
import type { MigConfig } from "../config/config.ts";

export interface RunOptions {
  /** Database URL; defaults to the config's `url`. */
  readonly url?: string;
  /** multidb: the database's name, passed to each script's upgrade()/downgrade(). */
  readonly database?: string;
  readonly versionTable?: string;
  readonly versionTableSchema?: string;
  readonly transactionPerMigration?: boolean;
}

export interface EnvContext {
  readonly config: MigConfig;
  /** `-x key=value` arguments. */
  readonly xArgs: Readonly<Record<string, string>>;
  /** `--tag` of upgrade/downgrade/stamp, if given. */
  readonly tag: string | undefined;
  /** True under `--sql`: nothing connects, statements are written to stdout. */
  isOfflineMode(): boolean;
  /** Runs the command (upgrade, downgrade, stamp, current...) against one database. */
  runMigrations(options?: RunOptions): Promise<void>;
}

export type EnvFunction = (context: EnvContext) => void | Promise<void>;

/** Typed identity: `export default defineEnv(async (context) => { ... })`. */
export function defineEnv(fn: EnvFunction): EnvFunction {
  return fn;
}

import type { LockStrategy } from "../config/keys.ts";
import { databaseSupport } from "../database.ts";
import type { Dialect } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import type { Output } from "../output.ts";
import type { DbUrl } from "../url.ts";
import { migrateOffline } from "./migrate_offline.ts";
import { migrateOnline } from "./migrate_online.ts";
import type { PlannedStep } from "./planned_step.ts";
import type { RunOptions } from "./env.ts";

/** What a command wants done once the database's current heads are known. */
export interface MigrationWork {
  /** The steps from the current heads; planning errors stop the run before any change. */
  plan(heads: readonly string[]): PlannedStep[];
  /** `stamp --purge`: empty the version table first (online only). */
  readonly purge?: boolean;
  /** `current`, `history -i`: read the heads, create nothing, run nothing. */
  readonly readOnly?: boolean;
  /** `ensure_version`: offline, write the CREATE TABLE even with nothing to run. */
  readonly ensureVersionTable?: boolean;
  /** With `readOnly`: look at the database once its heads are known (autogenerate reads its schema). */
  inspect?(session: InspectSession): Promise<void>;
  /**
   * A fan-out's shortcut: true when the database is already where the command goes. Asked
   * with the heads read before locking; a database it holds for is left alone (no lock, no
   * version table created). The plan itself is still made from the heads read under the lock.
   */
  isDone?(heads: readonly string[]): boolean;
}

/** What `inspect` gets: the open connection, the server's dialect and the version table's heads. */
export interface InspectSession {
  readonly driver: Driver;
  readonly dialect: Dialect;
  readonly heads: readonly string[];
  readonly url: DbUrl;
  readonly versionTable: { readonly table: string; readonly schema?: string };
  /** The options env.ts passed to `runMigrations()` (set by run_env.ts). */
  readonly runOptions?: RunOptions;
}

export interface MigrateSettings {
  readonly url: DbUrl;
  readonly offline: boolean;
  /** Offline: the heads the script starts from (`start:` of a range); base when empty. */
  readonly startHeads?: readonly string[];
  readonly versionTable: string;
  readonly versionTableSchema?: string;
  readonly transactionPerMigration: boolean;
  readonly database?: string;
  /** How this run keeps other runs out (migration_lock.ts). */
  readonly lockStrategy: LockStrategy;
  readonly lockTimeoutMs: number;
  /** `lock_strategy = "table"`: how long the lock outlives a run that stopped renewing it; default 30 s. */
  readonly lockLeaseMs?: number;
  readonly waitMs?: number;
  readonly output: Output;
  /** An open connection to use instead of connecting to `url` (left open afterwards). */
  readonly driver?: Driver;
}

export interface MigrateResult {
  /** Heads after the run (online: as stored; offline: as the script leaves them). */
  readonly heads: string[];
  /** Online: the heads found under the lock, before any step ran. */
  readonly before?: readonly string[];
  /** How many steps ran (or were written). */
  readonly steps?: number;
  readonly dialect: Dialect;
}

/**
 * One run against one database: online on a connection (a given one, or one opened and
 * closed here), or offline as SQL text. The mode is the only branch; everything after
 * planning goes through the same step runner (run_steps.ts).
 */
export async function migrate(settings: MigrateSettings, work: MigrationWork): Promise<MigrateResult> {
  const dialect = databaseSupport().dialectFor(settings.url);
  if (settings.offline) return migrateOffline(settings, work, dialect);
  if (settings.driver) return migrateOnline(settings, work, settings.driver, dialect.forServerVersion(settings.driver.serverVersion));
  const driver = await databaseSupport().connect(settings.url, settings.waitMs ? { waitMs: settings.waitMs } : {});
  try {
    return await migrateOnline(settings, work, driver, dialect.forServerVersion(driver.serverVersion));
  } finally {
    await driver.close();
  }
}

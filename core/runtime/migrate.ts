import { databaseSupport } from "../database.ts";
import type { Dialect } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import { MigError } from "../errors.ts";
import { createCompileContext } from "../ops/compile_context.ts";
import type { Output } from "../output.ts";
import type { DbUrl } from "../url.ts";
import type { Executor } from "./executor.ts";
import { OfflineWriter } from "./offline_writer.ts";
import { OnlineExecutor } from "./online_executor.ts";
import { applyChanges, type PlannedStep } from "./planned_step.ts";
import { runScript } from "./run_script.ts";
import { ScriptLoader } from "./script_loader.ts";
import { Transactions } from "./transactions.ts";
import { VersionStore } from "./version_store.ts";
import { RunFailedError } from "./run_failed.ts";

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
  readonly lock: boolean;
  readonly lockTimeoutMs: number;
  readonly waitMs?: number;
  readonly output: Output;
  /** An open connection to use instead of connecting to `url` (left open afterwards). */
  readonly driver?: Driver;
}

export interface MigrateResult {
  /** Heads after the run (online: as stored; offline: as the script leaves them). */
  readonly heads: string[];
  readonly dialect: Dialect;
}

const LOG = "INFO  [mig]";

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

async function migrateOffline(settings: MigrateSettings, work: MigrationWork, dialect: Dialect): Promise<MigrateResult> {
  if (work.purge) throw new MigError("Can't use --purge with --sql mode");
  const writer = new OfflineWriter(settings.output);
  const heads = [...(settings.startHeads ?? [])];
  const steps = work.plan(heads);
  logContext(settings.output, dialect);
  const transactions = new Transactions(writer, dialect.capabilities.offlineTransactionBlocks);
  const store = versionStore(settings, writer, dialect);
  // multidb writes every database's script to one stream: say where each begins.
  if (settings.database) writer.comment(`Database ${settings.database}`);
  try {
    if (work.ensureVersionTable) await store.create();
    const after = await runSteps({ settings, dialect, executor: writer, transactions, store, steps, heads, offline: true });
    return { heads: after, dialect };
  } finally {
    writer.flush();
  }
}

async function migrateOnline(
  settings: MigrateSettings,
  work: MigrationWork,
  driver: Driver,
  dialect: Dialect,
): Promise<MigrateResult> {
  const executor = new OnlineExecutor(driver);
  const store = versionStore(settings, executor, dialect);
  if (work.readOnly) {
    const heads = (await store.exists()) ? await store.heads() : [];
    return { heads, dialect };
  }
  logContext(settings.output, dialect);
  // SQLite: a table rebuilt by batchAlterTable would cascade into child rows if foreign
  // keys were enforced; the pragma only takes effect outside a transaction, so before the lock.
  const foreignKeysOff = dialect.capabilities.recreateNeedsForeignKeysOff;
  if (foreignKeysOff) await driver.exec("PRAGMA foreign_keys=OFF");
  const lockName = `mig:${settings.versionTableSchema ?? ""}.${settings.versionTable}`;
  if (settings.lock) await driver.acquireLock(lockName, settings.lockTimeoutMs);
  try {
    const exists = await store.exists();
    let heads = exists ? await store.heads() : [];
    if (work.purge) heads = [];
    const steps = work.plan(heads);
    const transactions = new Transactions(executor, true);
    const perMigration = settings.transactionPerMigration || !dialect.capabilities.transactionalDdl;
    if (!perMigration) await transactions.begin();
    if (!exists) await store.create();
    if (work.purge) await store.purge();
    if (perMigration) await transactions.commit();
    const verify = foreignKeysOff ? () => checkForeignKeys(driver) : undefined;
    const after = await runSteps({ settings, dialect, executor, transactions, store, steps, heads, offline: false, verify });
    return { heads: after, dialect };
  } finally {
    if (settings.lock) await driver.releaseLock(lockName);
    if (foreignKeysOff) await driver.exec("PRAGMA foreign_keys=ON").catch(() => {});
  }
}

interface StepRun {
  readonly settings: MigrateSettings;
  readonly dialect: Dialect;
  readonly executor: Executor;
  readonly transactions: Transactions;
  readonly store: VersionStore;
  readonly steps: readonly PlannedStep[];
  readonly heads: readonly string[];
  readonly offline: boolean;
  /** Checked before each commit (SQLite foreign keys after table rebuilds). */
  readonly verify?: () => Promise<void>;
}

async function runSteps(run: StepRun): Promise<string[]> {
  const { settings, dialect, executor, transactions, store, steps } = run;
  const perMigration = settings.transactionPerMigration || !dialect.capabilities.transactionalDdl;
  const compile = createCompileContext({ offline: run.offline });
  const scripts = new ScriptLoader(steps.filter((s) => !s.stamp).map((s) => s.path));
  const scriptRun = { dialect, executor, transactions, compile, scripts, ...(settings.database ? { database: settings.database } : {}) };
  let heads = [...run.heads];
  let current: PlannedStep | undefined;
  const commit = async () => {
    await run.verify?.();
    await transactions.commit();
  };
  if (!perMigration) await transactions.begin();
  try {
    for (const [index, step] of steps.entries()) {
      current = step;
      if (perMigration) await transactions.begin();
      if (run.offline && heads.length === 0) await store.create();
      const progress = settings.output.interactive && steps.length > 1 ? `[${index + 1}/${steps.length}] ` : "";
      settings.output.log(`${LOG} ${progress}Running ${step.logLine}`);
      if (run.offline) executor.comment(`Running ${step.shortLog}`);
      if (!step.stamp) {
        await runScript(step, scriptRun);
      }
      for (const change of step.versionChanges) await store.apply(change);
      if (perMigration) await commit();
      heads = applyChanges(heads, step.versionChanges);
      current = undefined;
    }
    await commit();
    return heads;
  } catch (error) {
    if (run.offline) throw error;
    await transactions.rollback().catch(() => {});
    const rolledBack = dialect.capabilities.transactionalDdl;
    const at = rolledBack && !perMigration ? run.heads : heads;
    throw new RunFailedError({ error, failedStep: current, heads: at, rolledBack });
  }
}

async function checkForeignKeys(driver: Driver): Promise<void> {
  const violations = await driver.query("PRAGMA foreign_key_check");
  if (violations.length > 0) {
    const first = violations[0]!;
    throw new MigError(
      `Foreign key check failed after migrating: ${violations.length} row(s) violate a foreign key ` +
        `(first: table '${first["table"]}', row ${first["rowid"]}, referring to '${first["parent"]}')`,
    );
  }
}

function versionStore(settings: MigrateSettings, executor: Executor, dialect: Dialect): VersionStore {
  return new VersionStore({
    executor,
    dialect,
    table: settings.versionTable,
    ...(settings.versionTableSchema ? { schema: settings.versionTableSchema } : {}),
  });
}

function logContext(output: Output, dialect: Dialect): void {
  output.log(`${LOG} Context impl ${dialect.variant}.`);
  output.log(`${LOG} Will assume ${dialect.capabilities.transactionalDdl ? "" : "non-"}transactional DDL.`);
}

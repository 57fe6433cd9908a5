import { DEFAULTS } from "../config/keys.ts";
import { databaseSupport } from "../database.ts";
import type { Dialect } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import { MigError } from "../errors.ts";
import type { MigrateResult, MigrateSettings, MigrationWork } from "./migrate.ts";
import { migrationLock } from "./migration_lock.ts";
import { OnlineExecutor } from "./online_executor.ts";
import { preflight } from "./preflight.ts";
import { loaderFor, logContext, runSteps, transactionPerMigration, versionStore } from "./run_steps.ts";
import { Transactions } from "./transactions.ts";

/**
 * A run on a live connection: lock, read the version table (after the lock, so concurrent
 * runs see each other's work), plan, create the table when missing, run the steps.
 */
export async function migrateOnline(
  settings: MigrateSettings,
  work: MigrationWork,
  driver: Driver,
  dialect: Dialect,
): Promise<MigrateResult> {
  const executor = new OnlineExecutor(driver);
  const store = versionStore(settings, executor, dialect);
  if (work.readOnly) {
    const heads = (await store.exists()) ? await store.heads() : [];
    await work.inspect?.({
      driver, dialect, heads, url: settings.url,
      versionTable: { table: settings.versionTable, ...(settings.versionTableSchema ? { schema: settings.versionTableSchema } : {}) },
    });
    return { heads, dialect };
  }
  if (work.isDone) {
    const heads = (await store.exists()) ? await store.heads() : [];
    if (work.isDone(heads)) return { heads, before: heads, steps: 0, dialect };
  }
  logContext(settings.output, dialect);
  const guard = dialect.foreignKeyGuard;
  if (guard) await driver.exec(guard.disable);
  const lock = migrationLock({
    strategy: settings.lockStrategy,
    driver,
    dialect,
    versionTable: settings.versionTable,
    ...(settings.versionTableSchema ? { versionTableSchema: settings.versionTableSchema } : {}),
    timeoutMs: settings.lockTimeoutMs,
    leaseMs: settings.lockLeaseMs ?? DEFAULTS.lockLeaseSeconds * 1000,
    log: (line) => settings.output.log(line),
    openConnection: () => databaseSupport().connect(settings.url),
  });
  await lock.acquire();
  let failed = false;
  try {
    const exists = await store.exists();
    const heads = exists && !work.purge ? await store.heads() : [];
    const steps = work.plan(heads);
    const scripts = loaderFor(steps);
    await preflight(steps, scripts);
    const transactions = new Transactions(executor, true);
    const perMigration = transactionPerMigration(settings, dialect);
    if (!perMigration) await transactions.begin();
    if (!exists) await store.create();
    if (work.purge) await store.purge();
    if (perMigration) await transactions.commit();
    const verify = guard ? () => checkForeignKeys(driver, guard.check) : undefined;
    const after = await runSteps({ settings, dialect, executor, transactions, store, steps, heads, offline: false, verify, scripts });
    return { heads: after, before: heads, steps: steps.length, dialect };
  } catch (error) {
    failed = true;
    // An error inside the run's transaction leaves it aborted: end it, so releasing the lock
    // works and the first error is the one reported, not "current transaction is aborted".
    await driver.rollback().catch(() => {});
    throw error;
  } finally {
    await lock.release().catch((error) => {
      if (!failed) throw error;
    });
    if (guard) await driver.exec(guard.enable).catch(() => {});
  }
}

async function checkForeignKeys(driver: Driver, check: string): Promise<void> {
  const violations = await driver.query(check);
  if (violations.length > 0) {
    throw new MigError(
      `Foreign key check failed after migrating: ${violations.length} row(s) violate a foreign key ` +
        `(first: ${JSON.stringify(violations[0])})`,
    );
  }
}

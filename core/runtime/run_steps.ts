import type { Dialect } from "../dialect.ts";
import { createCompileContext } from "../ops/compile_context.ts";
import { MigError } from "../errors.ts";
import type { Output } from "../output.ts";
import type { Executor } from "./executor.ts";
import type { MigrateSettings } from "./migrate.ts";
import { applyChanges, type PlannedStep } from "./planned_step.ts";
import { RunFailedError } from "./run_failed.ts";
import { runScript } from "./run_script.ts";
import { ScriptLoader } from "./script_loader.ts";
import type { Transactions } from "./transactions.ts";
import { VersionStore } from "./version_store.ts";

const LOG = "INFO  [mig]";

export interface StepRun {
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
  /** The plan's scripts, already loading (see preflight.ts); made here when absent. */
  readonly scripts?: ScriptLoader;
}

/** The loader for the scripts `steps` run, every import started at once. */
export function loaderFor(steps: readonly PlannedStep[]): ScriptLoader {
  return new ScriptLoader(steps.filter((s) => !s.stamp).map((s) => s.path));
}

/**
 * Runs the steps in order: each script's statements, then its version-table rows, one
 * transaction for the run or one per migration. Online, a failure rolls back what the
 * dialect can and says which revisions the version table holds now.
 */
export async function runSteps(run: StepRun): Promise<string[]> {
  const { settings, dialect, executor, transactions, store, steps } = run;
  const perMigration = transactionPerMigration(settings, dialect);
  const compile = createCompileContext({ offline: run.offline });
  const scripts = run.scripts ?? loaderFor(steps);
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
      // Where a commit lets the lock go (SQLite's lock is its write transaction), another run
      // may have moved the database meanwhile: stop rather than apply a stale plan.
      if (perMigration && !run.offline && index > 0) await expectHeads(store, heads);
      if (run.offline && heads.length === 0) await store.create();
      const progress = settings.output.interactive && steps.length > 1 ? `[${index + 1}/${steps.length}] ` : "";
      settings.output.log(`${LOG} ${progress}Running ${step.logLine}`);
      if (run.offline) executor.comment(`Running ${step.shortLog}`);
      if (!step.stamp) await runScript(step, scriptRun);
      for (const change of step.versionChanges) await store.apply(change);
      if (perMigration) await commit();
      heads = applyChanges(heads, step.versionChanges);
      current = undefined;
    }
    // A script that ends at base ends with the version table gone, as Alembic's does.
    if (run.offline && heads.length === 0 && steps.length > 0) await store.drop();
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

async function expectHeads(store: VersionStore, heads: readonly string[]): Promise<void> {
  const now = await store.heads();
  if (now.length !== heads.length || now.some((h) => !heads.includes(h))) {
    throw new MigError(
      `Another run changed the version table while this one waited for the lock (now: ${now.join(", ") || "base"}); ` +
        "the migrations before it are committed: run the command again",
    );
  }
}

/** One transaction per migration when asked, and always where DDL commits on its own (MySQL). */
export function transactionPerMigration(settings: MigrateSettings, dialect: Dialect): boolean {
  return settings.transactionPerMigration || !dialect.capabilities.transactionalDdl;
}

export function versionStore(settings: MigrateSettings, executor: Executor, dialect: Dialect): VersionStore {
  return new VersionStore({
    executor,
    dialect,
    table: settings.versionTable,
    ...(settings.versionTableSchema ? { schema: settings.versionTableSchema } : {}),
  });
}

/** Alembic's opening lines of a run. */
export function logContext(output: Output, dialect: Dialect): void {
  output.log(`${LOG} Context impl ${dialect.variant}.`);
  output.log(`${LOG} Will assume ${dialect.capabilities.transactionalDdl ? "" : "non-"}transactional DDL.`);
}

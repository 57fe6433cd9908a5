import type { Dialect } from "../dialect.ts";
import { MigError } from "../errors.ts";
import { batchedLog } from "../output.ts";
import type { MigrateResult, MigrateSettings, MigrationWork } from "./migrate.ts";
import { OfflineWriter } from "./offline_writer.ts";
import { preflight } from "./preflight.ts";
import { loaderFor, logContext, runSteps, versionStore } from "./run_steps.ts";
import { Transactions } from "./transactions.ts";

/** `--sql`: the plan from `startHeads` (base by default) written to stdout as a script. */
export async function migrateOffline(given: MigrateSettings, work: MigrationWork, dialect: Dialect): Promise<MigrateResult> {
  if (work.purge) throw new MigError("Can't use --purge with --sql mode");
  const output = batchedLog(given.output);
  const settings = { ...given, output };
  const writer = new OfflineWriter(output);
  const heads = [...(settings.startHeads ?? [])];
  const steps = work.plan(heads);
  const scripts = loaderFor(steps);
  await preflight(steps, scripts);
  logContext(settings.output, dialect);
  const transactions = new Transactions(writer, dialect.capabilities.offlineTransactionBlocks);
  const store = versionStore(settings, writer, dialect);
  // multidb writes every database's script to one stream: say where each begins.
  if (settings.database) writer.comment(`Database ${settings.database}`);
  try {
    if (work.ensureVersionTable) await store.create();
    const after = await runSteps({ settings, dialect, executor: writer, transactions, store, steps, heads, offline: true, scripts });
    return { heads: after, dialect };
  } finally {
    output.flush();
    writer.flush();
  }
}

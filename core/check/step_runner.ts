/**
 * Runs groups of planned steps on the check's open connection through the ordinary
 * runner (`migrate`), so a dry run exercises exactly what `mig upgrade` does. Every
 * migration commits on its own (transaction_per_migration), which makes the version
 * table after a failure say how far the group got, and so which step failed.
 */
import type { MigConfig } from "../config/config.ts";
import type { Driver } from "../driver.ts";
import type { Output } from "../output.ts";
import { migrate } from "../runtime/migrate.ts";
import { applyChanges, type PlannedStep } from "../runtime/planned_step.ts";
import { RunFailedError } from "../runtime/run_failed.ts";
import type { DbUrl } from "../url.ts";

export type StepOutcome =
  | { readonly ok: true; readonly heads: readonly string[] }
  | { readonly ok: false; readonly step: PlannedStep; readonly error: unknown; readonly heads: readonly string[] };

export interface StepRunnerInit {
  readonly driver: Driver;
  readonly url: DbUrl;
  readonly config: MigConfig;
  /** multidb: passed to each script's upgrade()/downgrade(). */
  readonly database?: string;
  /** Receives the runner's `INFO  [mig]` lines (dropped unless `-v`). */
  readonly output: Output;
}

export class StepRunner {
  readonly #init: StepRunnerInit;

  constructor(init: StepRunnerInit) {
    this.#init = init;
  }

  get versionTable(): { table: string; schema?: string } {
    const schema = this.#init.config.versionTableSchema;
    return schema === undefined ? { table: this.#init.config.versionTable } : { table: this.#init.config.versionTable, schema };
  }

  /** Runs `steps` from `heads` (what the version table says); reports the first failing step. */
  async run(steps: readonly PlannedStep[], heads: readonly string[]): Promise<StepOutcome> {
    if (steps.length === 0) return { ok: true, heads };
    try {
      const result = await migrate(this.#settings(), { plan: () => [...steps] });
      return { ok: true, heads: result.heads };
    } catch (error) {
      if (!(error instanceof RunFailedError)) throw error;
      return { ok: false, step: failedStep(steps, heads, error.heads), error: error.reason, heads: error.heads };
    }
  }

  /** The version table's heads (empty when it does not exist yet). */
  async heads(): Promise<string[]> {
    const result = await migrate(this.#settings(), { readOnly: true, plan: () => [] });
    return result.heads;
  }

  #settings() {
    const { config, url, driver, output, database } = this.#init;
    return {
      url,
      driver,
      output,
      offline: false,
      versionTable: config.versionTable,
      ...(config.versionTableSchema ? { versionTableSchema: config.versionTableSchema } : {}),
      transactionPerMigration: true,
      ...(database ? { database } : {}),
      // One process owns this database: no lock to take.
      lockStrategy: "none" as const,
      lockTimeoutMs: 0,
    };
  }
}

/** The step after the last one whose version rows were committed. */
function failedStep(steps: readonly PlannedStep[], start: readonly string[], at: readonly string[]): PlannedStep {
  let heads = [...start];
  for (const step of steps) {
    if (sameSet(heads, at)) return step;
    heads = applyChanges(heads, step.versionChanges);
  }
  return steps[steps.length - 1]!;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

import type { PlannedStep } from "./planned_step.ts";
import { scriptFunction, sqlSection } from "./run_script.ts";
import type { ScriptLoader } from "./script_loader.ts";

/**
 * Reads (`.sql`) or imports (`.ts`) every script of the plan and checks it has what its
 * step runs, before the database is touched: a script that cannot load leaves nothing
 * written, not even the version table, and nothing half-written to `--sql` output.
 * Alembic likewise loads every script before it connects. The imports were started
 * together by the loader, so waiting for them here costs no more than running would.
 */
export async function preflight(steps: readonly PlannedStep[], scripts: ScriptLoader): Promise<void> {
  for (const step of steps) {
    if (step.stamp) continue;
    if (step.path.endsWith(".sql")) sqlSection(step);
    else scriptFunction(await scripts.load(step.path), step);
  }
}


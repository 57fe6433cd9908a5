import type { MigConfig } from "../config/config.ts";
import { RevisionMap } from "../graph/mod.ts";
import type { Plan } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import type { PlannedStep } from "../runtime/planned_step.ts";
import { readHeaders } from "../script/script_directory.ts";

/** The revision graph of a project, read statically from its scripts' headers. */
export function loadRevisionMap(config: MigConfig, output: Output): RevisionMap {
  config.requireScriptLocation();
  const map = new RevisionMap(readHeaders(config.versionLocations));
  for (const warning of map.warnings) output.log(`WARNING [mig] ${warning}`);
  return map;
}

/** A graph plan in the runner's terms. */
export function plannedSteps(plan: Plan, output: Output): PlannedStep[] {
  for (const warning of plan.warnings) output.log(`WARNING [mig] ${warning}`);
  return plan.steps.map((step) => ({
    revision: step.revision?.revision ?? step.to[0] ?? step.from[0] ?? "",
    path: step.revision?.path ?? "",
    direction: step.upgrade ? "up" : "down",
    stamp: step.revision === null,
    shortLog: step.shortLog,
    logLine: step.logLine,
    versionChanges: step.changes,
  }));
}

/**
 * Prints result lines with one write: at 100,000 revisions a write per line costs more
 * than building the graph. Nothing at all for no lines, as a loop of prints would.
 */
export function printLines(output: Output, lines: readonly string[]): void {
  if (lines.length > 0) output.print(lines.join("\n"));
}

/** Prints a value as the JSON document of a read command. */
export function printJson(output: Output, value: unknown): void {
  output.print(JSON.stringify(value, null, 2));
}

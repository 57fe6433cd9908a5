/**
 * The stairway's second and third flights: each stair revision downgraded alone, newest
 * first, and held to undoing what its upgrade changed (undo_check.ts); then all of them
 * upgraded again in one run, which must rebuild the schema the climb ended with.
 */
import { failureFinding } from "./failure_finding.ts";
import { type Finding, finding } from "./finding.ts";
import type { Climbed } from "./climb.ts";
import { inverseStep } from "./inverse_step.ts";
import { describeDiff, diffSnapshots, isEmptyDiff } from "./schema_diff.ts";
import type { StairwayInit } from "./stairway.ts";
import { leftovers, undoMismatch } from "./undo_check.ts";

export async function descend(init: StairwayInit & { climbed: Climbed }): Promise<{ findings: Finding[]; stepped: number; complete: boolean }> {
  const { climbed, database } = init;
  const findings: Finding[] = [];
  const where = database ? { database } : {};
  const ignore = new Set<string>();
  let heads = climbed.heads;
  let state = climbed.end;
  let stepped = 0;
  for (const { step, change } of [...climbed.stair].reverse()) {
    const revision = init.map.get(step.revision)!;
    const outcome = await init.run([inverseStep(step, revision)], heads);
    if (!outcome.ok) {
      findings.push(failureFinding(outcome, database));
      return { findings, stepped, complete: false };
    }
    heads = outcome.heads;
    const after = await init.snapshot();
    const undone = diffSnapshots(state, after);
    const problems = undoMismatch({ up: change, down: undone }, ignore);
    if (problems.length > 0) {
      findings.push(finding({
        kind: "downgrade-incomplete",
        message: `Downgrade of ${step.revision} does not undo its upgrade`,
        revision: step.revision, file: step.path, details: problems, ...where,
      }));
      for (const key of leftovers(change, undone)) ignore.add(key);
    }
    state = after;
    stepped++;
  }
  const ups = climbed.stair.map((s) => s.step);
  const again = await init.run(ups, heads);
  if (!again.ok) {
    const f = failureFinding(again, database);
    // Usually what the incomplete downgrade left behind is in the way: one finding says both.
    const at = findings.findIndex((x) => x.kind === "downgrade-incomplete" && x.revision === again.step.revision);
    if (at >= 0) findings[at] = finding({ ...findings[at]!, details: [...findings[at]!.details ?? [], `upgrading again then failed: ${f.message}`] });
    else findings.push(finding({ ...f, message: `Upgrading again after its downgrade: ${f.message}` }));
    return { findings, stepped, complete: false };
  }
  if (findings.length === 0) {
    const rebuilt = diffSnapshots(climbed.end, await init.snapshot());
    if (!isEmptyDiff(rebuilt)) {
      findings.push(finding({
        kind: "roundtrip-mismatch",
        message: "Upgrading again after the downgrades does not rebuild the schema of the heads",
        details: describeDiff(rebuilt, { added: "extra", removed: "missing" }),
        ...where,
      }));
    }
  }
  return { findings, stepped, complete: true };
}

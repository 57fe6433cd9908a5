import type { VersionChange } from "./version_store.ts";

/** One step of a run as the runner sees it: a script to run (or a stamp) and its bookkeeping. */
export interface PlannedStep {
  readonly revision: string;
  readonly path: string;
  readonly message: string;
  readonly direction: "up" | "down";
  /** Stamps move the version table only; no script runs. */
  readonly stamp: boolean;
  /** Revisions named on the left and right of Alembic's `Running upgrade A -> B` line. */
  readonly fromRevisions: readonly string[];
  readonly toRevisions: readonly string[];
  readonly versionChanges: readonly VersionChange[];
}

/** Alembic's step description: `upgrade 1975ea83b712 -> ae1027a6acf0, add a column`. */
export function describeStep(step: PlannedStep, withMessage: boolean): string {
  const verb = step.stamp ? "stamp_revision" : step.direction === "up" ? "upgrade" : "downgrade";
  const text = `${verb} ${step.fromRevisions.join(", ")} -> ${step.toRevisions.join(", ")}`;
  return withMessage && !step.stamp && step.message ? `${text}, ${step.message}` : text;
}

/** The head set after applying `changes` to `heads`. */
export function applyChanges(heads: readonly string[], changes: readonly VersionChange[]): string[] {
  const next = [...heads];
  for (const change of changes) {
    if (change.kind === "insert") next.push(change.rev);
    else if (change.kind === "delete") next.splice(next.indexOf(change.rev), 1);
    else next[next.indexOf(change.from)] = change.to;
  }
  return next;
}

/**
 * The downgrade that undoes one upgrade step, built from the step itself: the same
 * script run down, and the version rows changed back in reverse order. The planner
 * would need a target identifier, which a merge or a base revision does not have.
 */
import type { PlannedStep } from "../runtime/planned_step.ts";
import type { VersionChange } from "../runtime/version_store.ts";

/** `revision`: the script's declared down revisions and message, for the log line. */
export function inverseStep(up: PlannedStep, revision: { readonly downRevisions: readonly string[]; readonly message: string }): PlannedStep {
  const { downRevisions, message } = revision;
  const shortLog = `downgrade ${up.revision} -> ${downRevisions.join(", ")}`;
  return {
    revision: up.revision,
    path: up.path,
    direction: "down",
    stamp: false,
    shortLog,
    logLine: message ? `${shortLog}, ${message}` : shortLog,
    versionChanges: [...up.versionChanges].reverse().map(invert),
  };
}

function invert(change: VersionChange): VersionChange {
  switch (change.kind) {
    case "insert":
      return { kind: "delete", rev: change.rev };
    case "delete":
      return { kind: "insert", rev: change.rev };
    case "update":
      return { kind: "update", from: change.to, to: change.from };
  }
}

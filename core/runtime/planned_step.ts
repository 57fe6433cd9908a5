import type { VersionChange } from "./version_store.ts";

/** One step of a run as the runner sees it: a script to run (or a stamp) and its bookkeeping. */
export interface PlannedStep {
  /** The script's revision; for a stamp, the revision stamped (or "" when stamping base). */
  readonly revision: string;
  /** The script file; "" for a stamp. */
  readonly path: string;
  readonly direction: "up" | "down";
  /** Stamps move the version table only; no script runs. */
  readonly stamp: boolean;
  /** `upgrade 1975ea83b712 -> ae1027a6acf0`, as in `-- Running <shortLog>`. */
  readonly shortLog: string;
  /** shortLog plus `, message`, as in `INFO  [mig] Running <logLine>`. */
  readonly logLine: string;
  readonly versionChanges: readonly VersionChange[];
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

/** Small helpers for writing revision graphs in tests. */
import type { RevisionHeader } from "../../core/script/revision_header.ts";
import { RevisionMap } from "../../core/graph/mod.ts";
import type { EngineFactory } from "../../core/graph/engine.ts";

export interface RevOptions {
  readonly labels?: readonly string[];
  readonly deps?: readonly string[];
  readonly message?: string;
  readonly doc?: string;
}

export function rev(revision: string, down: readonly string[] = [], options: RevOptions = {}): RevisionHeader {
  const message = options.message ?? `${revision} message`;
  return {
    revision,
    downRevisions: down,
    branchLabels: options.labels ?? [],
    dependsOn: options.deps ?? [],
    message,
    doc: options.doc ?? message,
    path: `/project/migrations/versions/${revision}.ts`,
  };
}

export function mapOf(headers: readonly RevisionHeader[], engine?: EngineFactory): RevisionMap {
  return new RevisionMap(headers, engine ? { engine } : {});
}

/** The message of the RevisionError `fn` throws (fails the test if it does not throw). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

/** Ids of a list of revisions. */
export function ids(revisions: readonly { revision: string }[]): string[] {
  return revisions.map((r) => r.revision);
}

/** Steps of a plan as `shortLog` strings. */
export function logs(plan: { steps: readonly { shortLog: string }[] }): string[] {
  return plan.steps.map((s) => s.shortLog);
}

/** Version-table changes as compact strings: `+a`, `-a`, `a>b`. */
export function changes(plan: { steps: readonly { changes: readonly VersionChangeLike[] }[] }): string[][] {
  return plan.steps.map((s) =>
    s.changes.map((c) => (c.kind === "insert" ? `+${c.rev}` : c.kind === "delete" ? `-${c.rev}` : `${c.from}>${c.to}`)));
}

type VersionChangeLike =
  | { kind: "insert"; rev: string }
  | { kind: "delete"; rev: string }
  | { kind: "update"; from: string; to: string };

/**
 * What one statement of a migration does to the tables that existed before the
 * migration began: the strongest lock it took on them, which it gave new storage
 * (a rewrite) and which indexes it rebuilt. Observed in the dry run (PostgreSQL) or
 * predicted from the statement text.
 */
import type { LockMode } from "./lock_mode.ts";

export interface StatementLabel {
  /** Strongest lock newly taken on a pre-existing relation; null: none. */
  readonly lock: LockMode | null;
  /** The relations it took `lock` on (schema-qualified unless in public). */
  readonly on: readonly string[];
  /** Pre-existing tables given new storage (every row copied). */
  readonly rewrites: readonly string[];
  /** Pre-existing indexes rebuilt without their table being rewritten. */
  readonly rebuilds: readonly string[];
  /** The lock was already held from an earlier statement of the same transaction (nothing new taken). */
  readonly held?: boolean;
}

export const NO_LABEL: StatementLabel = Object.freeze({ lock: null, on: [], rewrites: [], rebuilds: [] });

/** "ACCESS EXCLUSIVE on orders, rewrites the table" */
export function describeLabel(label: StatementLabel): string {
  const parts = [label.lock ? `${label.lock} on ${label.on.join(", ")}${label.held ? " (already held)" : ""}` : "no lock on an existing table"];
  if (label.rewrites.length) {
    parts.push(label.rewrites.length === 1 && label.rewrites[0] === label.on[0] && label.on.length === 1
      ? "rewrites the table" : `rewrites ${label.rewrites.join(", ")}`);
  } else parts.push("no rewrite");
  if (label.rebuilds.length) parts.push(`rebuilds ${label.rebuilds.join(", ")}`);
  return parts.join(", ");
}

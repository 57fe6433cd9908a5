/**
 * `history -r START:END`: the revisions between two ends, newest first. Ends are any
 * identifier, `base`, `heads`, `current` (the database's heads, supplied by the
 * caller), a relative `-N` from the heads, or empty (base, heads).
 */
import { RevisionError } from "../errors.ts";
import { iterateRevisions, type Endpoint } from "./collect.ts";
import { translated } from "./failures.ts";
import type { Resolver } from "./resolve.ts";

export interface HistoryOptions {
  /** `START:END`, `START:` or `:END`; omitted: everything. */
  readonly range?: string | null;
  /** The database's heads, needed when the range says `current`. */
  readonly current?: readonly string[];
}

export interface HistoryRange {
  readonly start: string | null;
  readonly end: string | null;
}

export function parseHistoryRange(range: string): HistoryRange {
  const parts = range.trim().split(":");
  if (parts.length !== 2) throw new RevisionError("History range requires [start]:[end], [start]:, or :[end]");
  return { start: parts[0] || null, end: parts[1] || null };
}

/** True when the range mentions `current`, so the caller must read the database first. */
export function historyNeedsCurrent(range: string | null | undefined): boolean {
  if (!range) return false;
  const { start, end } = parseHistoryRange(range);
  return start === "current" || end === "current";
}

export function historyRevisions(resolver: Resolver, options: HistoryOptions): number[] {
  const { start, end } = options.range ? parseHistoryRange(options.range) : { start: null, end: null };
  const current = options.current;
  if ((start === "current" || end === "current") && current === undefined) {
    throw new RevisionError("History range with 'current' requires the database's current revision");
  }
  // Nothing applied: `:current` is empty (Alembic would list everything).
  if (end === "current" && current!.length === 0) return [];
  const lower: Endpoint = start === "current" ? (current!.length > 0 ? current! : "base") : start ?? "base";
  const upper: Endpoint = end === "current" ? current! : end ?? "heads";
  return translated({ start: start ?? "base", end: end ?? "heads" }, () =>
    iterateRevisions(resolver, { upper, lower, inclusive: true, strictLength: false }));
}

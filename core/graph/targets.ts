/**
 * Upgrade and downgrade targets (`_parse_upgrade_target`, `_parse_downgrade_target`):
 * absolute identifiers, or relative forms `+N`, `-N`, `rev+N`, `rev-N`, `label@+N`,
 * `label@-N`, `label@rev-N`, resolved against the current heads where they are
 * relative to them.
 */
import { RevisionError } from "../errors.ts";
import { EdgeMode } from "./engine.ts";
import { RangeNotAncestorFailure } from "./failures.ts";
import type { Resolver, Walked } from "./resolve.ts";
import { walk } from "./walk.ts";

/** Alembic's `(?:(.+?)@)?(\w+)?((?:\+|-)\d+)`, anchored at the start only. */
const RELATIVE = /^(?:(.+?)@)?([\p{L}\p{N}_]+)?([+-]\d+)/u;

interface Relative {
  readonly branch: string | null;
  readonly symbol: string | null;
  /** As written, with its sign. */
  readonly text: string;
  readonly steps: number;
}

export function parseRelative(target: string): Relative | null {
  const match = RELATIVE.exec(target);
  if (!match) return null;
  return {
    branch: match[1] ?? null,
    symbol: match[2] ?? null,
    text: match[3]!,
    steps: Number.parseInt(match[3]!, 10),
  };
}

function tooFew(text: string | number, steps: number): RevisionError {
  return new RevisionError(`Relative revision ${text} didn't produce ${Math.abs(steps)} migrations`);
}

export interface TargetOptions {
  /** The current heads (ids) relative forms start from. */
  readonly current: readonly string[];
  /** Walking past the end is an error (true) or stops at the last revision. */
  readonly strictLength: boolean;
  /** Receives Alembic's deprecation warnings. */
  readonly warn?: (message: string) => void;
}

/** Where an upgrade goes; relative forms start from `current`. */
export function parseUpgradeTarget(resolver: Resolver, target: string, options: TargetOptions): Walked[] {
  const { current, strictLength } = options;
  const relative = parseRelative(target);
  if (!relative) return resolver.revisions(target);
  const { branch, symbol, text, steps } = relative;
  const noOverwalk = strictLength;
  if (steps <= 0 && symbol === null) throw tooFew(steps, steps);
  let landed: Walked;
  if (steps > 0 && symbol === null) {
    landed = walk(resolver, upgradeStart(resolver, current, branch), steps, { branch, noOverwalk });
  } else if (steps > 0) {
    landed = walk(resolver, resolver.revision(symbol), steps, { branch, noOverwalk });
  } else {
    const start = resolver.revision(branch === null ? symbol : `${branch}@${symbol}`);
    landed = walk(resolver, start, steps, { noOverwalk });
  }
  // Alembic asserts here (`upgrade head+1`, `upgrade head-5`); say what went wrong.
  if (landed === null || landed === "base") throw tooFew(text, steps);
  return [landed];
}

/** The one current revision a `+N` walk starts from, or null for base. */
function upgradeStart(resolver: Resolver, current: readonly string[], branch: string | null): Walked {
  if (!branch) {
    if (current.length > 1) throw new RevisionError("Ambiguous upgrade from multiple current revisions");
    // As Alembic's `_walk`: a symbol such as `base` or `heads` is resolved, not looked up.
    return current.length === 0 ? null : resolver.revision(current[0]!);
  }
  const present = resolver.revisions(current).filter((x): x is number => typeof x === "number");
  let starts: Walked[] = resolver.filterForLineage(present, branch);
  if (starts.length === 0) starts = branchTips(resolver, present, branch);
  if (starts.length > 1) throw new RevisionError("Ambiguous upgrade from multiple current revisions");
  return starts[0] ?? null;
}

/** The branch is not current yet: start from its newest applied revisions, or base. */
function branchTips(resolver: Resolver, current: readonly number[], branch: string): Walked[] {
  const model = resolver.model;
  const applied = model.engine.ancestors(current, EdgeMode.all);
  const appliedIds: number[] = [];
  applied.forEach((bit, i) => bit && appliedIds.push(i));
  const members = resolver.filterForLineage(appliedIds, branch);
  const below = new Set(members.flatMap((i) => model.normalizedDown(i)));
  const tips = members.filter((i) => !below.has(i));
  return tips.length === 0 ? [null] : tips;
}

/** Where a downgrade goes, and the branch it is limited to. */
export function parseDowngradeTarget(
  resolver: Resolver, target: string | null, options: TargetOptions,
): { branch: string | null; target: Walked } {
  const { current, strictLength } = options;
  if (target === null) return { branch: null, target: null };
  const relative = parseRelative(target);
  if (!relative) {
    const at = target.lastIndexOf("@");
    return { branch: at > 0 ? target.slice(0, at) : null, target: resolver.revision(target.slice(at + 1)) };
  }
  const { text, steps } = relative;
  let { branch, symbol } = relative;
  const noOverwalk = strictLength;
  if (steps >= 0) {
    if (symbol === null) throw tooFew(text, steps);
    const landed = walk(resolver, resolver.revision(symbol), steps, { branch, noOverwalk });
    if (landed === null) throw new RevisionError("Walked too far");
    return { branch, target: landed };
  }
  const fromCurrent = symbol === null;
  if (fromCurrent && branch) {
    symbol = currentOnBranch(resolver, current, branch, target);
  } else if (fromCurrent) {
    if (current.length === 0) throw tooFew(text, steps);
    if (new Set(current).size > 1) {
      options.warn?.(
        "downgrade -1 from multiple heads is ambiguous; this usage will be disallowed in a future release.",
      );
    }
    // Alembic walks down from the first current head, staying on its line.
    symbol = current[0]!;
    branch = symbol;
  }
  const start = resolver.revision(branch === null ? symbol : `${branch}@${symbol}`);
  const landed = walk(resolver, start, steps, { noOverwalk });
  if (landed === null) throw fromCurrent ? tooFew(text, steps) : new RevisionError("Walked too far");
  return { branch, target: landed };
}

/** The single current head on `branch`, counting heads implied through dependencies. */
function currentOnBranch(resolver: Resolver, current: readonly string[], branch: string, target: string): string {
  const heads = current.map((id) => resolver.forIdent(id)).filter((x): x is number => x !== null);
  let found = resolver.filterForLineage(heads, branch);
  if (found.length === 0) found = resolver.filterForLineage(resolver.allCurrent(current), branch);
  // Alembic asserts exactly one; none means the branch is not applied at all.
  if (found.length === 0) throw new RangeNotAncestorFailure(target, current.join(", ") || "base");
  if (found.length > 1) throw new RevisionError("Ambiguous walk");
  return resolver.name(found[0]!);
}

/**
 * Which revisions a walk covers (`iterate_revisions`): for upgrades and history, what
 * the upper end needs minus what the lower end already implies; for downgrades, what
 * sits at or above the target among what the current heads imply. Results are
 * revision numbers, newest first.
 */
import { RevisionError } from "../errors.ts";
import { EdgeMode } from "./engine.ts";
import { RangeNotAncestorFailure } from "./failures.ts";
import { checkOverlap } from "./overlap.ts";
import type { Resolver, Walked } from "./resolve.ts";
import { parseDowngradeTarget, parseRelative, parseUpgradeTarget } from "./targets.ts";
import { walk } from "./walk.ts";

/** An identifier as typed, or the ids of a set of heads (e.g. from the version table). */
export type Endpoint = string | readonly string[] | null;

export interface IterateOptions {
  readonly upper: Endpoint;
  readonly lower: Endpoint;
  /** Include the lower revisions themselves. */
  readonly inclusive?: boolean;
  /** Also take what the upper end needs from other bases. */
  readonly implicitBase?: boolean;
  /** Relative identifiers must take exactly the steps asked for. */
  readonly strictLength?: boolean;
  readonly downgrade?: boolean;
  readonly warn?: (message: string) => void;
}

export function iterateRevisions(resolver: Resolver, options: IterateOptions): number[] {
  const members = options.downgrade ? collectDowngrade(resolver, options) : collectUpgrade(resolver, options);
  return [...resolver.model.engine.order(members)];
}

function asTuple(endpoint: Endpoint): readonly string[] {
  if (endpoint === null) return [];
  return typeof endpoint === "string" ? [endpoint] : endpoint;
}

function text(endpoint: Endpoint): string {
  return asTuple(endpoint).join(", ") || "base";
}

function numbers(walked: readonly Walked[]): number[] {
  return walked.filter((x): x is number => typeof x === "number");
}

function members(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
  return out;
}

function collectUpgrade(resolver: Resolver, options: IterateOptions): number[] {
  const { upper, lower } = options;
  const model = resolver.model;
  const strictLength = options.strictLength ?? true;
  let targets = numbers(
    typeof upper === "string"
      ? parseUpgradeTarget(resolver, upper, { current: asTuple(lower), strictLength })
      : resolver.revisions(upper),
  );
  if (typeof lower === "string" && lower.includes("@")) targets = onBranchOf(resolver, lower, targets);
  checkOverlap(model, targets, { below: true, mode: EdgeMode.all });
  const current = lowerRevisions(resolver, lower, strictLength);
  if (!options.implicitBase) {
    const required = model.engine.ancestors(targets, EdgeMode.all);
    if (current.some((c) => required[c] !== 1)) throw new RangeNotAncestorFailure(text(lower), text(upper));
  }
  checkOverlap(model, current, { below: true, mode: EdgeMode.all });
  if (!options.implicitBase) checkOverlap(model, current, { below: false, mode: EdgeMode.versioned });
  const needs = model.engine.upgradeSet(targets, current, {
    implicitBase: options.implicitBase ?? false,
    inclusive: options.inclusive ?? false,
    checkAncestry: false,
  });
  if (!needs.ok) throw new RangeNotAncestorFailure(text(lower), text(upper));
  return members(needs.mask);
}

/**
 * `label@...` as the lower end keeps only targets on that branch. A revision id there
 * stands for its branch: Alembic insists on exactly one label; with none we keep its
 * line of descent, with several any of them.
 */
function onBranchOf(resolver: Resolver, lower: string, targets: number[]): number[] {
  const model = resolver.model;
  const name = lower.slice(0, lower.indexOf("@"));
  if (model.keys.label(name) !== undefined) return targets.filter((t) => model.labels[t]!.includes(name));
  const owner = resolver.revision(name);
  if (owner === null) return targets.filter((t) => model.labels[t]!.includes(name));
  const labels = model.labels[owner]!;
  if (labels.length === 0) return model.sharingLineage(targets, [owner]);
  return targets.filter((t) => model.labels[t]!.some((label) => labels.includes(label)));
}

/**
 * The revisions the lower end names. A relative lower end (`-N`, `label@-N`) walks down
 * from the heads; without strict length a walk that runs out stops at base (Alembic
 * fails there with an unrelated error).
 */
function lowerRevisions(resolver: Resolver, lower: Endpoint, strictLength: boolean): number[] {
  if (typeof lower !== "string") return numbers(resolver.revisions(lower));
  const relative = parseRelative(lower);
  if (!relative || relative.symbol !== null || relative.steps >= 0) return numbers(resolver.revisions(lower));
  const model = resolver.model;
  let heads = model.realHeads;
  if (relative.branch !== null) heads = heads.filter((h) => model.labels[h]!.includes(relative.branch!));
  const landed = heads.map((head) => walk(resolver, head, relative.steps, { noOverwalk: strictLength }));
  if (landed.includes(null)) {
    throw new RevisionError(
      `Relative revision ${relative.text} didn't produce ${Math.abs(relative.steps)} migrations`,
    );
  }
  return numbers(landed);
}

function collectDowngrade(resolver: Resolver, options: IterateOptions): number[] {
  const { upper, lower } = options;
  const model = resolver.model;
  if (typeof lower !== "string" && lower !== null) throw new RevisionError("Expected downgrade target in string form");
  const parsed = parseDowngradeTarget(resolver, lower, {
    current: asTuple(upper),
    strictLength: options.strictLength ?? true,
    ...(options.warn ? { warn: options.warn } : {}),
  });
  const target = parsed.target === "base" ? null : parsed.target;
  let roots: number[];
  if (target === null) roots = [...model.bases];
  else if (options.inclusive) roots = [target];
  else roots = [...model.children(target)];
  if (parsed.branch && roots.length > 1) {
    const branch = resolver.resolveBranch(parsed.branch);
    const below = model.engine.ancestors(branch === null ? [] : [branch], EdgeMode.versioned);
    roots = roots.filter((r) => below[r] === 1);
    if (roots.length === 0) throw new RevisionError("Not a valid downgrade target from current heads");
  }
  const heads = numbers(resolver.revisions(upper));
  const drop = members(model.engine.downgradeSet(roots, heads, options.implicitBase ?? false));
  if (target !== null && drop.length === 0 && !heads.includes(target)) {
    throw new RangeNotAncestorFailure("Nothing to drop", text(upper));
  }
  return drop;
}

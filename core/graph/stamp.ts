/**
 * Stamping (`_stamp_revs`): move the version table to the given revisions without
 * running scripts. Each target moves the current heads on its line of descent up or
 * down to it in one step, or starts a new branch row; `base` removes rows.
 */
import { EdgeMode } from "./engine.ts";
import type { Movement } from "./bookkeeping.ts";
import { translated } from "./failures.ts";
import { buildPlan, type Plan, type PlanContext } from "./plan.ts";

export function planStamp(context: PlanContext, current: readonly string[], targets: readonly string[]): Plan {
  const wording = { multipleHeads: "Multiple heads are present; please specify a single target revision" };
  return translated(wording, () => buildPlan(context, { current, moves: stampMoves(context, current, targets) }));
}

function stampMoves(context: PlanContext, current: readonly string[], targets: readonly string[]): Movement[] {
  const { resolver } = context;
  const engine = resolver.model.engine;
  const heads = resolver.revisions(current).filter((x): x is number => typeof x === "number");
  const wanted = targets.length === 0 ? ["base"] : targets;
  const onLine = [...new Set(wanted.filter((t) => t).flatMap((t) => resolver.filterForLineage(heads, t, true)))];
  // A target like `-1` can name one revision twice; stamping it once is what was meant.
  const destinations = [...new Set(resolver.revisions(wanted))];
  const moves: Movement[] = [];
  for (const dest of destinations.length === 0 ? [null] : destinations) {
    if (typeof dest !== "number") {
      for (const head of onLine) moves.push({ kind: "stamp", from: [head], to: [], upgrade: false, branchMove: true });
      continue;
    }
    if (onLine.includes(dest)) continue;
    const above = engine.descendants([dest], EdgeMode.all);
    const below = engine.ancestors([dest], EdgeMode.all);
    if (onLine.some((h) => above[h] === 1)) {
      moves.push({ kind: "stamp", from: onLine, to: [dest], upgrade: false, branchMove: false });
    } else if (onLine.some((h) => below[h] === 1)) {
      moves.push({ kind: "stamp", from: onLine, to: [dest], upgrade: true, branchMove: false });
    } else {
      moves.push({ kind: "stamp", from: [], to: [dest], upgrade: true, branchMove: true });
    }
  }
  return moves;
}

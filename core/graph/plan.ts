/**
 * Plans: the ordered steps an upgrade, downgrade or stamp takes from a set of current
 * heads, each with Alembic's log wording and the version-table rows it changes. Pure;
 * the runner executes them, the offline writer prints them.
 */
import { HeadTracker, type Movement, type VersionChange } from "./bookkeeping.ts";
import { iterateRevisions } from "./collect.ts";
import { translated } from "./failures.ts";
import type { Resolver } from "./resolve.ts";
import type { Revision } from "./revision.ts";

export interface PlanStep {
  /** The name in log lines: the script function run, or `stamp_revision`. */
  readonly name: "upgrade" | "downgrade" | "stamp_revision";
  /** Direction; a stamp can move either way. */
  readonly upgrade: boolean;
  /** The script to run; null for a stamp. */
  readonly revision: Revision | null;
  /** Ids before and after the arrow in log lines (down revisions as declared, no dependencies). */
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Version-table rows this step changes, in execution order. */
  readonly changes: readonly VersionChange[];
  /** `upgrade 1975ea83b712 -> ae1027a6acf0`, as in `-- Running <shortLog>`. */
  readonly shortLog: string;
  /** shortLog plus `, message` when the script has one, as in `Running <logLine>`. */
  readonly logLine: string;
}

export interface Plan {
  readonly steps: readonly PlanStep[];
  /** The current heads the plan starts from. */
  readonly headsBefore: readonly string[];
  /** The version table's rows once every step has run. */
  readonly headsAfter: readonly string[];
  /** Alembic's warnings (e.g. `downgrade -1` from several heads), not printed here. */
  readonly warnings: readonly string[];
}

/** What plans need from the map. */
export interface PlanContext {
  readonly resolver: Resolver;
  readonly view: (index: number) => Revision;
}

export function planUpgrade(context: PlanContext, current: readonly string[], target: string): Plan {
  const wording = { ancestor: "Destination {end} is not a valid upgrade target from current head(s)", end: target };
  return translated(wording, () => {
    const order = iterateRevisions(context.resolver, { upper: target, lower: current, implicitBase: true });
    const moves = order.reverse().map((revision): Movement => ({ kind: "revision", revision, upgrade: true }));
    return buildPlan(context, { current, moves });
  });
}

export function planDowngrade(context: PlanContext, current: readonly string[], target: string): Plan {
  const wording = { ancestor: "Destination {end} is not a valid downgrade target from current head(s)", end: target };
  return translated(wording, () => {
    const warnings: string[] = [];
    const order = iterateRevisions(context.resolver, {
      upper: current, lower: target, downgrade: true, warn: (message) => warnings.push(message),
    });
    const moves = order.map((revision): Movement => ({ kind: "revision", revision, upgrade: false }));
    return buildPlan(context, { current, moves, warnings });
  });
}

export interface PlanParts {
  readonly current: readonly string[];
  readonly moves: readonly Movement[];
  readonly warnings?: readonly string[];
}

/** Replays the moves over the current heads, recording each step's rows. */
export function buildPlan(context: PlanContext, parts: PlanParts): Plan {
  const { resolver, view } = context;
  const { current, moves, warnings = [] } = parts;
  const known = resolver.revisions(current).filter((x): x is number => typeof x === "number");
  const tracker = new HeadTracker(resolver.model, known);
  const steps = moves.map((move): PlanStep => {
    const changes = tracker.apply(move);
    if (move.kind === "stamp") {
      const ids = (list: readonly number[]) => list.map((i) => resolver.name(i));
      return step({ name: "stamp_revision", upgrade: move.upgrade, revision: null, from: ids(move.from), to: ids(move.to), changes });
    }
    const revision = view(move.revision);
    const [from, to] = move.upgrade
      ? [revision.downRevisions, [revision.revision]]
      : [[revision.revision], revision.downRevisions];
    return step({
      name: move.upgrade ? "upgrade" : "downgrade", upgrade: move.upgrade, revision, from, to, changes,
    });
  });
  return {
    steps,
    headsBefore: [...current],
    headsAfter: tracker.heads.map((i) => resolver.name(i)),
    warnings,
  };
}

function step(parts: Omit<PlanStep, "shortLog" | "logLine">): PlanStep {
  const shortLog = `${parts.name} ${parts.from.join(", ")} -> ${parts.to.join(", ")}`;
  const message = parts.revision?.message ?? "";
  return { ...parts, shortLog, logLine: message ? `${shortLog}, ${message}` : shortLog };
}

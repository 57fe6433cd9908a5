/**
 * The stairway's first flight: every upgrade from the start to the heads. Revisions on
 * the stair (see `onStair`) run alone, with the schema read before and after, so the
 * descent can hold each downgrade to what its upgrade changed; the others are batched.
 */
import type { PlannedStep } from "../runtime/planned_step.ts";
import type { SchemaSnapshot } from "../schema_snapshot.ts";
import { failureFinding } from "./failure_finding.ts";
import type { Finding } from "./finding.ts";
import { diffSnapshots, type SchemaDiff } from "./schema_diff.ts";
import type { StairwayInit } from "./stairway.ts";

export interface Climbed {
  readonly ok: boolean;
  readonly findings: Finding[];
  /** The stair's upgrade steps in the order they ran, each with what it changed. */
  readonly stair: readonly { readonly step: PlannedStep; readonly change: SchemaDiff }[];
  readonly heads: readonly string[];
  readonly start: SchemaSnapshot;
  readonly end: SchemaSnapshot;
}

/** Revisions whose downgrade is tried: in focus, and neither lacking one nor below one that does. */
export function onStair(init: Pick<StairwayInit, "map" | "focus" | "withoutDowngrade">): (revision: string) => boolean {
  const blocked = new Set<string>();
  const queue = [...init.withoutDowngrade];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (blocked.has(id)) continue;
    blocked.add(id);
    queue.push(...(init.map.get(id)?.normalizedDownRevisions ?? []));
  }
  return (revision) => !blocked.has(revision) && (init.focus === undefined || init.focus.has(revision));
}

export async function climb(init: StairwayInit): Promise<Climbed> {
  const stairs = onStair(init);
  const start = await init.snapshot();
  const stair: { step: PlannedStep; change: SchemaDiff }[] = [];
  let state = start;
  let heads: readonly string[] = init.startHeads;
  let pending: PlannedStep[] = [];
  const failed = (outcome: { step: PlannedStep; error: unknown; heads: readonly string[] }): Climbed => ({
    ok: false, findings: [failureFinding(outcome, init.database)], stair, heads: outcome.heads, start, end: state,
  });
  const flush = async () => {
    if (pending.length === 0) return undefined;
    const outcome = await init.run(pending, heads);
    pending = [];
    if (!outcome.ok) return failed(outcome);
    heads = outcome.heads;
    state = await init.snapshot();
    return undefined;
  };
  for (const step of init.steps) {
    if (!stairs(step.revision)) {
      pending.push(step);
      continue;
    }
    const stop = await flush();
    if (stop) return stop;
    const outcome = await init.run([step], heads);
    if (!outcome.ok) return failed(outcome);
    heads = outcome.heads;
    const after = await init.snapshot();
    stair.push({ step, change: diffSnapshots(state, after) });
    state = after;
  }
  const stop = await flush();
  if (stop) return stop;
  return { ok: true, findings: [], stair, heads, start, end: state };
}

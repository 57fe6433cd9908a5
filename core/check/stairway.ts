/**
 * The stairway, in three flights: upgrade from the start to the heads one revision at a
 * time, recording what each upgrade changed in the schema; downgrade back one revision
 * at a time, each downgrade having to undo exactly what its upgrade did; then upgrade
 * to the heads again, which must rebuild the same schema. A failed upgrade stops the
 * climb (later revisions build on it); a failed downgrade stops the descent.
 */
import type { RevisionMap } from "../graph/mod.ts";
import type { PlannedStep } from "../runtime/planned_step.ts";
import type { SchemaSnapshot } from "../schema_snapshot.ts";
import { climb } from "./climb.ts";
import { descend } from "./descend.ts";
import type { Finding } from "./finding.ts";
import type { StepOutcome } from "./step_runner.ts";

export interface StairwayInit {
  readonly map: RevisionMap;
  /** The upgrade from the start heads to the heads, as the runner's steps. */
  readonly steps: readonly PlannedStep[];
  readonly startHeads: readonly string[];
  /** Runs steps (recording what they execute) and reports the outcome. */
  readonly run: (steps: readonly PlannedStep[], heads: readonly string[]) => Promise<StepOutcome>;
  readonly snapshot: () => Promise<SchemaSnapshot>;
  /** Revisions to take down and up again; the rest are only upgraded (`--staged`). */
  readonly focus: ReadonlySet<string> | undefined;
  readonly withoutDowngrade: ReadonlySet<string>;
  readonly database?: string;
}

export interface StairwayResult {
  readonly findings: readonly Finding[];
  /** Revisions that went down and up again. */
  readonly stepped: number;
  /** Every revision went down to the start and the heads were rebuilt. */
  readonly complete: boolean;
}

export async function stairway(init: StairwayInit): Promise<StairwayResult> {
  const up = await climb(init);
  if (!up.ok) return { findings: up.findings, stepped: 0, complete: false };
  const down = await descend({ ...init, climbed: up });
  return { findings: [...up.findings, ...down.findings], stepped: down.stepped, complete: down.complete };
}

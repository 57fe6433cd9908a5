/** A statement's label where observation alone does not give it: predicted, or a lock already held. */
import type { StatementLabel } from "./label.ts";
import { type LockMode, lockRank } from "./lock_mode.ts";
import type { predictStatement } from "./predict_postgresql.ts";
import type { Shape } from "./shape.ts";

/**
 * Observed nothing new, though the statement locks tables its transaction already
 * locked as strongly: the label says so rather than "no lock".
 */
export function heldLabel(
  observed: StatementLabel | undefined, shapes: readonly Shape[], prediction: ReturnType<typeof predictStatement>,
  taken: ReadonlyMap<string, LockMode>,
): StatementLabel | undefined {
  if (!observed || observed.lock !== null || prediction.lock === null) return undefined;
  const tables = predictedLabel(shapes, prediction).on.filter((t) => lockRank(taken.get(t)) >= lockRank(prediction.lock));
  if (tables.length === 0) return undefined;
  return { ...observed, lock: prediction.lock, on: tables, held: true };
}

/** Where nothing was observed: the documented lock on the shapes' tables. */
export function predictedLabel(shapes: readonly Shape[], prediction: ReturnType<typeof predictStatement>): StatementLabel {
  const tables = [...new Set(shapes.flatMap((s) => ("table" in s ? [s.table] : "tables" in s ? [...s.tables] : [])))];
  return {
    lock: prediction.lock, on: prediction.lock ? tables : [],
    rewrites: prediction.rewrite ? tables : [], rebuilds: [],
  };
}

/**
 * Freezing helpers for op nodes. Nodes are shared between the script, the runner and the
 * compilers; freezing them means no stage can quietly change what another stage sees.
 */

/** Freeze a plain object (shallow: its arrays are frozen by the callers via `list`). */
export function frozen<const T extends object>(value: T): T {
  return Object.freeze(value);
}

/** A frozen copy of a list, so the caller's array can change without touching the node. */
export function list<T>(items: Iterable<T>): readonly T[] {
  return Object.freeze([...items]);
}

/** Drop keys whose value is `undefined`, so nodes compare and print cleanly. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

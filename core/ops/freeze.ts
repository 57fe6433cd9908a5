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

/**
 * A copy without the keys whose value is `undefined`, so nodes compare and print cleanly.
 * Copying rather than `delete` keeps the objects in the engine's fast shape; scripts build
 * thousands of them per run.
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

/** Durations of the timeout ops: `"5s"`, `"500ms"`, `"2min"`, `"1h"`, or a number of milliseconds. */

import { ScriptError } from "../errors.ts";

export interface Duration {
  readonly ms: number;
  /** As written when it is already PostgreSQL's syntax (`'5s'` reads better in `--sql` than `'5000ms'`). */
  readonly text: string;
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };

export function parseDuration(value: string | number, what: string): Duration {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0) throw new ScriptError(`${what}: ${value} is not a whole number of milliseconds`);
    return Object.freeze({ ms: value, text: `${value}ms` });
  }
  const m = /^\s*(\d+)\s*(ms|s|min|h)\s*$/.exec(String(value));
  if (!m) throw new ScriptError(`${what}: '${value}' is not a duration such as "5s", "500ms", "2min" or "1h"`);
  return Object.freeze({ ms: Number(m[1]) * UNIT_MS[m[2]!]!, text: `${m[1]}${m[2]}` });
}

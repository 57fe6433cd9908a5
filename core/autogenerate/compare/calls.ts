/**
 * Building op calls: the argument shapes of `op.*` and `batch.*`, and where each method
 * takes its table and its options, so a table's calls can be written either way.
 */

import type { BatchCall, OpCall, OpMethod } from "../op_call.ts";

export const call = (method: OpMethod, ...args: unknown[]): OpCall => {
  while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  return Object.freeze({ method, args: Object.freeze(args) });
};

/** Drops undefined values; undefined for an empty object (so the argument is left out). */
export function options(value: Record<string, unknown>): Record<string, unknown> | undefined {
  const out = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  return Object.keys(out).length === 0 ? undefined : out;
}

/** Index of the table among `op.*` arguments; `batch.*` leaves it out. */
export const TABLE_ARG: Partial<Record<OpMethod, number>> = {
  addColumn: 0, dropColumn: 0, alterColumn: 0, createTableComment: 0, dropTableComment: 0,
  createIndex: 1, createUniqueConstraint: 1, createCheckConstraint: 1, createPrimaryKey: 1,
  dropConstraint: 1, createForeignKey: 1,
};

/** Index of the options object among `op.*` arguments, and the key its schema goes under. */
const OPTIONS_ARG: Partial<Record<OpMethod, [number, string]>> = {
  createTable: [2, "schema"], dropTable: [1, "schema"], renameTable: [2, "schema"],
  addColumn: [2, "schema"], dropColumn: [2, "schema"], alterColumn: [2, "schema"],
  createIndex: [3, "schema"], dropIndex: [1, "schema"], createUniqueConstraint: [3, "schema"],
  createForeignKey: [5, "sourceSchema"], createCheckConstraint: [3, "schema"], createPrimaryKey: [3, "schema"],
  dropConstraint: [2, "schema"], createTableComment: [2, "schema"], dropTableComment: [1, "schema"],
};

/** The call with `schema` in its options (no change for the default schema). */
export function inSchema(c: OpCall, schema: string | undefined): OpCall {
  const where = OPTIONS_ARG[c.method];
  if (schema === undefined || where === undefined) return c;
  const [at, key] = where;
  const args = [...c.args];
  while (args.length < at) args.push(undefined);
  args[at] = { ...(args[at] as object | undefined), [key]: schema };
  return Object.freeze({ method: c.method, args: Object.freeze(args) });
}

/** A table's calls as one `op.batchAlterTable` (SQLite rebuilds the table for what ALTER cannot do). */
export function asBatch(table: string, schema: string | undefined, calls: readonly OpCall[]): BatchCall {
  const inner = calls.map((c) => {
    const at = TABLE_ARG[c.method];
    const args = at === undefined ? [...c.args] : [...c.args.slice(0, at), ...c.args.slice(at + 1)];
    if (c.method === "dropIndex") {
      const { table: _t, ...rest } = (args[1] ?? {}) as Record<string, unknown>;
      args[1] = options(rest);
    }
    return call(c.method, ...args);
  });
  return Object.freeze({
    method: "batchAlterTable" as const, table, options: Object.freeze(schema ? { schema } : {}), calls: Object.freeze(inner),
  });
}

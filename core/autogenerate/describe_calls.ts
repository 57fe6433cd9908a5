/**
 * One line per op call, the way Alembic logs what autogenerate detected
 * (`Detected added table 'users'`), for the log, the proof's differences and `mig check`.
 */

import type { ColumnElement } from "../ops/elements/column.ts";
import type { AutogenCall, OpCall } from "./op_call.ts";

export function describeCalls(calls: readonly AutogenCall[]): string[] {
  return calls.flatMap((call) => {
    if (call.method === "batchAlterTable") return call.calls.map((inner) => describe(inner, call.table, true));
    if (call.method === "autocommitBlock") return call.calls.map((inner) => describe(inner));
    return [describe(call)];
  });
}

const q = (value: unknown) => `'${String(value)}'`;

/** Where `op.*` takes the table among its arguments; `batch.*` leaves it out. */
const TABLE_POSITION: Partial<Record<OpCall["method"], number>> = {
  addColumn: 0, dropColumn: 0, alterColumn: 0, createTableComment: 0, dropTableComment: 0,
  createIndex: 1, createUniqueConstraint: 1, createCheckConstraint: 1, createPrimaryKey: 1,
  dropConstraint: 1, createForeignKey: 1,
};

/** A `batch.*` call's arguments as the matching `op.*` call takes them. */
export function opArguments(call: OpCall, table: string): unknown[] {
  const at = TABLE_POSITION[call.method];
  if (at === undefined) return [...call.args];
  return [...call.args.slice(0, at), table, ...call.args.slice(at)];
}

function describe(call: OpCall, batchTable?: string, batch = false): string {
  const args = batch ? opArguments(call, batchTable!) : call.args;
  const [a, b, c] = args as [unknown, unknown, unknown];
  const column = (table: unknown, col: unknown) => q(`${String(table)}.${String(col)}`);
  switch (call.method) {
    case "createTable": return `Detected added table ${q(a)}`;
    case "dropTable": return `Detected removed table ${q(a)}`;
    case "renameTable": return `Detected renamed table ${q(a)} to ${q(b)}`;
    case "addColumn": return `Detected added column ${column(a, (b as ColumnElement).name)}`;
    case "dropColumn": return `Detected removed column ${column(a, b)}`;
    case "alterColumn": {
      const changes = Object.keys((c ?? {}) as object).filter((k) => !k.startsWith("existing") && k !== "schema");
      return `Detected changed column ${column(a, b)} (${changes.join(", ") || "no change"})`;
    }
    case "createIndex": return `Detected added index ${q(a)} on ${q(b)}`;
    case "dropIndex": return `Detected removed index ${q(a)}`;
    case "createUniqueConstraint": return `Detected added unique constraint ${q(a)} on ${q(b)}`;
    case "createForeignKey": return `Detected added foreign key ${q(a)} on ${q(b)}`;
    case "createCheckConstraint": return `Detected added check constraint ${q(a)} on ${q(b)}`;
    case "createPrimaryKey": return `Detected added primary key ${q(a)} on ${q(b)}`;
    case "dropConstraint": return `Detected removed constraint ${q(a)} on ${q(b)}`;
    case "createTableComment": return `Detected changed comment on table ${q(a)}`;
    case "dropTableComment": return `Detected removed comment on table ${q(a)}`;
    case "execute": return `Detected a change expressed as SQL: ${String(typeof a === "string" ? a : (a as { text?: string })?.text ?? a).split("\n")[0]}`;
  }
}

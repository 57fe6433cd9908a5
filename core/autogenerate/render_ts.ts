/**
 * Op calls as the lines of a script body: one statement per call, `op.createTable` with
 * one element per line, batches and autocommit blocks as the callbacks a person writes.
 */

import type { AutogenCall, OpCall } from "./op_call.ts";
import { object, type TypeFor, value } from "./render_values.ts";

export interface RenderOptions {
  /** Prefix of every line (the function body's indentation). */
  readonly indent?: string;
  /** Catalog types as builders (`t.string(50)` for `character varying(50)`). */
  readonly typeFor?: TypeFor;
}

const STEP = "  ";
const same: TypeFor = (_t, _c, type) => type;

export function renderCalls(calls: readonly AutogenCall[], options: RenderOptions = {}): string[] {
  const indent = options.indent ?? "";
  const typeFor = options.typeFor ?? same;
  return calls.flatMap((c) => {
    if (c.method === "autocommitBlock") {
      return [`${indent}op.autocommitBlock(() => {`, ...renderCalls(c.calls, { typeFor, indent: indent + STEP }), `${indent}});`];
    }
    if (c.method === "batchAlterTable") {
      const opts = Object.keys(c.options).length ? `, ${object(c.options, typeFor, c.table)}` : "";
      return [
        `${indent}op.batchAlterTable(${JSON.stringify(c.table)}, (batch) => {`,
        ...c.calls.map((inner) => `${indent}${STEP}${statement("batch", inner, typeFor, c.table)}`),
        `${indent}}${opts});`,
      ];
    }
    if (c.method === "createTable") return createTable(c, typeFor, indent);
    return [`${indent}${statement("op", c, typeFor, tableOf(c))}`];
  });
}

function statement(receiver: string, c: OpCall, typeFor: TypeFor, table: string): string {
  const column = c.method === "alterColumn" ? String(c.args[receiver === "op" ? 1 : 0]) : "";
  const args = c.args.map((a) => (isOptions(a) ? object(a as Record<string, unknown>, typeFor, table, column) : value(a, typeFor, table)));
  return `${receiver}.${c.method}(${args.join(", ")});`;
}

function createTable(c: OpCall, typeFor: TypeFor, indent: string): string[] {
  const [name, elements, options] = c.args as [string, readonly unknown[], Record<string, unknown> | undefined];
  const tail = options === undefined ? "" : `, ${object(options, typeFor, name)}`;
  return [
    `${indent}op.createTable(${JSON.stringify(name)}, [`,
    ...elements.map((e) => `${indent}${STEP}${value(e, typeFor, name)},`),
    `${indent}]${tail});`,
  ];
}

/** The table a call acts on, for typeFor. */
function tableOf(c: OpCall): string {
  const at = ["createIndex", "createUniqueConstraint", "createCheckConstraint", "createPrimaryKey", "dropConstraint", "createForeignKey"]
    .includes(c.method) ? 1 : 0;
  return String(c.args[at] ?? "");
}

const isOptions = (a: unknown) =>
  typeof a === "object" && a !== null && !Array.isArray(a) && !("kind" in a);

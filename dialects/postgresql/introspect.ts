/**
 * Read a table back from pg_catalog: columns (types as `format_type` prints them, enums as
 * enum types with their labels), defaults, comments, constraints, indexes, and for each
 * enum type how many columns in the database use it (so drops know when a type is free).
 * JSON aggregates keep the rows driver-neutral (postgres.js and PGlite parse arrays differently).
 */

import { NoSuchTableError, type QueryFn } from "../../core/dialect.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { ConstraintElement, IndexElement } from "../../core/ops/elements/constraint.ts";
import type { TypeNode } from "../../core/ops/elements/type.ts";
import { sqlText } from "../../core/ops/sql.ts";
import { defineTable, type TableDefinition } from "../../core/ops/table_definition.ts";
import { enumKey } from "./enums.ts";
import { COLUMNS_SQL, CONSTRAINTS_SQL, ENUM_COLUMN_COUNT_SQL, INDEXES_SQL, TABLE_SQL } from "./introspect_sql.ts";

const ACTIONS: Readonly<Record<string, string>> = { r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

export async function introspectPostgresql(query: QueryFn, table: string, schema?: string): Promise<TableDefinition> {
  const params = [table, schema ?? null];
  const [found] = await query(TABLE_SQL, params);
  if (!found) throw new NoSuchTableError(table, schema);
  const enumUsage: Record<string, number> = {};
  const columns = (await query(COLUMNS_SQL, params)).map((r): ColumnElement => {
    const type = columnType(r);
    if (type.kind === "enum") enumUsage[enumKey(type)] = Number(r.users);
    return Object.freeze({
      kind: "column", name: String(r.name), type, nullable: !r.notnull, primaryKey: false, unique: false, index: false,
      ...(r.dflt == null ? {} : { serverDefault: sqlText(String(r.dflt)) }),
      ...(r.comment == null ? {} : { comment: String(r.comment) }),
    });
  });
  const constraints = (await query(CONSTRAINTS_SQL, params)).map(constraint);
  const indexes = (await query(INDEXES_SQL, params)).map((r): IndexElement => {
    const cols = JSON.parse(String(r.columns ?? "[]")) as string[];
    const raw = r.partial || r.has_expr;
    return Object.freeze({
      kind: "index", name: String(r.name), unique: Boolean(r.is_unique), columns: cols,
      ...(raw ? { sql: String(r.def) } : {}),
    });
  });
  return defineTable(table, [...columns, ...constraints, ...indexes], {
    ...(schema === undefined ? {} : { schema }),
    ...(found.comment == null ? {} : { comment: String(found.comment) }),
    enumUsage,
  });
}

/**
 * The runner reflects a table only to learn which enum types a drop frees (enums.ts). Most
 * tables have no enum column: one small query says so, and the full read (several catalog
 * queries, ~8 ms each in PGlite) runs only for the tables that do.
 */
export async function reflectPostgresql(query: QueryFn, table: string, schema?: string): Promise<TableDefinition> {
  const [found] = await query(ENUM_COLUMN_COUNT_SQL, [table, schema ?? null]);
  if (!found) throw new NoSuchTableError(table, schema);
  if (Number(found.enums) > 0) return introspectPostgresql(query, table, schema);
  return defineTable(table, [], { ...(schema === undefined ? {} : { schema }), enumUsage: {} });
}

function columnType(r: Record<string, unknown>): TypeNode {
  if (r.typtype !== "e") return Object.freeze({ kind: "raw", sql: String(r.type) });
  return Object.freeze({
    kind: "enum", name: String(r.typname), values: JSON.parse(String(r.labels)) as string[], create: false,
    ...(r.typ_in_current ? {} : { schema: String(r.typschema) }),
  });
}

/** A constraint row of CONSTRAINTS_SQL (or the catalog's query, which has the same columns). */
export function constraint(r: Record<string, unknown>): ConstraintElement {
  const name = String(r.name);
  const columns = JSON.parse(String(r.columns ?? "[]")) as string[];
  switch (r.type) {
    case "p":
      return Object.freeze({ kind: "primaryKey", name, columns });
    case "u":
      return Object.freeze({ kind: "unique", name, columns, ...deferral(r) });
    case "c": {
      const def = String(r.def).replace(/ NOT VALID$/, "");
      const condition = unwrapCheck(/^CHECK \((.*)\)$/s.exec(def)?.[1] ?? def);
      return Object.freeze({ kind: "check", name, condition: sqlText(condition) });
    }
    default:
      return Object.freeze({
        kind: "foreignKey", name, columns, refTable: String(r.ref_table),
        refColumns: JSON.parse(String(r.ref_columns ?? "[]")) as string[],
        ...(r.ref_in_current ? {} : { refSchema: String(r.ref_schema) }),
        ...(ACTIONS[String(r.on_delete)] ? { onDelete: ACTIONS[String(r.on_delete)] } : {}),
        ...(ACTIONS[String(r.on_update)] ? { onUpdate: ACTIONS[String(r.on_update)] } : {}),
        ...deferral(r),
      });
  }
}

function deferral(r: Record<string, unknown>) {
  return r.deferrable ? { deferrable: true, ...(r.deferred ? { initially: "DEFERRED" } : {}) } : {};
}

/** PostgreSQL prints `CHECK ((a > 0))`: drop the pair of parentheses wrapping the whole condition. */
export function unwrapCheck(text: string): string {
  if (!text.startsWith("(") || !text.endsWith(")")) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0 && i < text.length - 1) return text;
  }
  return text.slice(1, -1);
}

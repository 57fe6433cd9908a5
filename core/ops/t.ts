/**
 * `t`: column, type, constraint and SQL-expression builders used inside `op.*` calls.
 * Everything returned is a frozen element node; nothing here talks to a database.
 */

import { ScriptError } from "../errors.ts";
import type { ColumnElement, ColumnReference } from "./elements/column.ts";
import type {
  CheckElement, ForeignKeyElement, IndexElement, PrimaryKeyElement, UniqueElement,
} from "./elements/constraint.ts";
import type { EnumType, TypeNode } from "./elements/type.ts";
import { compact, frozen, list } from "./freeze.ts";
import { isSql, type Sql, sqlLiteral, sqlTemplate, sqlText } from "./sql.ts";
import { checkName, toSql } from "./validate.ts";
import type { TableDeclaration } from "./elements/table.ts";
import { defineTable, type TableElement } from "./table_definition.ts";

export interface ColumnOptions {
  /** Default true; primary key columns are always NOT NULL. */
  readonly nullable?: boolean;
  readonly primaryKey?: boolean;
  /** Default: a lone integer primary key autoincrements (SERIAL / AUTO_INCREMENT). */
  readonly autoincrement?: boolean;
  readonly unique?: boolean;
  /** Makes an index named `ix_<table>_<column>` (unique when `unique` is set too). */
  readonly index?: boolean;
  /** A string is a quoted literal; `t.sql("now()")` is an expression. */
  readonly serverDefault?: string | Sql;
  readonly comment?: string;
  /** `"table.column"` or `"schema.table.column"`: an unnamed foreign key. */
  readonly references?: string;
  /** Target schemas only: the column's previous name, so autogenerate renames instead of drop + add. */
  readonly renamedFrom?: string;
}

export interface TableOptions {
  readonly schema?: string;
  readonly comment?: string;
  /** The table's previous name, so autogenerate renames it instead of dropping and creating. */
  readonly renamedFrom?: string;
}

export interface ForeignKeyOptions {
  readonly name?: string;
  readonly onDelete?: string;
  readonly onUpdate?: string;
  readonly deferrable?: boolean;
  readonly initially?: string;
  readonly referentSchema?: string;
}

function column(name: string, type: TypeNode, options: ColumnOptions = {}): ColumnElement {
  checkName(name, "t.column() name");
  if (type === undefined || typeof type !== "object") {
    throw new ScriptError(`t.column('${name}') needs a type such as t.integer()`);
  }
  return frozen(compact({
    kind: "column" as const,
    name,
    type,
    nullable: options.primaryKey ? false : options.nullable ?? true,
    primaryKey: options.primaryKey ?? false,
    autoincrement: options.autoincrement,
    unique: options.unique ?? false,
    index: options.index ?? false,
    serverDefault: options.serverDefault === undefined ? undefined : toSql(options.serverDefault),
    comment: options.comment,
    references: options.references === undefined ? undefined : parseReference(name, options.references),
    renamedFrom: options.renamedFrom === undefined ? undefined : checked(options.renamedFrom, `t.column('${name}') renamedFrom`),
  }));
}

function checked(value: unknown, what: string): string {
  checkName(value, what);
  return value;
}

/** A table of a target schema module: `export const users = t.table("users", [...])`. */
function table(name: string, elements: readonly TableElement[], options: TableOptions = {}): TableDeclaration {
  checkName(name, "t.table() name");
  if (!Array.isArray(elements)) throw new ScriptError(`t.table('${name}') needs a list of t.column(...) elements`);
  const definition = defineTable(name, elements, { schema: options.schema, comment: options.comment });
  const derivedIndexes = elements.filter((e): e is ColumnElement => e.kind === "column" && e.index).map((c) => `ix_${name}_${c.name}`);
  return frozen(compact({
    kind: "table" as const,
    definition,
    derivedIndexes: list(derivedIndexes),
    renamedFrom: options.renamedFrom === undefined ? undefined : checked(options.renamedFrom, `t.table('${name}') renamedFrom`),
  }));
}

function parseReference(column: string, spec: string): ColumnReference {
  const parts = spec.split(".");
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "")) {
    throw new ScriptError(
      `t.column('${column}') references '${spec}': expected "table.column" or "schema.table.column"`,
    );
  }
  const [a, b, c] = parts as [string, string, string?];
  return frozen(c === undefined ? { table: a, column: b } : { schema: a, table: b, column: c });
}

function length(value: number | undefined, what: string): number | undefined {
  if (value !== undefined && (!Number.isInteger(value) || value <= 0)) {
    throw new ScriptError(`${what} must be a positive integer, got ${value}`);
  }
  return value;
}

function enumType(values: readonly string[], options: { name: string; schema?: string; create?: boolean }): EnumType {
  checkName(options?.name, "t.enum() name");
  if (!Array.isArray(values) || values.length === 0) {
    throw new ScriptError(`t.enum('${options.name}') needs at least one value`);
  }
  if (new Set(values).size !== values.length || values.some((v) => typeof v !== "string")) {
    throw new ScriptError(`t.enum('${options.name}') values must be distinct strings`);
  }
  return frozen(compact({
    kind: "enum" as const, values: list(values), name: options.name, schema: options.schema,
    create: options.create ?? true,
  }));
}

function names(columns: readonly string[], what: string): readonly string[] {
  if (!Array.isArray(columns) || columns.length === 0) throw new ScriptError(`${what} needs at least one column`);
  columns.forEach((c) => checkName(c, `${what} column`));
  return list(columns);
}

/** `t.sql("now()")` or `` t.sql`lower(${value})` `` (interpolated values become literals). */
function sql(text: string | TemplateStringsArray, ...values: unknown[]): Sql {
  if (typeof text === "string") return sqlText(text);
  if (Array.isArray(text) && "raw" in text) return sqlTemplate(text, values);
  throw new ScriptError("t.sql() takes SQL text or is used as a tagged template");
}

export const t = Object.freeze({
  column,
  table,
  integer: (): TypeNode => frozen({ kind: "integer" }),
  bigInteger: (): TypeNode => frozen({ kind: "bigInteger" }),
  smallInteger: (): TypeNode => frozen({ kind: "smallInteger" }),
  string: (len?: number): TypeNode =>
    frozen(compact({ kind: "string" as const, length: length(len, "t.string() length") })),
  text: (): TypeNode => frozen({ kind: "text" }),
  boolean: (): TypeNode => frozen({ kind: "boolean" }),
  dateTime: (options: { timezone?: boolean } = {}): TypeNode =>
    frozen({ kind: "dateTime", timezone: options.timezone ?? false }),
  date: (): TypeNode => frozen({ kind: "date" }),
  time: (): TypeNode => frozen({ kind: "time" }),
  numeric: (precision?: number, scale?: number): TypeNode => {
    if (scale !== undefined && precision === undefined) throw new ScriptError("t.numeric() scale needs a precision");
    return frozen(compact({
      kind: "numeric" as const, precision: length(precision, "t.numeric() precision"),
      scale: scale === undefined ? undefined : scale === 0 ? 0 : length(scale, "t.numeric() scale"),
    }));
  },
  float: (): TypeNode => frozen({ kind: "float" }),
  json: (): TypeNode => frozen({ kind: "json" }),
  uuid: (): TypeNode => frozen({ kind: "uuid" }),
  binary: (): TypeNode => frozen({ kind: "binary" }),
  enum: enumType,
  /** A type written as the database spells it, e.g. `t.raw("tsvector")`. */
  raw: (text: string): TypeNode => {
    checkName(text, "t.raw() type");
    return frozen({ kind: "raw", sql: text });
  },
  sql,
  /** A literal value rendered per dialect, e.g. inside `t.sql` templates or bulkInsert rows. */
  literal: sqlLiteral,
  isSql,
  primaryKey: (columns: readonly string[], options: { name?: string } = {}): PrimaryKeyElement =>
    frozen(compact({ kind: "primaryKey" as const, name: options.name, columns: names(columns, "t.primaryKey()") })),
  unique: (
    columns: readonly string[],
    options: { name?: string; deferrable?: boolean; initially?: string } = {},
  ): UniqueElement =>
    frozen(compact({
      kind: "unique" as const, name: options.name, columns: names(columns, "t.unique()"),
      deferrable: options.deferrable, initially: options.initially,
    })),
  check: (condition: string | Sql, options: { name?: string } = {}): CheckElement =>
    frozen(compact({ kind: "check" as const, name: options.name, condition: toSql(condition, true) })),
  foreignKey: (
    columns: readonly string[],
    refTable: string,
    refColumns: readonly string[],
    options: ForeignKeyOptions = {},
  ): ForeignKeyElement => foreignKey(columns, refTable, refColumns, options),
  /** An index declared with the table (createTable, copyFrom, target schemas). */
  index: (
    name: string,
    columns: readonly (string | Sql)[],
    options: { unique?: boolean; where?: string | Sql } = {},
  ): IndexElement => {
    checkName(name, "t.index() name");
    return frozen(compact({
      kind: "index" as const, name, columns: list(columns), unique: options.unique ?? false,
      where: options.where === undefined ? undefined : toSql(options.where, true),
    }));
  },
});

export function foreignKey(
  columns: readonly string[],
  refTable: string,
  refColumns: readonly string[],
  options: ForeignKeyOptions,
): ForeignKeyElement {
  checkName(refTable, "foreign key referent table");
  const local = names(columns, "foreign key");
  const remote = names(refColumns, "foreign key referent");
  if (local.length !== remote.length) {
    throw new ScriptError(`Foreign key has ${local.length} local column(s) but ${remote.length} referent column(s)`);
  }
  return frozen(compact({
    kind: "foreignKey" as const, name: options.name, columns: local, refTable, refSchema: options.referentSchema,
    refColumns: remote, onDelete: options.onDelete, onUpdate: options.onUpdate,
    deferrable: options.deferrable, initially: options.initially,
  }));
}

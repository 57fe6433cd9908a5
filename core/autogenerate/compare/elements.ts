/**
 * A catalog table turned back into `op.createTable` arguments and `t.*` elements: the
 * primary key as column flags when it has the engine's default name (so the rendered
 * script reads as a person writes it), columns with what a database cannot leave implicit
 * (an integer primary key that does not autoincrement says so).
 */

import type { ColumnElement } from "../../ops/elements/column.ts";
import type { ConstraintElement, ForeignKeyElement } from "../../ops/elements/constraint.ts";
import { isIntegerType, type TypeNode } from "../../ops/elements/type.ts";
import type { TableDefinition, TableElement } from "../../ops/table_definition.ts";
import type { Catalog } from "../catalog.ts";

export interface Side {
  readonly catalog: Catalog;
  /** Enum types that exist before the calls run (created by nobody in them). */
  readonly existingEnums: ReadonlySet<string>;
}

export const enumKeyOf = (e: { name: string; schema?: string }) => (e.schema ? `${e.schema}.${e.name}` : e.name);

/** Whether the primary key carries the name the engine would give it anyway. */
export function defaultPrimaryKeyName(table: TableDefinition, name: string | undefined): boolean {
  return name === undefined || name === `${table.name}_pkey` || name === "PRIMARY" || name === "pk";
}

/** A column as it is declared in a createTable or addColumn call. */
export function columnFor(column: ColumnElement, table: TableDefinition, side: Side, asPrimaryKey: boolean): ColumnElement {
  const type = enumCreation(column.type, side);
  const declared = side.catalog.declared === true;
  const autoincrement = declared ? column.autoincrement
    : column.autoincrement === true ? true
    : asPrimaryKey && isIntegerType(column.type) ? false : undefined;
  const { primaryKey: _pk, autoincrement: _ai, renamedFrom: _rn, ...rest } = column;
  void table;
  return Object.freeze({
    ...rest,
    type,
    primaryKey: asPrimaryKey,
    ...(autoincrement === undefined ? {} : { autoincrement }),
  });
}

/** Enum types are created by the comparison's own CREATE TYPE (or exist): columns never create them. */
function enumCreation(type: TypeNode, side: Side): TypeNode {
  if (type.kind !== "enum" || !type.create || side.catalog.dialect !== "postgresql") return type;
  return Object.freeze({ ...type, create: false });
}

/** The createTable elements; keys that close a foreign-key cycle are left out. */
export function tableElements(table: TableDefinition, side: Side, leaveOut: readonly ForeignKeyElement[] = []): TableElement[] {
  const pk = table.constraints.find((c) => c.kind === "primaryKey");
  const flags = pk !== undefined && defaultPrimaryKeyName(table, pk.name);
  const pkColumns = new Set(pk?.columns ?? []);
  const columns = table.columns.map((c) => columnFor(c, table, side, flags && pkColumns.has(c.name)));
  const constraints = table.constraints.filter((c: ConstraintElement) => !(flags && c.kind === "primaryKey") && !leaveOut.includes(c as ForeignKeyElement));
  return [...columns, ...constraints, ...table.indexes.filter((i) => i.sql === undefined)];
}

/** CREATE TABLE, column specs, constraints and ADD COLUMN: the shape SQLAlchemy's DDL compiler gives them. */

import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { ConstraintElement } from "../../core/ops/elements/constraint.ts";
import type { OpOf } from "../../core/ops/op_node.ts";
import { defineTable, type TableDefinition } from "../../core/ops/table_definition.ts";
import { type DefaultCompiler, referentialAction } from "./compiler.ts";

/** `name TYPE [DEFAULT x] [NOT NULL]` (PostgreSQL, SQLite; MySQL orders its own). */
export function columnSpec(c: DefaultCompiler, column: ColumnElement, table: TableDefinition): string {
  const parts = [c.quote(column.name), c.columnType(column, table)];
  if (column.serverDefault !== undefined) parts.push(`DEFAULT ${c.defaultValue(column.serverDefault)}`);
  if (!column.nullable) parts.push("NOT NULL");
  return parts.filter((p) => p !== "").join(" ");
}

export function constraintSql(c: DefaultCompiler, element: ConstraintElement): string {
  const name = element.name === undefined ? "" : `CONSTRAINT ${c.quote(element.name)} `;
  const columns = (names: readonly string[]) => names.map((n) => c.quote(n)).join(", ");
  switch (element.kind) {
    case "primaryKey":
      return `${name}PRIMARY KEY (${columns(element.columns)})`;
    case "unique":
      return `${name}UNIQUE (${columns(element.columns)})${c.capabilities.supportsDeferrableUnique ? c.deferrability(element) : ""}`;
    case "check":
      return `${name}CHECK (${c.sql(element.condition)})`;
    case "foreignKey": {
      let text = `${name}FOREIGN KEY(${columns(element.columns)}) REFERENCES ` +
        `${c.table(element.refTable, element.refSchema)} (${columns(element.refColumns)})`;
      if (element.onDelete !== undefined) text += ` ON DELETE ${referentialAction(element.onDelete, "onDelete")}`;
      if (element.onUpdate !== undefined) text += ` ON UPDATE ${referentialAction(element.onUpdate, "onUpdate")}`;
      return text + c.deferrability(element);
    }
  }
}

export function createTableSql(
  c: DefaultCompiler,
  table: TableDefinition,
  options: { ifNotExists?: boolean; name?: string } = {},
): string {
  const lines = [
    ...table.columns.map((col) => c.columnSpec(col, table)),
    ...c.tableConstraints(table).map((k) => c.constraint(k)),
  ];
  const ifNotExists = options.ifNotExists ? "IF NOT EXISTS " : "";
  const name = c.table(options.name ?? table.name, table.schema);
  return `CREATE TABLE ${ifNotExists}${name} (\n    ${lines.join(",\n    ")}\n)${c.tableOptions(table)}`;
}

/** The added column as a one-column table, so its shorthands normalize like createTable's. */
export function addedColumnTable(node: OpOf<"addColumn">): TableDefinition {
  return defineTable(node.table, [node.column], node.schema === undefined ? {} : { schema: node.schema });
}

/**
 * ADD COLUMN, then what the column's shorthands imply, as Alembic does: a primary key
 * inline (MySQL needs an AUTO_INCREMENT column to be a key in the same statement), unique
 * and foreign key as separate ADD CONSTRAINTs, the `ix_` index, and a COMMENT ON.
 */
export function addColumnSql(c: DefaultCompiler, node: OpOf<"addColumn">): string[] {
  const table = addedColumnTable(node);
  const [column] = table.columns as [ColumnElement];
  const target = c.table(node.table, node.schema);
  const ifNotExists = node.ifNotExists ? "IF NOT EXISTS " : "";
  const primaryKey = column.primaryKey ? " PRIMARY KEY" : "";
  const out = [`ALTER TABLE ${target} ADD COLUMN ${ifNotExists}${c.columnSpec(column, table)}${primaryKey}`];
  for (const k of table.constraints) if (k.kind !== "primaryKey") out.push(c.addConstraint(node.table, node.schema, k));
  for (const i of table.indexes) out.push(c.createIndexStatement({ ...i, table: node.table, schema: node.schema }));
  if (c.capabilities.supportsCommentOn && column.comment !== undefined) {
    out.push(c.columnComment(node.table, node.schema, column.name, column.comment));
  }
  return out;
}

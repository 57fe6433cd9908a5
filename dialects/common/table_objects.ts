/**
 * A reflected table (introspect's TableDefinition) as schema-snapshot objects, for the
 * dialects whose snapshot is built table by table (SQLite, MySQL). Unnamed constraints
 * are keyed by what they cover, so a rebuilt table with the same shape compares equal.
 */

import type { ConstraintElement, IndexElement } from "../../core/ops/elements/constraint.ts";
import type { TypeNode } from "../../core/ops/elements/type.ts";
import { renderSql, type Sql } from "../../core/ops/sql.ts";
import type { TableDefinition } from "../../core/ops/table_definition.ts";
import type { SchemaObject } from "../../core/schema_snapshot.ts";

/** Reflected SQL holds text only; a literal part (never produced by introspection) is shown as JSON. */
const text = (sql: Sql) => renderSql(sql, (value) => JSON.stringify(String(value)));
const list = (items: readonly (string | Sql)[]) => items.map((i) => (typeof i === "string" ? i : text(i))).join(", ");

export function tableObjects(table: TableDefinition, qualified: string): SchemaObject[] {
  const objects: SchemaObject[] = [
    { kind: "table", name: qualified, definition: table.comment === undefined ? "" : `COMMENT ${JSON.stringify(table.comment)}` },
  ];
  for (const c of table.columns) {
    const definition = [
      typeText(c.type),
      c.nullable ? "" : "NOT NULL",
      c.serverDefault === undefined ? "" : `DEFAULT ${text(c.serverDefault)}`,
      c.autoincrement ? "AUTOINCREMENT" : "",
      c.comment === undefined ? "" : `COMMENT ${JSON.stringify(c.comment)}`,
    ].filter(Boolean).join(" ");
    objects.push({ kind: "column", name: `${qualified}.${c.name}`, definition, table: qualified });
  }
  for (const c of table.constraints) {
    objects.push({ kind: "constraint", name: `${qualified}.${c.name ?? unnamed(c)}`, definition: constraintText(c), table: qualified });
  }
  for (const i of table.indexes) objects.push({ kind: "index", name: `${qualified}.${i.name}`, definition: indexText(i), table: qualified });
  return objects;
}

function typeText(type: TypeNode): string {
  return type.kind === "raw" ? type.sql : JSON.stringify(type);
}

function unnamed(c: ConstraintElement): string {
  return c.kind === "check" ? `(check ${text(c.condition)})` : `(${c.kind} ${c.columns.join(", ")})`;
}

function constraintText(c: ConstraintElement): string {
  const deferral = (d: { deferrable?: boolean; initially?: string }) =>
    `${d.deferrable ? " DEFERRABLE" : ""}${d.initially ? ` INITIALLY ${d.initially}` : ""}`;
  switch (c.kind) {
    case "primaryKey":
      return `PRIMARY KEY (${c.columns.join(", ")})`;
    case "unique":
      return `UNIQUE (${c.columns.join(", ")})${deferral(c)}`;
    case "check":
      return `CHECK (${text(c.condition)})`;
    case "foreignKey":
      return `FOREIGN KEY (${c.columns.join(", ")}) REFERENCES ${c.refSchema === undefined ? "" : `${c.refSchema}.`}` +
        `${c.refTable} (${c.refColumns.join(", ")})${c.onDelete ? ` ON DELETE ${c.onDelete}` : ""}` +
        `${c.onUpdate ? ` ON UPDATE ${c.onUpdate}` : ""}${deferral(c)}`;
  }
}

function indexText(i: IndexElement): string {
  if (i.sql !== undefined) return i.sql.replace(/\s+/g, " ").trim();
  return `${i.unique ? "UNIQUE " : ""}(${list(i.columns)})${i.where === undefined ? "" : ` WHERE ${text(i.where)}`}`;
}

/**
 * `includeObject` (Alembic's `include_object`): objects the caller leaves out are removed
 * from both catalogs before anything is compared, so they are neither created, dropped
 * nor reported.
 */

import type { ComparedObject, IncludeObject } from "../../runtime/env.ts";
import type { TableDefinition } from "../../ops/table_definition.ts";
import { type Catalog, tableKey } from "../catalog.ts";

type ConstraintType = "uniqueConstraint" | "foreignKeyConstraint" | "checkConstraint" | "primaryKey";
const CONSTRAINT_TYPES: Record<string, ConstraintType> = {
  unique: "uniqueConstraint", foreignKey: "foreignKeyConstraint", check: "checkConstraint", primaryKey: "primaryKey",
};

export function filterCatalogs(from: Catalog, to: Catalog, include: IncludeObject): { from: Catalog; to: Catalog } {
  return { from: filterOne(from, to, include, true), to: filterOne(to, from, include, false) };
}

function filterOne(side: Catalog, other: Catalog, include: IncludeObject, reflected: boolean): Catalog {
  const otherTables = new Map(other.tables.map((t) => [tableKey(t), t]));
  const keep = (object: ComparedObject, present: boolean) => include(object, reflected, present);
  const tables = side.tables.flatMap((table): TableDefinition[] => {
    const twin = otherTables.get(tableKey(table));
    const where = { table: table.name, ...(table.schema ? { schema: table.schema } : {}) };
    if (!keep({ type: "table", name: table.name, ...(table.schema ? { schema: table.schema } : {}) }, twin !== undefined)) return [];
    const columns = table.columns.filter((c) =>
      keep({ type: "column", name: c.name, ...where }, twin?.columns.some((x) => x.name === c.name) ?? false));
    const constraints = table.constraints.filter((c) => {
      const type = CONSTRAINT_TYPES[c.kind]!;
      // The primary key is part of the table, as in Alembic: never offered to the filter.
      if (type === "primaryKey" || c.name === undefined) return true;
      return keep({ type, name: c.name, ...where }, twin?.constraints.some((x) => x.name === c.name) ?? false);
    });
    const indexes = table.indexes.filter((i) =>
      keep({ type: "index", name: i.name, ...where }, twin?.indexes.some((x) => x.name === i.name) ?? false));
    return [Object.freeze({ ...table, columns, constraints, indexes })];
  });
  const schemas = side.schemas.filter((s) => keep({ type: "schema", name: s }, other.schemas.includes(s)));
  const enums = side.enums.filter((e) =>
    keep({ type: "enum", name: e.name, ...(e.schema ? { schema: e.schema } : {}) }, other.enums.some((x) => x.name === e.name && x.schema === e.schema)));
  return Object.freeze({ ...side, schemas, enums, tables });
}

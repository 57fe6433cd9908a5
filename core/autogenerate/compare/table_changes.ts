/**
 * The changes to one table that exists on both sides, in three groups the plan puts in
 * order around the other tables' changes: what must go first (constraints and indexes
 * that disappear or change, foreign keys above all), the column changes, and what comes
 * last (new constraints and indexes, once every table and column they use exists).
 */

import type { DialectCapabilities } from "../../dialect.ts";
import type { ColumnElement } from "../../ops/elements/column.ts";
import type { ConstraintElement, IndexElement } from "../../ops/elements/constraint.ts";
import type { ConstraintType } from "../../ops/nodes/drop_constraint.ts";
import { isSql, type Sql, sqlText } from "../../ops/sql.ts";
import type { TableDefinition } from "../../ops/table_definition.ts";
import type { OpCall, Unexpressed } from "../op_call.ts";
import { call, options } from "./calls.ts";
import { columnFor, defaultPrimaryKeyName, type Side } from "./elements.ts";
import { constraintSignature, indexSignature, sameDefault, sameType, sqlKey } from "./same.ts";

export interface TableChanges {
  readonly dropKeys: OpCall[];
  readonly first: OpCall[];
  readonly columns: OpCall[];
  readonly last: OpCall[];
  readonly addKeys: OpCall[];
  readonly notes: Unexpressed[];
}

const DROP_TYPE: Record<ConstraintElement["kind"], ConstraintType> = {
  primaryKey: "primary", unique: "unique", check: "check", foreignKey: "foreignkey",
};

export function tableChanges(
  before: TableDefinition,
  after: TableDefinition,
  renamedColumns: ReadonlyMap<string, string>,
  sides: { from: Side; to: Side },
  caps: DialectCapabilities,
): TableChanges {
  const name = after.name;
  const out: TableChanges = { dropKeys: [], first: [], columns: [], last: [], addKeys: [], notes: [] };
  const oldName = new Map([...renamedColumns].map(([next, old]) => [old, next]));
  const rename = (c: string) => oldName.get(c) ?? c;
  const named = sides.to.catalog.dialect === "postgresql";

  // Constraints and indexes: identity is the name; the old side's columns are seen under their new names.
  const oldConstraints = new Map(before.constraints.map((c) => [keyOf(c), withColumns(c, rename)]));
  const newConstraints = new Map(after.constraints.map((c) => [keyOf(c), c]));
  for (const [key, c] of oldConstraints) {
    const next = newConstraints.get(key);
    if (next && constraintSignature(next) === constraintSignature(c)) continue;
    if (c.name === undefined) {
      out.notes.push({ table: name, message: `an unnamed ${c.kind} constraint (${constraintSignature(c)}) cannot be dropped by name: name it (a naming convention does) or rebuild the table with batchAlterTable` });
      continue;
    }
    const drop = call("dropConstraint", c.name, name, { type: DROP_TYPE[c.kind] });
    (c.kind === "foreignKey" ? out.dropKeys : out.first).push(drop);
    if (c.kind === "foreignKey" && c.backingIndex) out.dropKeys.push(call("dropIndex", c.name, { table: name }));
  }
  for (const [key, c] of newConstraints) {
    const was = oldConstraints.get(key);
    if (was && constraintSignature(was) === constraintSignature(c)) continue;
    const create = createConstraint(c, name, after);
    (c.kind === "foreignKey" ? out.addKeys : out.last).push(create);
  }
  const oldIndexes = new Map(before.indexes.map((i) => [i.name, i]));
  const newIndexes = new Map(after.indexes.map((i) => [i.name, i]));
  for (const [key, i] of oldIndexes) {
    const next = newIndexes.get(key);
    if (next && indexSignature(next) === indexSignature(withIndexColumns(i, rename))) continue;
    out.first.push(call("dropIndex", i.name, { table: name }));
  }
  for (const [key, i] of newIndexes) {
    const was = oldIndexes.get(key);
    if (was && indexSignature(withIndexColumns(was, rename)) === indexSignature(i)) continue;
    out.last.push(i.sql !== undefined ? call("execute", i.sql)
      : call("createIndex", i.name, name, [...i.columns], options({ unique: i.unique || undefined, where: i.where })));
  }

  // Columns: renames first, then additions, changes, and drops.
  const oldColumns = new Map(before.columns.map((c) => [rename(c.name), c]));
  for (const [next, old] of renamedColumns) {
    out.columns.push(call("alterColumn", name, old, { newName: next, ...existing(before.columns.find((c) => c.name === old)!) }));
  }
  for (const col of after.columns) {
    const was = oldColumns.get(col.name);
    if (!was) {
      out.columns.push(call("addColumn", name, columnFor(col, after, sides.to, false)));
      continue;
    }
    const change: Record<string, unknown> = {};
    if (!sameType(was.type, col.type, named)) {
      change.type = col.type;
      const using = usingCast(was, col, sides.to.catalog.dialect);
      if (using) change.using = using;
    }
    if (was.nullable !== col.nullable) change.nullable = col.nullable;
    if (!sameDefault(was, col)) change.serverDefault = col.serverDefault ?? null;
    if ((was.comment ?? null) !== (col.comment ?? null) && caps.supportsComments) change.comment = col.comment ?? null;
    if (Boolean(was.autoincrement) !== Boolean(col.autoincrement)) {
      out.notes.push({ table: name, message: `autoincrement of column '${col.name}' changes (${Boolean(was.autoincrement)} -> ${Boolean(col.autoincrement)}): not expressed as ops` });
    }
    if (Object.keys(change).length > 0) out.columns.push(call("alterColumn", name, col.name, { ...change, ...existing(was) }));
  }
  for (const [current, was] of oldColumns) {
    if (!after.columns.some((c) => c.name === current)) out.columns.push(call("dropColumn", name, was.name));
  }

  if ((before.comment ?? null) !== (after.comment ?? null) && caps.supportsComments) {
    out.columns.push(after.comment === undefined
      ? call("dropTableComment", name, options({ existingComment: before.comment }))
      : call("createTableComment", name, after.comment, options({ existingComment: before.comment })));
  }
  return out;
}

/** What `existing*` options MySQL's MODIFY needs (Alembic always writes them). */
function existing(column: ColumnElement): Record<string, unknown> {
  return {
    existingType: column.type,
    existingNullable: column.nullable,
    ...(column.serverDefault ? { existingServerDefault: column.serverDefault } : {}),
    ...(column.comment !== undefined ? { existingComment: column.comment } : {}),
  };
}

/**
 * PostgreSQL refuses to change a type without an implicit cast (text -> integer); a cast
 * through the new type's text says what is meant. Types of one family (varchar(50) ->
 * varchar(100)) need none.
 */
function usingCast(was: ColumnElement, col: ColumnElement, dialect: string) {
  if (dialect !== "postgresql") return undefined;
  const family = (c: ColumnElement) => (c.type.kind === "raw" ? c.type.sql.replace(/\(\d+(?:,\s*\d+)?\)/g, "").trim() : c.type.kind);
  if (family(was) === family(col)) return undefined;
  const target = col.type.kind === "raw" ? col.type.sql : col.type.kind === "enum"
    ? (col.type.schema ? `"${col.type.schema}"."${col.type.name}"` : `"${col.type.name}"`) : undefined;
  if (target === undefined) return undefined;
  const via = was.type.kind === "enum" || col.type.kind === "enum" ? "::text" : "";
  return sqlText(`"${col.name.replaceAll('"', '""')}"${via}::${target}`);
}

/** The primary key is one per table whatever its name; other constraints are known by name. */
function keyOf(c: ConstraintElement): string {
  if (c.kind === "primaryKey") return "\u0000pk";
  return c.name ?? `\u0000${constraintSignature(c)}`;
}

function withColumns(c: ConstraintElement, rename: (c: string) => string): ConstraintElement {
  if (c.kind === "check") return c;
  return Object.freeze({ ...c, columns: c.columns.map(rename) }) as ConstraintElement;
}

function withIndexColumns(i: IndexElement, rename: (c: string) => string): IndexElement {
  return Object.freeze({ ...i, columns: i.columns.map((c) => (isSql(c) ? c : rename(c))) });
}

function createConstraint(c: ConstraintElement, table: string, after: TableDefinition): OpCall {
  switch (c.kind) {
    case "primaryKey":
      return call("createPrimaryKey", defaultPrimaryKeyName(after, c.name) && c.name === undefined ? null : c.name ?? null, table, [...c.columns]);
    case "unique":
      return call("createUniqueConstraint", c.name ?? null, table, [...c.columns], options({ deferrable: c.deferrable, initially: c.initially }));
    case "check":
      return call("createCheckConstraint", c.name ?? null, table, plainCondition(c.condition));
    case "foreignKey":
      return call("createForeignKey", c.name ?? null, table, c.refTable, [...c.columns], [...c.refColumns], options({
        onDelete: c.onDelete, onUpdate: c.onUpdate, deferrable: c.deferrable, initially: c.initially, referentSchema: c.refSchema,
      }));
  }
}

/** A check's condition as the SQL text `op.createCheckConstraint` takes. */
function plainCondition(condition: Sql): string | Sql {
  const text = sqlKey(condition);
  return text.includes("\u0000") ? condition : text;
}

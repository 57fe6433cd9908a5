/**
 * One direction of a comparison: the op calls that take `from` to `to`, in an order that
 * runs. Schemas and enum types first; renamed tables; foreign keys that go; per table the
 * constraints and indexes that go, then column changes; tables that go (keys pointing at
 * them first, in reverse key order); new tables in key order; new constraints, indexes
 * and keys; enum types and schemas that go, last.
 */

import type { DialectCapabilities } from "../../dialect.ts";
import type { ForeignKeyElement } from "../../ops/elements/constraint.ts";
import type { TableDefinition } from "../../ops/table_definition.ts";
import { type Catalog, tableKey } from "../catalog.ts";
import type { AutogenCall, OpCall, Unexpressed } from "../op_call.ts";
import { asBatch, call, inSchema, options } from "./calls.ts";
import { enumKeyOf, type Side, tableElements } from "./elements.ts";
import { createTypeSql, enumPlan } from "./enums.ts";
import { columnRenames, type Renames, tablePairs } from "./hints.ts";
import { foreignKeyOrder } from "./order.ts";
import { tableChanges, type TableChanges } from "./table_changes.ts";

export interface Plan {
  readonly calls: AutogenCall[];
  readonly notes: Unexpressed[];
}

const ident = (name: string) => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`);

export function plan(from: Catalog, to: Catalog, caps: DialectCapabilities, renames: Renames): Plan {
  const fromSide: Side = { catalog: from, existingEnums: new Set(from.enums.map(enumKeyOf)) };
  const toSide: Side = { catalog: to, existingEnums: fromSide.existingEnums };
  const pairs = tablePairs(from, to, renames);
  const before = new Map(from.tables.map((t) => [tableKey(t), t]));
  const paired = new Set(pairs.values());
  const created = to.tables.filter((t) => !pairs.has(tableKey(t)));
  const dropped = from.tables.filter((t) => !paired.has(tableKey(t)));
  const calls: AutogenCall[] = [];
  const notes: Unexpressed[] = [];

  for (const s of to.schemas) if (!from.schemas.includes(s)) calls.push(call("execute", `CREATE SCHEMA ${ident(s)}`));
  const enums = enumPlan(from, to);
  calls.push(...enums.first);

  const kept: { table: TableDefinition; changes: TableChanges }[] = [];
  for (const table of to.tables) {
    const oldKey = pairs.get(tableKey(table));
    if (oldKey === undefined) continue;
    const old = before.get(oldKey)!;
    if (oldKey !== tableKey(table)) calls.push(inSchema(call("renameTable", old.name, table.name), table.schema));
    const changes = tableChanges(old, table, columnRenames(renames, old, table), { from: fromSide, to: toSide }, caps);
    notes.push(...changes.notes);
    kept.push({ table, changes });
  }
  const batched = (table: TableDefinition, changes: TableChanges) => !caps.supportsAlterConstraint &&
    [...changes.dropKeys, ...changes.first, ...changes.columns, ...changes.last, ...changes.addKeys]
      .some((c) => needsRebuild(c, caps));

  // Foreign keys that go, before the tables and columns they join are touched.
  for (const { table, changes } of kept) {
    if (!batched(table, changes)) calls.push(...changes.dropKeys.map((c) => inSchema(c, table.schema)));
  }
  // Tables that go and reference each other in a cycle: their keys go first.
  const dropOrder = foreignKeyOrder(dropped);
  for (const table of dropped) {
    for (const fk of dropOrder.deferred.get(tableKey(table)) ?? []) {
      if (fk.name && caps.supportsAlterConstraint) {
        calls.push(inSchema(call("dropConstraint", fk.name, table.name, { type: "foreignkey" }), table.schema));
      }
    }
  }
  for (const { table, changes } of kept) {
    if (batched(table, changes)) {
      const all = [...changes.dropKeys, ...changes.first, ...changes.columns, ...changes.last, ...changes.addKeys];
      // Verbatim statements (an index known only by its CREATE INDEX text) run after the rebuild.
      calls.push(asBatch(table.name, table.schema, all.filter((c) => c.method !== "execute")));
      calls.push(...all.filter((c) => c.method === "execute"));
    } else {
      calls.push(...[...changes.first, ...changes.columns].map((c) => inSchema(c, table.schema)));
    }
  }
  for (const table of dropOrder.tables.slice().reverse()) calls.push(inSchema(call("dropTable", table.name), table.schema));
  calls.push(...keptEnumsLostWithTheirUsers(from, to, dropped, kept));

  const order = foreignKeyOrder(created);
  for (const table of order.tables) {
    const leaveOut = order.deferred.get(tableKey(table)) ?? [];
    calls.push(call("createTable", table.name, tableElements(table, toSide, leaveOut), options({ schema: table.schema, comment: table.comment })));
    for (const index of table.indexes) if (index.sql !== undefined) calls.push(call("execute", index.sql));
  }
  for (const { table, changes } of kept) {
    if (!batched(table, changes)) calls.push(...changes.last.map((c) => inSchema(c, table.schema)));
  }
  for (const { table, changes } of kept) {
    if (!batched(table, changes)) calls.push(...changes.addKeys.map((c) => inSchema(c, table.schema)));
  }
  for (const table of order.tables) {
    for (const fk of order.deferred.get(tableKey(table)) ?? []) calls.push(inSchema(addKey(fk, table), table.schema));
  }
  calls.push(...enums.last);
  for (const s of from.schemas) if (!to.schemas.includes(s)) calls.push(call("execute", `DROP SCHEMA ${ident(s)}`));
  return { calls, notes };
}

/**
 * Dropping the last table or column that uses a PostgreSQL enum drops the type too (online,
 * see dialects/postgresql/enums.ts). A type the target keeps is made again right after,
 * tolerating that it may still be there (offline, nothing was read, so nothing dropped it).
 */
function keptEnumsLostWithTheirUsers(
  from: Catalog,
  to: Catalog,
  dropped: readonly TableDefinition[],
  kept: readonly { table: TableDefinition; changes: TableChanges }[],
): OpCall[] {
  const goneTables = new Set(dropped.map(tableKey));
  const goneColumns = new Set(kept.flatMap(({ table, changes }) =>
    changes.columns.filter((c) => c.method === "dropColumn").map((c) => `${tableKey(table)}.${String(c.args[1])}`)));
  return to.enums.filter((e) => from.enums.some((x) => enumKeyOf(x) === enumKeyOf(e))).flatMap((e) => {
    const users = from.tables.flatMap((t) => t.columns.filter((c) => c.type.kind === "enum" && enumKeyOf(c.type) === enumKeyOf(e))
      .map((c) => ({ table: tableKey(t), column: c.name })));
    const lost = users.length > 0 && users.every((u) => goneTables.has(u.table) || goneColumns.has(`${u.table}.${u.column}`));
    if (!lost) return [];
    return [call("execute", `DO $mig$ BEGIN ${createTypeSql(e)}; EXCEPTION WHEN duplicate_object THEN NULL; END $mig$`)];
  });
}

function addKey(fk: ForeignKeyElement, table: TableDefinition): OpCall {
  return call("createForeignKey", fk.name ?? null, table.name, fk.refTable, [...fk.columns], [...fk.refColumns], options({
    onDelete: fk.onDelete, onUpdate: fk.onUpdate, deferrable: fk.deferrable, initially: fk.initially, referentSchema: fk.refSchema,
  }));
}

/** What SQLite cannot do with ALTER TABLE: everything but indexes and plain column additions and drops. */
function needsRebuild(c: OpCall, caps: DialectCapabilities): boolean {
  if (caps.supportsAlterConstraint) return false;
  switch (c.method) {
    case "createIndex": case "dropIndex": case "dropColumn": return false;
    case "addColumn": {
      const col = c.args[1] as { nullable: boolean; serverDefault?: unknown; primaryKey: boolean };
      return col.primaryKey || (!col.nullable && col.serverDefault === undefined);
    }
    default: return true;
  }
}

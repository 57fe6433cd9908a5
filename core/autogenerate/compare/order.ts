/**
 * Foreign-key order for tables created (or dropped) together: a table after the tables it
 * references, so each CREATE TABLE can carry its keys. Keys that close a cycle cannot be
 * created with their table: they are returned apart, to be added once every table exists.
 */

import type { ForeignKeyElement } from "../../ops/elements/constraint.ts";
import type { TableDefinition } from "../../ops/table_definition.ts";
import { tableKey } from "../catalog.ts";

export interface Ordered {
  readonly tables: readonly TableDefinition[];
  /** Keys left out of their CREATE TABLE, by table key. */
  readonly deferred: ReadonlyMap<string, readonly ForeignKeyElement[]>;
}

export function foreignKeyOrder(tables: readonly TableDefinition[]): Ordered {
  const byKey = new Map(tables.map((t) => [tableKey(t), t]));
  const state = new Map<string, "visiting" | "done">();
  const out: TableDefinition[] = [];
  const deferred = new Map<string, ForeignKeyElement[]>();
  const visit = (table: TableDefinition) => {
    const key = tableKey(table);
    state.set(key, "visiting");
    for (const fk of table.constraints) {
      if (fk.kind !== "foreignKey") continue;
      const target = referencedKey(fk);
      const referenced = byKey.get(target);
      if (!referenced || target === key) continue;
      const seen = state.get(target);
      if (seen === "visiting") deferred.set(key, [...deferred.get(key) ?? [], fk]);
      else if (seen === undefined) visit(referenced);
    }
    state.set(key, "done");
    out.push(table);
  };
  for (const table of tables) if (!state.has(tableKey(table))) visit(table);
  return { tables: out, deferred };
}

/** The referenced table's key; no `refSchema` means the default schema, as introspection reports it. */
export const referencedKey = (fk: ForeignKeyElement) => tableKey({ name: fk.refTable, ...(fk.refSchema ? { schema: fk.refSchema } : {}) });

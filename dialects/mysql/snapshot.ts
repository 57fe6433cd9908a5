/**
 * The current MySQL/MariaDB database as comparable objects: base tables through the
 * dialect's introspect, views and triggers by the server's stored definitions.
 */

import type { QueryFn } from "../../core/dialect.ts";
import type { TableDefinition } from "../../core/ops/table_definition.ts";
import { type SchemaObject, schemaSnapshot, type SchemaSnapshot, type SnapshotOptions } from "../../core/schema_snapshot.ts";
import { tableObjects } from "../common/table_objects.ts";

type Introspect = (query: QueryFn, table: string, schema?: string) => Promise<TableDefinition>;

export function mysqlSnapshot(introspect: Introspect) {
  return async (query: QueryFn, options: SnapshotOptions = {}): Promise<SchemaSnapshot> => {
    const excluded = new Set((options.exclude ?? []).map((x) => x.table));
    const objects: SchemaObject[] = [];
    const tables = await query(
      "SELECT TABLE_NAME AS name, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME",
    );
    for (const row of tables) {
      const name = String(row.name);
      if (excluded.has(name) || row.type !== "BASE TABLE") continue;
      objects.push(...tableObjects(await introspect(query, name), name));
    }
    const views = await query(
      "SELECT TABLE_NAME AS name, VIEW_DEFINITION AS def FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()",
    );
    for (const row of views) objects.push({ kind: "view", name: String(row.name), definition: String(row.def ?? "") });
    const triggers = await query(
      "SELECT TRIGGER_NAME AS name, EVENT_OBJECT_TABLE AS tbl, ACTION_TIMING AS timing, EVENT_MANIPULATION AS event, " +
        "ACTION_STATEMENT AS body FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()",
    );
    for (const row of triggers) {
      const table = String(row.tbl);
      if (excluded.has(table)) continue;
      const definition = `${String(row.timing)} ${String(row.event)} ${String(row.body ?? "")}`;
      objects.push({ kind: "trigger", name: `${table}.${String(row.name)}`, definition, table });
    }
    return schemaSnapshot(objects);
  };
}

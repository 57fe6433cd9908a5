/**
 * SQLite's schema as comparable objects: tables through introspect (PRAGMAs, so a table
 * rebuilt by batchAlterTable with other formatting still compares equal), views and
 * triggers by their stored text with whitespace collapsed.
 */

import type { QueryFn } from "../../core/dialect.ts";
import { type SchemaObject, schemaSnapshot, type SchemaSnapshot, type SnapshotOptions } from "../../core/schema_snapshot.ts";
import { tableObjects } from "../common/table_objects.ts";
import { introspectSqlite } from "./introspect.ts";

export async function snapshotSqlite(query: QueryFn, options: SnapshotOptions = {}): Promise<SchemaSnapshot> {
  const excluded = new Set((options.exclude ?? []).filter((x) => x.schema === undefined || x.schema === "main").map((x) => x.table));
  const rows = await query(
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
  );
  const objects: SchemaObject[] = [];
  for (const row of rows) {
    const name = String(row.name);
    const table = String(row.tbl_name);
    if (excluded.has(table)) continue;
    const sql = String(row.sql ?? "").replace(/\s+/g, " ").trim();
    if (row.type === "table") objects.push(...tableObjects(await introspectSqlite(query, name), name));
    else if (row.type === "view") objects.push({ kind: "view", name, definition: sql });
    else if (row.type === "trigger") objects.push({ kind: "trigger", name: `${table}.${name}`, definition: sql, table });
  }
  return schemaSnapshot(objects);
}

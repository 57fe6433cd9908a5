/** PostgreSQL's whole schema as comparable objects (see core/schema_snapshot.ts), in one query. */

import type { QueryFn } from "../../core/dialect.ts";
import { type SchemaObject, type SchemaObjectKind, schemaSnapshot, type SchemaSnapshot, type SnapshotOptions } from "../../core/schema_snapshot.ts";
import { SNAPSHOT_SQL } from "./snapshot_sql.ts";

export async function snapshotPostgresql(query: QueryFn, options: SnapshotOptions = {}): Promise<SchemaSnapshot> {
  const exclude = options.exclude ?? [];
  const rows = await query(SNAPSHOT_SQL, [exclude.map((x) => x.table), exclude.map((x) => x.schema ?? null)]);
  return schemaSnapshot(rows.map((r): SchemaObject => ({
    kind: String(r.kind) as SchemaObjectKind,
    name: String(r.name),
    definition: String(r.def ?? ""),
    ...(r.tbl == null ? {} : { table: String(r.tbl) }),
  })));
}

/**
 * PostgreSQL's whole schema as comparable objects (see core/schema_snapshot.ts), in one
 * query. Planning that query costs PGlite about as much as running it, and `mig check`
 * runs it twice per revision: it is prepared once per session (without parameters, so
 * the plan is kept) and executed from then on.
 */

import type { QueryFn } from "../../core/dialect.ts";
import { type SchemaObject, type SchemaObjectKind, schemaSnapshot, type SchemaSnapshot, type SnapshotOptions } from "../../core/schema_snapshot.ts";
import { hash64 } from "../driver_support.ts";
import { snapshotSql } from "./snapshot_sql.ts";

/** Statements known to be prepared in the session behind a query function (pass the same one each time). */
const preparedBy = new WeakMap<QueryFn, Set<string>>();
const names = new Map<string, string>();

const text = (value: string | undefined) => (value === undefined ? "NULL::text" : `'${value.replaceAll("'", "''")}'::text`);

export async function snapshotPostgresql(query: QueryFn, options: SnapshotOptions = {}): Promise<SchemaSnapshot> {
  const exclude = options.exclude ?? [];
  const excluded = exclude.length === 0
    ? "(SELECT NULL::text, NULL::text WHERE false) x(t, s)"
    : `(VALUES ${exclude.map((x) => `(${text(x.table)}, ${text(x.schema)})`).join(", ")}) x(t, s)`;
  const sql = snapshotSql(excluded);
  // Hashing the whole query text costs about a millisecond: once per exclusion list.
  let name = names.get(excluded);
  if (name === undefined) names.set(excluded, (name = `mig_snapshot_${hash64(sql).toString(36)}`));
  if (!preparedBy.get(query)?.has(name)) {
    const [found] = await query("SELECT 1 FROM pg_catalog.pg_prepared_statements WHERE name = $1", [name]);
    if (!found) await query(`PREPARE ${name} AS ${sql}`);
    preparedBy.set(query, new Set([...preparedBy.get(query) ?? [], name]));
  }
  const rows = await query(`EXECUTE ${name}`);
  return schemaSnapshot(rows.map((r): SchemaObject => ({
    kind: String(r.kind) as SchemaObjectKind,
    name: String(r.name),
    definition: String(r.def ?? ""),
    ...(r.tbl == null ? {} : { table: String(r.tbl) }),
  })));
}

/**
 * The whole schema as autogenerate compares it: every table of the main database read by
 * introspect.ts (PRAGMAs plus the stored CREATE TABLE text). In-process PRAGMAs cost
 * microseconds, so one read per table is as fast as anything batched. SQLite keeps
 * declared type names as written (compared here without regard to case and spacing) and
 * constraints often unnamed: unnamed ones are known by what they constrain.
 */

import type { Catalog, CatalogOptions } from "../../core/autogenerate/catalog.ts";
import type { QueryFn } from "../../core/dialect.ts";
import type { TypeNode } from "../../core/ops/elements/type.ts";
import { introspectSqlite } from "./introspect.ts";

export async function catalogSqlite(query: QueryFn, options: CatalogOptions = {}): Promise<Catalog> {
  const excluded = new Set((options.exclude ?? []).filter((x) => x.schema === undefined || x.schema === "main").map((x) => x.table));
  const rows = await query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
  const names = rows.map((r) => String(r.name)).filter((n) => !excluded.has(n));
  const tables = [];
  for (const name of names) {
    const table = await introspectSqlite(query, name);
    // SQLite keeps a declared type as typed; `varchar (50)` and `VARCHAR(50)` are one type.
    const columns = table.columns.map((c) =>
      c.type.kind === "raw" ? Object.freeze({ ...c, type: Object.freeze({ kind: "raw" as const, sql: normalTypeName(c.type.sql) }) }) : c);
    // Indexes by name, as catalog.ts promises (PRAGMA index_list lists them newest first).
    const indexes = [...table.indexes].sort((a, b) => ((a.name ?? "") < (b.name ?? "") ? -1 : (a.name ?? "") > (b.name ?? "") ? 1 : 0));
    tables.push(Object.freeze({ ...table, columns: Object.freeze(columns), indexes: Object.freeze(indexes), triggers: Object.freeze([]) }));
  }
  return Object.freeze({ dialect: "sqlite", schemas: [], enums: [], tables });
}

/** Upper case, single spaces, none around parentheses, `, ` between arguments. */
const normalTypeName = (declared: string): string =>
  declared.toUpperCase().trim().replace(/\s+/g, " ").replace(/\s*\(\s*/g, "(").replace(/\s*\)/g, ")").replace(/\s*,\s*/g, ", ");

const FIXED: Readonly<Record<string, TypeNode>> = {
  INTEGER: { kind: "integer" }, BIGINT: { kind: "bigInteger" }, SMALLINT: { kind: "smallInteger" },
  VARCHAR: { kind: "string" }, TEXT: { kind: "text" }, BOOLEAN: { kind: "boolean" },
  DATETIME: { kind: "dateTime", timezone: false }, DATE: { kind: "date" }, TIME: { kind: "time" },
  NUMERIC: { kind: "numeric" }, FLOAT: { kind: "float" }, JSON: { kind: "json" }, BLOB: { kind: "binary" },
  "CHAR(32)": { kind: "uuid" },
};

/** The declared name back to the builder types.ts renders it from (exact text only). */
export function sqliteTypeFromCatalog(type: TypeNode): TypeNode {
  if (type.kind !== "raw") return type;
  const fixed = FIXED[type.sql];
  if (fixed) return Object.freeze({ ...fixed });
  const varchar = /^VARCHAR\((\d+)\)$/.exec(type.sql);
  if (varchar) return Object.freeze({ kind: "string", length: Number(varchar[1]) });
  const numeric = /^NUMERIC\((\d+)(?:, (\d+))?\)$/.exec(type.sql);
  if (numeric) {
    return Object.freeze({ kind: "numeric", precision: Number(numeric[1]), ...(numeric[2] === undefined ? {} : { scale: Number(numeric[2]) }) });
  }
  return type;
}

/**
 * The whole schema as autogenerate compares it (core/autogenerate/catalog.ts), from
 * pg_catalog in six queries. Types are `format_type`'s text, defaults `pg_get_expr`'s,
 * expressions and predicates `pg_get_indexdef`'s and `pg_get_expr`'s: the server's own
 * normal form. A `serial` column (a nextval default of a sequence the column owns) and an
 * identity column read as `autoincrement: true` with no default. JSON aggregates keep the
 * rows driver-neutral (postgres.js and PGlite parse arrays differently).
 */

import type { Catalog, CatalogEnum, CatalogOptions } from "../../core/autogenerate/catalog.ts";
import type { QueryFn } from "../../core/dialect.ts";
import type { Row } from "../../core/driver.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { IndexElement } from "../../core/ops/elements/constraint.ts";
import type { TypeNode } from "../../core/ops/elements/type.ts";
import { sqlText } from "../../core/ops/sql.ts";
import { defineTable, type TableDefinition } from "../../core/ops/table_definition.ts";
import { constraint } from "./introspect.ts";
import { COLUMNS_SQL, CONSTRAINTS_SQL, ENUMS_SQL, INDEXES_SQL, SCHEMAS_SQL, TABLES_SQL } from "./catalog_sql.ts";

export async function catalogPostgresql(query: QueryFn, options: CatalogOptions = {}): Promise<Catalog> {
  const schemas = JSON.stringify(options.schemas ?? []);
  const [tables, columns, constraints, indexes, enums, named] = await Promise.all(
    [TABLES_SQL, COLUMNS_SQL, CONSTRAINTS_SQL, INDEXES_SQL, ENUMS_SQL, SCHEMAS_SQL].map((sql) => query(sql, [schemas])),
  ) as [Row[], Row[], Row[], Row[], Row[], Row[]];
  const byTable = <T>(rows: Row[], map: (r: Row) => T) => {
    const out = new Map<string, T[]>();
    for (const r of rows) out.set(String(r.table_oid), [...out.get(String(r.table_oid)) ?? [], map(r)]);
    return out;
  };
  const cols = byTable(columns, column);
  const cons = byTable(constraints, constraint);
  const idx = byTable(indexes, index);
  const excluded = new Set((options.exclude ?? []).map((x) => `${x.schema ?? ""}\u0000${x.table}`));
  const out: TableDefinition[] = [];
  for (const r of tables) {
    const schema = r.is_default ? undefined : String(r.schema);
    if (excluded.has(`${schema ?? ""}\u0000${r.name}`) || (r.is_default && excluded.has(`${r.schema}\u0000${r.name}`))) continue;
    const oid = String(r.oid);
    out.push(defineTable(String(r.name), [...cols.get(oid) ?? [], ...cons.get(oid) ?? [], ...idx.get(oid) ?? []], {
      ...(schema === undefined ? {} : { schema }),
      ...(r.comment == null ? {} : { comment: String(r.comment) }),
    }));
  }
  return Object.freeze({
    dialect: "postgresql",
    schemas: named.map((r) => String(r.name)),
    enums: enums.map((r): CatalogEnum => Object.freeze({
      name: String(r.name), ...(r.is_default ? {} : { schema: String(r.schema) }), values: JSON.parse(String(r.labels ?? "[]")) as string[],
    })),
    tables: out,
  });
}

function column(r: Row): ColumnElement {
  const dflt = r.dflt == null ? undefined : String(r.dflt);
  const serial = dflt !== undefined && r.owns_sequence === true && /^nextval\(/.test(dflt);
  const identity = r.identity === "a" || r.identity === "d";
  return Object.freeze({
    kind: "column", name: String(r.name), type: columnType(r), nullable: !r.notnull, primaryKey: false, unique: false, index: false,
    ...(serial || identity ? { autoincrement: true } : {}),
    ...(dflt === undefined || serial ? {} : { serverDefault: sqlText(dflt) }),
    ...(r.comment == null ? {} : { comment: String(r.comment) }),
  });
}

function columnType(r: Row): TypeNode {
  // timestamp(6) and time(6) are the default precision, which format_type prints only when it was typed.
  if (r.typtype !== "e") return Object.freeze({ kind: "raw", sql: String(r.type).replace(/^(timestamp|time)\(6\)( with(?:out)? time zone)$/, "$1$2") });
  return Object.freeze({
    kind: "enum", name: String(r.typname), values: JSON.parse(String(r.labels)) as string[], create: false,
    ...(r.typ_default ? {} : { schema: String(r.typschema) }),
  });
}

function index(r: Row): IndexElement {
  const keys = JSON.parse(String(r.keys ?? "[]")) as { attnum: number; expr: string }[];
  const names = JSON.parse(String(r.names ?? "[]")) as string[];
  let n = 0;
  const columns = keys.map((k) => (k.attnum === 0 ? sqlText(k.expr) : names[n++] ?? k.expr));
  return Object.freeze({
    kind: "index", name: String(r.name), unique: Boolean(r.is_unique), columns,
    ...(r.predicate == null ? {} : { where: sqlText(String(r.predicate)) }),
    // mig's ops only make btree indexes; any other method is kept as the server's own CREATE INDEX.
    ...(r.method === "btree" ? {} : { sql: String(r.def) }),
  });
}


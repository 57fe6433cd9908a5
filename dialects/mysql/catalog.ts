/**
 * The current database's whole schema as autogenerate compares it, in four
 * information_schema queries, through introspect.ts's row readers. MySQL's UNIQUE keys
 * are constraints (as Alembic reports them); the index MySQL adds behind a foreign key
 * is part of the key, not an index of its own; MariaDB's automatic `json_valid` checks
 * on JSON columns are the type's, not the user's: such a LONGTEXT column reads as `json`, as
 * MySQL reports it, so both read (and typeFromCatalog) alike.
 */

import type { Catalog, CatalogOptions } from "../../core/autogenerate/catalog.ts";
import type { QueryFn } from "../../core/dialect.ts";
import type { Row } from "../../core/driver.ts";
import type { TypeNode } from "../../core/ops/elements/type.ts";
import { defineTable, type TableDefinition } from "../../core/ops/table_definition.ts";
import { COLUMNS_SQL, constraintsSql, INDEXES_SQL, TABLES_SQL } from "./catalog_sql.ts";
import { column, constraint, groupBy, index } from "./introspect.ts";

export function mysqlCatalog(mariadb: boolean) {
  return async (query: QueryFn, options: CatalogOptions = {}): Promise<Catalog> => {
    const [tables, columns, constraints, indexes] = await Promise.all([TABLES_SQL, COLUMNS_SQL, constraintsSql(mariadb), INDEXES_SQL].map((sql) => query(sql)));
    const excluded = new Set((options.exclude ?? []).filter((x) => x.schema === undefined).map((x) => x.table));
    const per = (rows: Row[] | undefined) => {
      const out = new Map<string, Row[]>();
      for (const r of rows ?? []) out.set(String(r.table_name), [...out.get(String(r.table_name)) ?? [], r]);
      return out;
    };
    const cols = per(columns), cons = per(constraints), idx = per(indexes);
    const out: TableDefinition[] = [];
    for (const t of tables ?? []) {
      const name = String(t.table_name);
      if (excluded.has(name)) continue;
      const longtext = new Set((cols.get(name) ?? []).filter((r) => /^longtext$/i.test(String(r.type))).map((r) => String(r.name)));
      const checks = groupBy(cons.get(name) ?? [], "name").map(constraint);
      // MariaDB's JSON is LONGTEXT plus a check named after the column: read as the `json` MySQL reports.
      const json = new Set(checks.filter((c) => c.kind === "check" && longtext.has(c.name ?? "") && sqlOf(c.condition) === `json_valid(\`${c.name}\`)`).map((c) => c.name));
      const columnElements = (cols.get(name) ?? []).map((r) => column(json.has(String(r.name)) ? { ...r, type: "json" } : r, mariadb));
      const constraintElements = checks.filter((c) => !(c.kind === "check" && json.has(c.name)));
      const skip = new Set(constraintElements.filter((c) => c.kind === "foreignKey" || c.kind === "unique").map((c) => c.name));
      const indexNames = new Set((idx.get(name) ?? []).map((r) => String(r.name)));
      const keys = constraintElements.map((c) => (c.kind === "foreignKey" && indexNames.has(c.name ?? "") ? { ...c, backingIndex: true } : c));
      const indexElements = groupBy(idx.get(name) ?? [], "name").filter((rows) => !skip.has(String(rows[0]?.name))).map(index);
      const comment = t.comment == null || t.comment === "" ? undefined : String(t.comment);
      out.push(defineTable(name, [...columnElements, ...keys, ...indexElements], comment ? { comment } : {}));
    }
    return Object.freeze({ dialect: "mysql", schemas: [], enums: [], tables: out });
  };
}

const sqlOf = (s: { parts: readonly unknown[] }) => s.parts.map((p) => (typeof p === "string" ? p : "")).join("");

const FIXED: Readonly<Record<string, TypeNode>> = {
  "int(11)": { kind: "integer" }, "int": { kind: "integer" }, "bigint(20)": { kind: "bigInteger" }, "bigint": { kind: "bigInteger" },
  "smallint(6)": { kind: "smallInteger" }, "smallint": { kind: "smallInteger" }, "text": { kind: "text" },
  "tinyint(1)": { kind: "boolean" }, "datetime": { kind: "dateTime", timezone: false }, "date": { kind: "date" },
  "time": { kind: "time" }, "float": { kind: "float" }, "char(32)": { kind: "uuid" }, "blob": { kind: "binary" },
  "json": { kind: "json" },
  "decimal(10,0)": { kind: "numeric" },
};

/** COLUMN_TYPE back to the builder types.ts renders it from (exact text only). */
export function mysqlTypeFromCatalog(type: TypeNode): TypeNode {
  if (type.kind !== "raw") return type;
  const fixed = FIXED[type.sql];
  if (fixed) return Object.freeze({ ...fixed });
  const varchar = /^varchar\((\d+)\)$/.exec(type.sql);
  if (varchar) return Object.freeze({ kind: "string", length: Number(varchar[1]) });
  const decimal = /^decimal\((\d+),(\d+)\)$/.exec(type.sql);
  if (decimal) return Object.freeze({ kind: "numeric", precision: Number(decimal[1]), scale: Number(decimal[2]) });
  return type;
}

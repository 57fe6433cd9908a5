/**
 * Read a table back from information_schema. Types stay as the server prints them
 * (`varchar(50)`, `enum('a','b')`) so a MODIFY can restate them exactly. Defaults differ
 * by server: MariaDB reports them as SQL (`'abc'`, `NULL`, `current_timestamp()`), MySQL 8
 * as bare values with DEFAULT_GENERATED marking expressions; `ON UPDATE` rides along with
 * the default, as SQLAlchemy does, so it survives a MODIFY.
 */

import { NoSuchTableError, type QueryFn } from "../../core/dialect.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { ConstraintElement, IndexElement } from "../../core/ops/elements/constraint.ts";
import { type Sql, sqlText } from "../../core/ops/sql.ts";
import { defineTable, type TableDefinition } from "../../core/ops/table_definition.ts";
import { COLUMNS_SQL, CONSTRAINTS_SQL, INDEXES_SQL, TABLE_SQL } from "./introspect_sql.ts";

type R = Record<string, unknown>;
const text = (v: unknown) => (v == null ? undefined : String(v));

export function mysqlIntrospector(mariadb: boolean) {
  return async (query: QueryFn, table: string, schema?: string): Promise<TableDefinition> => {
    const params = [schema ?? null, table];
    const [found] = await query(TABLE_SQL, params);
    if (!found) throw new NoSuchTableError(table, schema);
    const columns = (await query(COLUMNS_SQL, params)).map((r) => column(r, mariadb));
    const constraintRows = await query(CONSTRAINTS_SQL, params);
    const constraints = groupBy(constraintRows, "name").map(constraint);
    const fkNames = new Set(constraints.filter((c) => c.kind === "foreignKey").map((c) => c.name));
    const uniqueNames = new Set(constraints.filter((c) => c.kind === "unique").map((c) => c.name));
    const indexes = groupBy(await query(INDEXES_SQL, params), "name")
      .filter((rows) => !fkNames.has(String(rows[0]?.name)) && !uniqueNames.has(String(rows[0]?.name)))
      .map(index);
    const comment = text(found.comment);
    return defineTable(table, [...columns, ...constraints, ...indexes], {
      ...(schema === undefined ? {} : { schema }),
      ...(comment ? { comment } : {}),
    });
  };
}

/** MySQL 8 (defaults reported as bare values). */
export const introspectMysql = mysqlIntrospector(false);
/** MariaDB (defaults reported as SQL). */
export const introspectMariadb = mysqlIntrospector(true);

export function column(r: R, mariadb: boolean): ColumnElement {
  const extra = String(r.extra ?? "");
  const onUpdate = /on update (\S+)/i.exec(extra)?.[1];
  let serverDefault = defaultOf(text(r.dflt), extra, mariadb);
  if (onUpdate !== undefined) serverDefault = sqlText(`${serverDefault === undefined ? "NULL" : (serverDefault.parts[0] as string)} ON UPDATE ${onUpdate}`);
  const comment = text(r.comment);
  return Object.freeze({
    kind: "column", name: String(r.name), type: Object.freeze({ kind: "raw", sql: String(r.type) }),
    nullable: r.nullable === "YES", primaryKey: false, unique: false, index: false,
    ...(/auto_increment/i.test(extra) ? { autoincrement: true } : {}),
    ...(serverDefault === undefined ? {} : { serverDefault }),
    ...(comment ? { comment } : {}),
  });
}

function defaultOf(value: string | undefined, extra: string, mariadb: boolean): Sql | undefined {
  if (value === undefined) return undefined;
  if (mariadb) return value === "NULL" ? undefined : sqlText(value);
  if (!/DEFAULT_GENERATED/i.test(extra)) return sqlText(sqlLiteralText(value));
  return /^current_timestamp/i.test(value) ? sqlText(value) : sqlText(`(${value})`);
}

// MySQL 8 reports literal defaults unquoted; quote them once, here, as MySQL would read them.
const sqlLiteralText = (value: string) => `'${value.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

export function groupBy(rows: R[], key: string): R[][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = String(row[key]);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return [...groups.values()];
}

export function constraint(rows: R[]): ConstraintElement {
  const [first] = rows as [R];
  const name = String(first.name);
  const columns = rows.map((r) => String(r.column)).filter((c) => c !== "null");
  switch (first.type) {
    case "PRIMARY KEY":
      return Object.freeze({ kind: "primaryKey", columns });
    case "UNIQUE":
      return Object.freeze({ kind: "unique", name, columns });
    case "CHECK":
      return Object.freeze({ kind: "check", name, condition: sqlText(String(first.check_clause)) });
    default:
      return Object.freeze({
        kind: "foreignKey", name, columns, refTable: String(first.ref_table),
        refColumns: rows.map((r) => String(r.ref_column)),
        ...(first.ref_schema === first.table_schema ? {} : { refSchema: String(first.ref_schema) }),
        ...(first.on_delete && first.on_delete !== "RESTRICT" && first.on_delete !== "NO ACTION" ? { onDelete: String(first.on_delete) } : {}),
        ...(first.on_update && first.on_update !== "RESTRICT" && first.on_update !== "NO ACTION" ? { onUpdate: String(first.on_update) } : {}),
      });
  }
}

export function index(rows: R[]): IndexElement {
  const [first] = rows as [R];
  return Object.freeze({
    kind: "index", name: String(first.name), unique: Number(first.non_unique) === 0,
    columns: rows.map((r) => (r.column == null ? sqlText(`(${String(r.expression)})`) : String(r.column))),
  });
}


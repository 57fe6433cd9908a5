/** Catalog reads for the execution checks, straight from each server's own catalog (not mig's introspection). */

import type { Row } from "../../core/driver.ts";
import type { TestDb } from "./databases.ts";

export async function pgColumns(db: TestDb, table: string): Promise<Row[]> {
  return await db.query(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
       pg_get_expr(d.adbin, d.adrelid) AS "default", col_description(a.attrelid, a.attnum) AS comment
     FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attnum`,
    [table],
  );
}

export async function pgConstraints(db: TestDb, table: string): Promise<Row[]> {
  return await db.query(
    `SELECT conname AS name, contype::text AS type, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass ORDER BY conname`,
    [table],
  );
}

export async function pgIndexes(db: TestDb, table: string): Promise<Row[]> {
  return await db.query(
    "SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 ORDER BY indexname",
    [table],
  );
}

export async function pgTableComment(db: TestDb, table: string): Promise<unknown> {
  const [row] = await db.query(
    "SELECT obj_description((quote_ident(current_schema()) || '.' || quote_ident($1))::regclass, 'pg_class') AS c",
    [table],
  );
  return row?.c;
}

export async function pgTypes(db: TestDb): Promise<string[]> {
  const rows = await db.query(
    "SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema() AND t.typtype = 'e' ORDER BY 1",
  );
  return rows.map((r) => String(r.name));
}

export async function myColumns(db: TestDb, table: string): Promise<Row[]> {
  return await db.query(
    `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE = 'YES' AS nullable, COLUMN_DEFAULT AS \`default\`,
       COLUMN_COMMENT AS comment, EXTRA AS extra
     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
    [table],
  );
}

export async function myConstraints(db: TestDb, table: string): Promise<Row[]> {
  return await db.query(
    `SELECT CONSTRAINT_NAME AS name, CONSTRAINT_TYPE AS type FROM information_schema.TABLE_CONSTRAINTS
     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME`,
    [table],
  );
}

export async function myIndexes(db: TestDb, table: string): Promise<Row[]> {
  return await db.query(
    `SELECT INDEX_NAME AS name, NOT NON_UNIQUE AS is_unique, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS columns
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?
     GROUP BY INDEX_NAME, NON_UNIQUE ORDER BY INDEX_NAME`,
    [table],
  );
}

export async function myTableComment(db: TestDb, table: string): Promise<unknown> {
  const [row] = await db.query("SELECT TABLE_COMMENT AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?", [table]);
  return row?.c;
}

export async function liteColumns(db: TestDb, table: string): Promise<Row[]> {
  return await db.query("SELECT name, type, \"notnull\" = 0 AS nullable, dflt_value AS \"default\", pk FROM pragma_table_info(?)", [table]);
}

export async function liteIndexes(db: TestDb, table: string): Promise<Row[]> {
  return await db.query(
    `SELECT l.name, l."unique", l.origin, (SELECT group_concat(name) FROM pragma_index_info(l.name)) AS columns
     FROM pragma_index_list(?) AS l ORDER BY l.name`,
    [table],
  );
}

export async function liteForeignKeys(db: TestDb, table: string): Promise<Row[]> {
  return await db.query('SELECT "table", "from", "to", on_delete, on_update FROM pragma_foreign_key_list(?) ORDER BY id, seq', [table]);
}

export async function liteSql(db: TestDb, name: string): Promise<string> {
  const [row] = await db.query("SELECT sql FROM sqlite_master WHERE name = ?", [name]);
  return String(row?.sql);
}

/** Just the named field of each row, for compact assertions. */
export function pluck(rows: readonly Row[], field: string): unknown[] {
  return rows.map((r) => r[field]);
}

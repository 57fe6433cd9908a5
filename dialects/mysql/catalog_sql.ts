/** information_schema queries behind catalog.ts: the current database's whole schema, a query per kind. */

export const TABLES_SQL = `
  SELECT TABLE_NAME AS table_name, TABLE_COMMENT AS comment FROM information_schema.TABLES
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`;

export const COLUMNS_SQL = `
  SELECT TABLE_NAME AS table_name, COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable,
    COLUMN_DEFAULT AS dflt, EXTRA AS extra, COLUMN_COMMENT AS comment
  FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`;

/**
 * MariaDB names a check per table (its JSON checks are named after the column), so its
 * CHECK_CONSTRAINTS has TABLE_NAME; MySQL 8 names them per schema and has no such column.
 */
export const constraintsSql = (mariadb: boolean) => `
  SELECT tc.TABLE_NAME AS table_name, tc.CONSTRAINT_NAME AS name, tc.CONSTRAINT_TYPE AS type, tc.TABLE_SCHEMA AS table_schema,
    k.COLUMN_NAME AS \`column\`, k.REFERENCED_TABLE_SCHEMA AS ref_schema, k.REFERENCED_TABLE_NAME AS ref_table,
    k.REFERENCED_COLUMN_NAME AS ref_column, rc.DELETE_RULE AS on_delete, rc.UPDATE_RULE AS on_update,
    cc.CHECK_CLAUSE AS check_clause
  FROM information_schema.TABLE_CONSTRAINTS tc
  LEFT JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
    AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
  LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
    AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
  LEFT JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
    AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME${mariadb ? " AND cc.TABLE_NAME = tc.TABLE_NAME" : ""} AND tc.CONSTRAINT_TYPE = 'CHECK'
  WHERE tc.TABLE_SCHEMA = DATABASE()
  ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_TYPE <> 'PRIMARY KEY', tc.CONSTRAINT_NAME, k.ORDINAL_POSITION`;

export const INDEXES_SQL = `
  SELECT TABLE_NAME AS table_name, INDEX_NAME AS name, NON_UNIQUE AS non_unique, COLUMN_NAME AS \`column\`, NULL AS expression
  FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY'
  ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`;

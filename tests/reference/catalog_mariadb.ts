/** MariaDB's catalog (information_schema) for snapshot.ts: the tables and views of the current database. */
import type { Catalog, Table } from "./snapshot.ts";

const flat = (expr: string) => `REGEXP_REPLACE(${expr}, '\\\\s+', ' ')`;
const here = "TABLE_SCHEMA = DATABASE()";

const SCHEMA = `
SELECT TABLE_NAME, 'column', ORDINAL_POSITION,
       CONCAT_WS(' ', QUOTE(COLUMN_NAME), COLUMN_TYPE, IF(IS_NULLABLE = 'NO', 'NOT NULL', NULL),
         CONCAT('DEFAULT ', COLUMN_DEFAULT), NULLIF(EXTRA, ''), IF(COLUMN_COMMENT = '', NULL, CONCAT('COMMENT ', QUOTE(COLUMN_COMMENT))))
  FROM information_schema.COLUMNS WHERE ${here}
UNION ALL
SELECT c.TABLE_NAME, 'table-column', c.ORDINAL_POSITION, CONCAT(c.COLUMN_NAME, CHAR(9), c.DATA_TYPE)
  FROM information_schema.COLUMNS c JOIN information_schema.TABLES t USING (TABLE_SCHEMA, TABLE_NAME)
  WHERE c.${here} AND t.TABLE_TYPE = 'BASE TABLE'
UNION ALL
SELECT tc.TABLE_NAME, 'constraint', tc.CONSTRAINT_NAME,
       CONCAT_WS(' ', QUOTE(tc.CONSTRAINT_NAME), tc.CONSTRAINT_TYPE,
         (SELECT CONCAT('(', GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION), ')') FROM information_schema.KEY_COLUMN_USAGE k
            WHERE k.${here} AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME),
         (SELECT CONCAT('REFERENCES ', r.REFERENCED_TABLE_NAME, ' ON UPDATE ', r.UPDATE_RULE, ' ON DELETE ', r.DELETE_RULE)
            FROM information_schema.REFERENTIAL_CONSTRAINTS r
            WHERE r.CONSTRAINT_SCHEMA = DATABASE() AND r.TABLE_NAME = tc.TABLE_NAME AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME),
         (SELECT CONCAT('(', ch.CHECK_CLAUSE, ')') FROM information_schema.CHECK_CONSTRAINTS ch
            WHERE ch.CONSTRAINT_SCHEMA = DATABASE() AND ch.TABLE_NAME = tc.TABLE_NAME AND ch.CONSTRAINT_NAME = tc.CONSTRAINT_NAME))
  FROM information_schema.TABLE_CONSTRAINTS tc WHERE tc.CONSTRAINT_SCHEMA = DATABASE()
UNION ALL
SELECT TABLE_NAME, 'index', INDEX_NAME,
       CONCAT(IF(NON_UNIQUE = 0, 'UNIQUE ', ''), QUOTE(INDEX_NAME), ' (', GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX), ')')
  FROM information_schema.STATISTICS WHERE ${here} GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE
UNION ALL
SELECT TABLE_NAME, 'comment', '', QUOTE(TABLE_COMMENT) FROM information_schema.TABLES
  WHERE ${here} AND TABLE_TYPE = 'BASE TABLE' AND TABLE_COMMENT <> ''
UNION ALL
SELECT TABLE_NAME, 'view', '', ${flat("REPLACE(VIEW_DEFINITION, CONCAT('`', DATABASE(), '`.'), '')")}
  FROM information_schema.VIEWS WHERE ${here}
`;

const ident = (name: string) => `\`${name.replaceAll("`", "``")}\``;
const literal = (text: string) => `'${text.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

export const mariadbCatalog: Catalog = {
  schemaQuery: SCHEMA,
  // Bytes as hex: JSON cannot hold them. Keys in column order.
  rowsQuery: (tables: readonly Table[]) =>
    tables.map((t) => {
      const values = t.columns.map((c) =>
        `${literal(c.name)}, ${/blob|binary/.test(c.type) ? `HEX(${ident(c.name)})` : ident(c.name)}`);
      return `SELECT ${literal(t.name)}, 'row', '', JSON_OBJECT(${values.join(", ")}) FROM ${ident(t.name)}`;
    }).join("\nUNION ALL\n"),
};

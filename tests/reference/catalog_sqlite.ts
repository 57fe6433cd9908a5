/** SQLite's catalog (sqlite_master and the pragma table functions) for snapshot.ts. */
import type { Catalog, Table } from "./snapshot.ts";

/** Newlines flattened and indentation squeezed (SQLite has no regexp_replace). */
const flat = (expr: string) => `replace(replace(replace(${expr}, char(10), ' '), '    ', ' '), '  ', ' ')`;
const user = "m.name NOT LIKE 'sqlite_%'";

const SCHEMA = `
SELECT m.name, 'column', p.cid,
       p.name || ' ' || p.type || CASE p."notnull" WHEN 1 THEN ' NOT NULL' ELSE '' END
       || coalesce(' DEFAULT ' || p.dflt_value, '') || CASE WHEN p.pk > 0 THEN ' PK' || p.pk ELSE '' END
  FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type IN ('table', 'view') AND ${user}
UNION ALL
SELECT m.name, 'table-column', p.cid, p.name || char(9) || p.type
  FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND ${user}
UNION ALL
SELECT m.name, 'constraint', f.id,
       'FOREIGN KEY (' || group_concat(f."from") || ') REFERENCES ' || f."table" || ' (' || group_concat(f."to") || ')'
       || ' ON UPDATE ' || f.on_update || ' ON DELETE ' || f.on_delete
  FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND ${user} GROUP BY m.name, f.id
UNION ALL
SELECT m.name, 'index', l.name,
       CASE l."unique" WHEN 1 THEN 'UNIQUE ' ELSE '' END || l.name || ' ('
       || (SELECT group_concat(coalesce(i.name, '<expression>')) FROM pragma_index_info(l.name) i) || ') origin ' || l.origin
       || CASE l.partial WHEN 1 THEN ' partial' ELSE '' END
  FROM sqlite_master m, pragma_index_list(m.name) l WHERE m.type = 'table' AND ${user}
UNION ALL
SELECT m.tbl_name, 'index', m.name, ${flat("m.sql")} FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL
UNION ALL
SELECT m.name, CASE m.type WHEN 'view' THEN 'view' ELSE 'constraint' END, '', ${flat("m.sql")}
  FROM sqlite_master m WHERE m.type IN ('table', 'view') AND ${user}
`;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export const sqliteCatalog: Catalog = {
  schemaQuery: SCHEMA,
  // Bytes as hex: JSON cannot hold them. Keys in column order.
  rowsQuery: (tables: readonly Table[]) =>
    tables.map((t) => {
      const values = t.columns.map((c) =>
        `${literal(c.name)}, CASE typeof(${ident(c.name)}) WHEN 'blob' THEN hex(${ident(c.name)}) ELSE ${ident(c.name)} END`);
      return `SELECT ${literal(t.name)}, 'row', '', json_object(${values.join(", ")}) FROM ${ident(t.name)}`;
    }).join("\nUNION ALL\n"),
};

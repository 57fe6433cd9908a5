/** PostgreSQL's catalog (pg_catalog) for snapshot.ts: the public schema of one database. */
import type { Catalog, Table } from "./snapshot.ts";

/** Newlines and runs of spaces flattened, so every row stays one tab-separated line. */
const flat = (expr: string) => `regexp_replace(${expr}, '\\s+', ' ', 'g')`;

const SCHEMA = `
WITH rel AS (
  SELECT c.oid, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S')
)
SELECT relname, 'column', a.attnum::text,
       quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
       || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
       || coalesce(' COMMENT ' || quote_literal(col_description(rel.oid, a.attnum)), '')
  FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef d ON d.adrelid = rel.oid AND d.adnum = a.attnum
  WHERE rel.relkind IN ('r', 'v')
UNION ALL
SELECT relname, 'table-column', a.attnum::text, a.attname || E'\\t' || format_type(a.atttypid, a.atttypmod)
  FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
  WHERE rel.relkind = 'r'
UNION ALL
SELECT rel.relname, 'constraint', con.conname, quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid)
  FROM pg_constraint con JOIN rel ON rel.oid = con.conrelid
UNION ALL
SELECT rel.relname, 'index', ic.relname, replace(pg_get_indexdef(i.indexrelid), ' public.', ' ')
  FROM pg_index i JOIN rel ON rel.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
UNION ALL
SELECT relname, 'comment', '', quote_literal(obj_description(oid, 'pg_class'))
  FROM rel WHERE obj_description(oid, 'pg_class') IS NOT NULL
UNION ALL
SELECT relname, 'view', '', ${flat("pg_get_viewdef(oid, true)")} FROM rel WHERE relkind = 'v'
UNION ALL
SELECT '(database)', 'enum', t.typname, t.typname || ' (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')'
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname = 'public' GROUP BY t.typname
UNION ALL
SELECT '(database)', 'sequence', relname, relname FROM rel WHERE relkind = 'S'
`;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export const postgresqlCatalog: Catalog = {
  schemaQuery: SCHEMA,
  // to_jsonb keeps every value exact as text (bigint, numeric) and bytea as '\x...'.
  rowsQuery: (tables: readonly Table[]) =>
    tables
      .map((t) => `SELECT ${literal(t.name)}, 'row', '', ${flat("to_jsonb(x)::text")} FROM ${ident(t.name)} x`)
      .join("\nUNION ALL\n"),
};

/**
 * The whole-schema query behind snapshot.ts: every user object in every non-system
 * schema as (kind, name, definition, table) rows, in one round trip, because `mig check`
 * takes two snapshots per revision and PGlite pays per query. `excluded` is a relation
 * `x(t, s)` of tables (name, schema or null for current_schema()) to leave out with all
 * they carry: the version table.
 */

const NAMESPACES = `
  SELECT oid, nspname FROM pg_catalog.pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname !~ '^pg_(toast|temp_)'`;

/** Relations of the user's schemas, without the excluded ones. */
const relations = (excluded: string) => `
  SELECT c.oid, c.relname, c.relkind, ns.nspname, quote_ident(ns.nspname) || '.' || quote_ident(c.relname) AS qualified
  FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ${excluded}
    WHERE c.relname = x.t AND ns.nspname = COALESCE(x.s, current_schema()))`;

export const snapshotSql = (excluded: string) => `
WITH ns AS (${NAMESPACES}), rel AS (${relations(excluded)})
SELECT 'schema' AS kind, quote_ident(nspname) AS name, '' AS def, NULL::text AS tbl FROM ns
UNION ALL
SELECT CASE WHEN relkind IN ('v', 'm') THEN 'view' WHEN relkind = 'S' THEN 'sequence' ELSE 'table' END,
  qualified,
  CASE WHEN relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(oid)
    ELSE COALESCE('COMMENT ' || quote_literal(pg_catalog.obj_description(oid, 'pg_class')), '') END,
  -- A sequence owned by a column (serial, identity) belongs to that column's table.
  CASE WHEN relkind = 'S' THEN (SELECT owner.qualified FROM pg_catalog.pg_depend dep JOIN rel owner ON owner.oid = dep.refobjid
    WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = rel.oid
      AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.deptype IN ('a', 'i') LIMIT 1) END
FROM rel WHERE relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
UNION ALL
SELECT 'column', r.qualified || '.' || quote_ident(a.attname),
  pg_catalog.format_type(a.atttypid, a.atttypmod)
    || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
    || CASE WHEN a.attgenerated::text <> '' THEN ' GENERATED ALWAYS AS (' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) || ')'
       ELSE COALESCE(' DEFAULT ' || pg_catalog.pg_get_expr(d.adbin, d.adrelid), '') END
    || CASE WHEN a.attidentity::text <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
    || COALESCE(' COLLATE ' || quote_ident(co.collname), '')
    || COALESCE(' COMMENT ' || quote_literal(pg_catalog.col_description(a.attrelid, a.attnum)), ''),
  r.qualified
FROM pg_catalog.pg_attribute a JOIN rel r ON r.oid = a.attrelid AND r.relkind IN ('r', 'p', 'f')
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> (
  SELECT typcollation FROM pg_catalog.pg_type WHERE oid = a.atttypid)
WHERE a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'constraint', r.qualified || '.' || quote_ident(con.conname), pg_catalog.pg_get_constraintdef(con.oid), r.qualified
FROM pg_catalog.pg_constraint con JOIN rel r ON r.oid = con.conrelid
UNION ALL
SELECT 'index', quote_ident(ns.nspname) || '.' || quote_ident(i.relname), pg_catalog.pg_get_indexdef(i.oid), r.qualified
FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid JOIN ns ON ns.oid = i.relnamespace
JOIN rel r ON r.oid = x.indrelid
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid)
UNION ALL
SELECT 'type', quote_ident(ns.nspname) || '.' || quote_ident(t.typname),
  CASE t.typtype
    WHEN 'e' THEN 'ENUM (' || COALESCE((SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
      FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), '') || ')'
    WHEN 'd' THEN 'DOMAIN ' || pg_catalog.format_type(t.typbasetype, t.typtypmod)
      || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END || COALESCE(' DEFAULT ' || t.typdefault, '')
      || COALESCE((SELECT ' ' || string_agg(pg_catalog.pg_get_constraintdef(c.oid), ' ' ORDER BY c.conname)
        FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid), '')
    WHEN 'r' THEN 'RANGE'
    ELSE 'COMPOSITE (' || COALESCE((SELECT string_agg(quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
      FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '') || ')'
  END,
  NULL
FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
WHERE t.typtype IN ('e', 'd', 'r')
  OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
UNION ALL
SELECT 'function', quote_ident(ns.nspname) || '.' || quote_ident(p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
  COALESCE(pg_catalog.pg_get_function_result(p.oid), 'PROCEDURE') || ' ' || md5(p.prosrc), NULL
FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = p.oid AND dep.deptype = 'e')
UNION ALL
SELECT 'trigger', r.qualified || '.' || quote_ident(tg.tgname), pg_catalog.pg_get_triggerdef(tg.oid), r.qualified
FROM pg_catalog.pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid
WHERE NOT tg.tgisinternal
UNION ALL
SELECT 'extension', quote_ident(extname), extversion, NULL FROM pg_catalog.pg_extension WHERE extname <> 'plpgsql'`;

/**
 * The catalog queries behind catalog.ts: one per kind of object for the whole schema, so
 * a 200-table schema reads in a handful of round trips. $1 is a JSON array of schema
 * names (the current schema is always read); `$1 = '"all"'` reads every user schema.
 */

const SCHEMAS = `(SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = current_schema()
  OR ($1::text = '"all"' AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema')
  OR ($1::text <> '"all"' AND n.nspname IN (SELECT json_array_elements_text($1::json))))`;

export const TABLES_SQL = `
  SELECT c.oid::int8::text AS oid, c.relname AS name, n.nspname AS schema, n.nspname = current_schema() AS is_default,
    obj_description(c.oid, 'pg_class') AS comment
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relnamespace IN ${SCHEMAS} AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  ORDER BY n.nspname <> current_schema(), n.nspname, c.relname`;

export const SCHEMAS_SQL = `
  SELECT n.nspname AS name FROM pg_catalog.pg_namespace n
  WHERE n.oid IN ${SCHEMAS} AND n.nspname <> current_schema() ORDER BY n.nspname`;

export const ENUMS_SQL = `
  SELECT t.typname AS name, n.nspname AS schema, n.nspname = current_schema() AS is_default,
    (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)::text AS labels
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype = 'e' AND t.typnamespace IN ${SCHEMAS}
  ORDER BY n.nspname <> current_schema(), n.nspname, t.typname`;

const TABLE_OIDS = `(SELECT c.oid FROM pg_catalog.pg_class c WHERE c.relnamespace IN ${SCHEMAS} AND c.relkind IN ('r', 'p') AND NOT c.relispartition)`;

export const COLUMNS_SQL = `
  SELECT a.attrelid::int8::text AS table_oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
    a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS dflt, dsc.description AS comment,
    ty.typtype::text AS typtype, ty.typname AS typname, tn.nspname AS typschema, tn.nspname = current_schema() AS typ_default,
    a.attidentity::text AS identity, a.attgenerated::text AS generated,
    CASE WHEN ty.typtype = 'e' THEN (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e
      WHERE e.enumtypid = a.atttypid)::text END AS labels,
    owned.refobjid IS NOT NULL AS owns_sequence
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  JOIN pg_catalog.pg_namespace tn ON tn.oid = ty.typnamespace
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_description dsc ON dsc.objoid = a.attrelid AND dsc.classoid = 'pg_catalog.pg_class'::regclass
    AND dsc.objsubid = a.attnum
  -- Sequences a column owns (serial): one join rather than a lookup per column.
  LEFT JOIN (SELECT dep.refobjid, dep.refobjsubid FROM pg_catalog.pg_depend dep
      JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
      WHERE dep.deptype = 'a' AND dep.classid = 'pg_catalog.pg_class'::regclass) owned
    ON owned.refobjid = a.attrelid AND owned.refobjsubid = a.attnum
  WHERE a.attrelid IN ${TABLE_OIDS} AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY a.attrelid, a.attnum`;

const names = (array: string, rel: string) => `
  (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(${array}) WITH ORDINALITY k(num, ord)
   JOIN pg_catalog.pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.num)::text`;

export const CONSTRAINTS_SQL = `
  SELECT con.conrelid::int8::text AS table_oid, con.conname AS name, con.contype::text AS type,
    ${names("con.conkey", "con.conrelid")} AS columns, ${names("con.confkey", "con.confrelid")} AS ref_columns,
    rc.relname AS ref_table, rn.nspname AS ref_schema, rn.nspname = current_schema() AS ref_in_current,
    con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
    con.condeferrable AS deferrable, con.condeferred AS deferred,
    CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid, true) END AS def
  FROM pg_catalog.pg_constraint con
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  WHERE con.conrelid IN ${TABLE_OIDS} AND con.contype IN ('p', 'u', 'f', 'c')
  ORDER BY con.conrelid, con.conname`;

export const INDEXES_SQL = `
  SELECT ix.indrelid::int8::text AS table_oid, i.relname AS name, ix.indisunique AS is_unique,
    am.amname AS method, CASE WHEN am.amname <> 'btree' THEN pg_get_indexdef(ix.indexrelid) END AS def, pg_get_expr(ix.indpred, ix.indrelid, true) AS predicate,
    (SELECT json_agg(json_build_object('attnum', k.num, 'expr', CASE WHEN k.num = 0 THEN pg_get_indexdef(ix.indexrelid, k.ord::int, true) END) ORDER BY k.ord)
      FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord) WHERE k.ord <= ix.indnkeyatts)::text AS keys,
    (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num WHERE k.ord <= ix.indnkeyatts)::text AS names
  FROM pg_catalog.pg_index ix
  JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = i.relam
  WHERE ix.indrelid IN ${TABLE_OIDS}
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype IN ('p', 'u', 'x'))
  ORDER BY ix.indrelid, i.relname`;

/** The catalog queries behind introspect.ts. Parameters: $1 table name, $2 schema (null: current). */

const TABLE = `
  SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relname = $1 AND n.nspname = COALESCE($2::text, current_schema()) AND c.relkind IN ('r', 'p')`;

/** One row when the table exists: how many of its columns have enum types. */
export const ENUM_COLUMN_COUNT_SQL = `
  SELECT (SELECT count(*) FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
    WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped AND ty.typtype = 'e')::int AS enums
  FROM (${TABLE}) t`;

export const TABLE_SQL = `
  SELECT obj_description(t.oid, 'pg_class') AS comment FROM (${TABLE}) t`;

const names = (array: string, rel: string) => `
  (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(${array}) WITH ORDINALITY k(num, ord)
   JOIN pg_catalog.pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.num)::text`;

export const COLUMNS_SQL = `
  SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
    pg_get_expr(d.adbin, d.adrelid) AS dflt, col_description(a.attrelid, a.attnum) AS comment,
    ty.typtype::text AS typtype, ty.typname::text AS typname, tn.nspname::text AS typschema,
    tn.nspname = current_schema() AS typ_in_current,
    (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e
      WHERE e.enumtypid = a.atttypid)::text AS labels,
    -- Only enums need it, and counting scans all of pg_attribute: most of this query's time.
    CASE WHEN ty.typtype = 'e' THEN (SELECT count(*) FROM pg_catalog.pg_attribute a2 JOIN pg_catalog.pg_class c2 ON c2.oid = a2.attrelid
      WHERE a2.atttypid = a.atttypid AND a2.attnum > 0 AND NOT a2.attisdropped
        AND c2.relkind IN ('r', 'p', 'v', 'm', 'f'))::int END AS users
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  JOIN pg_catalog.pg_namespace tn ON tn.oid = ty.typnamespace
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attrelid = (${TABLE}) AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY a.attnum`;

export const CONSTRAINTS_SQL = `
  SELECT con.conname AS name, con.contype::text AS type, ${names("con.conkey", "con.conrelid")} AS columns,
    ${names("con.confkey", "con.confrelid")} AS ref_columns, rc.relname AS ref_table, rn.nspname AS ref_schema,
    rn.nspname = current_schema() AS ref_in_current, con.confdeltype::text AS on_delete,
    con.confupdtype::text AS on_update, con.condeferrable AS deferrable, con.condeferred AS deferred,
    pg_get_constraintdef(con.oid) AS def
  FROM pg_catalog.pg_constraint con
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
  WHERE con.conrelid = (${TABLE}) AND con.contype IN ('p', 'u', 'f', 'c')
  ORDER BY con.contype <> 'p', con.conname`;

export const INDEXES_SQL = `
  SELECT i.relname AS name, ix.indisunique AS is_unique, pg_get_indexdef(ix.indexrelid) AS def,
    ix.indpred IS NOT NULL AS partial, 0 = ANY (ix.indkey::int2[]) AS has_expr,
    (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num
      WHERE k.ord <= ix.indnkeyatts)::text AS columns
  FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
  WHERE ix.indrelid = (${TABLE})
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype IN ('p', 'u', 'x'))
  ORDER BY i.relname`;

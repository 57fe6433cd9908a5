/**
 * A whole database schema as autogenerate compares it: the same element shapes scripts
 * declare (`TableDefinition`, `ColumnElement`, constraint and index elements), read back
 * from a server's catalog. Both sides of a comparison are read by one dialect's
 * `introspectCatalog` from one engine, so the server has already normalized every type,
 * default and expression: equal text means equal meaning.
 *
 * What introspection guarantees, so the comparison can stay simple:
 * - every constraint and index has a name (the one the server assigned if none was given);
 * - column types are `{ kind: "raw", sql }` as the server prints them (`format_type` on
 *   PostgreSQL, `COLUMN_TYPE` on MySQL, the declared type on SQLite), except enums, which are
 *   `{ kind: "enum" }` with their values in order;
 * - `serverDefault` is the server's own text for the default expression (`pg_get_expr`,
 *   `COLUMN_DEFAULT`), never evaluated; a PostgreSQL `serial` default
 *   (`nextval('<owned sequence>'::regclass)`) is not a default: the column has
 *   `autoincrement: true` instead, as do MySQL `AUTO_INCREMENT` and identity columns;
 * - index columns are names, or `Sql` for expressions; `where` is the predicate's text;
 * - tables are sorted by (schema, name), columns in table order, constraints and indexes by name.
 *
 * Shapes per dialect (the comparison relies on them; tests/autogenerate/catalog_*.test.ts hold them):
 * - PostgreSQL: `serial` and identity columns (ALWAYS and BY DEFAULT alike) are
 *   `autoincrement: true` with no default; which identity kind is not recorded yet.
 *   `timestamp(6)`/`time(6)` read as the default precision they are. An index with a method
 *   other than btree keeps the server's CREATE INDEX text in `sql`. Enums are `{ kind: "enum",
 *   create: false }`; a default keeps the server's spelling (`'x'::text` stays as typed).
 * - MySQL/MariaDB: the primary key has no name (it is always PRIMARY); a UNIQUE key is a
 *   `unique` constraint, never an index; the index behind a foreign key is the key's
 *   (`backingIndex: true`), not an index; MariaDB's JSON (LONGTEXT plus its automatic
 *   `json_valid` check) reads as `json`, the check left out; ENUM columns stay raw
 *   (`enum('a','b')`), types being COLUMN_TYPE (`int(11)` on MariaDB, `tinyint(1)` for BOOLEAN).
 * - SQLite: `autoincrement: true` only with the AUTOINCREMENT keyword; an `INTEGER PRIMARY
 *   KEY` (rowid alias), like mig's compiled `t.integer()` primary key, reads without it.
 *   Constraints may be unnamed (the primary key always is): unnamed ones are known by what
 *   they constrain. Type names are upper-cased with spacing normalized (`VARCHAR(5)`,
 *   `NUMERIC(10, 2)`); an index with an expression or a WHERE keeps its CREATE INDEX text
 *   in `sql` (with `columns: []`).
 */

import type { DialectName } from "../ops/context.ts";
import type { TableDefinition } from "../ops/table_definition.ts";

/** A PostgreSQL enum type (`CREATE TYPE ... AS ENUM`); other dialects have none. */
export interface CatalogEnum {
  readonly name: string;
  /** Absent when in the default schema. */
  readonly schema?: string;
  readonly values: readonly string[];
}

export interface Catalog {
  readonly dialect: DialectName;
  /** Schemas other than the default one that hold (or should hold) objects (PostgreSQL). */
  readonly schemas: readonly string[];
  readonly enums: readonly CatalogEnum[];
  /** Sorted by schema (default first), then name. `schema` is absent for the default schema. */
  readonly tables: readonly TableDefinition[];
  /**
   * True for a target as declared in a schema module, before materialization: builder
   * types, names possibly unset, `autoincrement` left to mig's rule. Only ever compared
   * with an empty catalog (to create it).
   */
  readonly declared?: boolean;
}

/** What to read: autogenerate never looks at the version table or at filtered-out objects. */
export interface CatalogOptions {
  /** Tables left out entirely (the version table). */
  readonly exclude?: readonly { readonly table: string; readonly schema?: string }[];
  /**
   * Schemas to read besides the default one (Alembic's `include_schemas`): undefined reads
   * the default schema only, `"all"` every user schema.
   */
  readonly schemas?: readonly string[] | "all";
}

export const emptyCatalog = (dialect: DialectName): Catalog =>
  Object.freeze({ dialect, schemas: [], enums: [], tables: [] });

/** `schema.table` or `table`, the key tables and hints are matched by. */
export const tableKey = (table: { readonly name: string; readonly schema?: string }): string =>
  table.schema === undefined ? table.name : `${table.schema}.${table.name}`;

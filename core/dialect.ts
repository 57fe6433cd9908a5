/**
 * The seam between core/ and a database dialect: op nodes in, SQL statements out, plus the
 * capability flags the runner branches on (instead of branching on a dialect's name).
 * core/ only ever holds a `Dialect`; it never imports one.
 */

import type { Row } from "./driver.ts";
import { DatabaseError } from "./errors.ts";
import type { DialectName } from "./ops/context.ts";
import type { OpNode } from "./ops/op_node.ts";
import type { LiteralValue } from "./ops/sql.ts";
import type { TableDefinition } from "./ops/table_definition.ts";
import type { SchemaSnapshot, SnapshotOptions } from "./schema_snapshot.ts";
import type { Catalog, CatalogOptions } from "./autogenerate/catalog.ts";
import type { TypeNode } from "./ops/elements/type.ts";

export type { DialectName };

export interface DialectCapabilities {
  /** DDL runs inside transactions (PostgreSQL, SQLite); MySQL commits implicitly. */
  readonly transactionalDdl: boolean;
  /** `--sql` output wraps the run in BEGIN;/COMMIT; (PostgreSQL; Alembic prints none for MySQL and SQLite). */
  readonly offlineTransactionBlocks: boolean;
  /** ALTER COLUMN can change a type, nullability or default in place (not SQLite). */
  readonly supportsAlterColumnType: boolean;
  /** Table and column comments exist (not SQLite). */
  readonly supportsComments: boolean;
  /** Comments are separate `COMMENT ON` statements (PostgreSQL) rather than inline (MySQL). */
  readonly supportsCommentOn: boolean;
  /** Constraints can be added or dropped with ALTER TABLE (not SQLite: batchAlterTable). */
  readonly supportsAlterConstraint: boolean;
  /** `DROP COLUMN IF EXISTS` / `ADD COLUMN IF NOT EXISTS` (PostgreSQL, MariaDB). */
  readonly supportsIfExistsOnColumn: boolean;
  /** `CREATE INDEX IF NOT EXISTS` / `DROP INDEX IF EXISTS` (not MySQL). */
  readonly supportsIfExistsOnIndex: boolean;
  /** `DROP CONSTRAINT IF EXISTS` (PostgreSQL, MariaDB). */
  readonly supportsIfExistsOnConstraint: boolean;
  /** Partial indexes (`WHERE`) (PostgreSQL, SQLite). */
  readonly supportsPartialIndex: boolean;
  /** Named enum types with a lifecycle of their own (PostgreSQL). */
  readonly supportsNativeEnum: boolean;
  /** DEFERRABLE foreign keys (PostgreSQL, SQLite); MySQL checks immediately. */
  readonly supportsDeferrable: boolean;
  /** DEFERRABLE unique constraints (PostgreSQL only; elsewhere the clause is dropped). */
  readonly supportsDeferrableUnique: boolean;
  /** DROP INDEX must name the table (MySQL). */
  readonly dropIndexNeedsTable: boolean;
  /**
   * A batch that recreates the table (SQLite) drops the old table; with foreign keys
   * enforced, that cascades into child rows, so the compiled batch starts with a guard
   * that fails ("... needs PRAGMA foreign_keys=OFF ...") when keys are enforced and other
   * tables reference it. The runner sets `PRAGMA foreign_keys=OFF` before BEGIN, checks
   * `PRAGMA foreign_key_check` before COMMIT and restores the pragma afterwards.
   */
  readonly recreateNeedsForeignKeysOff: boolean;
  /**
   * A schema put first on the search path receives unqualified DDL and reads back as the
   * default schema (PostgreSQL): autogenerate can build a target beside existing tables.
   */
  readonly scratchSchemaOnSearchPath: boolean;
}

/** A table the compiler would like reflected before compiling a node (online only). */
export interface TableRef {
  readonly table: string;
  readonly schema?: string;
}

/** A feature a statement uses that older servers lack (`mig check` with target_postgres_version). */
export interface NewerSyntax {
  /** What was found, as users would search for it: `MERGE`, `NULLS NOT DISTINCT`. */
  readonly feature: string;
  /** The first server version that has it, e.g. "15". */
  readonly since: string;
}

/** Run a query and return rows; the driver's `query`, passed in so dialects need no driver. */
export type QueryFn = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/**
 * What a compile may need beyond the node: the mode, tables the runner reflected for it,
 * and what earlier ops of the same run created (PostgreSQL enum types). One context lives
 * for a whole run (see core/ops/compile_context.ts).
 */
export interface CompileContext {
  /** --sql mode: nothing can be read from the database. */
  readonly offline: boolean;
  /** The revision being compiled, for error messages. */
  readonly revision?: string;
  /** A table the runner reflected for this compile, if any. */
  reflected(table: string, schema?: string): TableDefinition | undefined;
  /** State carried from op to op within the run. */
  readonly memo: SchemaMemo;
}

/** Enum types created and used by earlier ops of the run, so drops can clean them up. */
export interface SchemaMemo {
  /** A `CREATE TYPE` was emitted for this type in this run. */
  enumCreated(type: string, schema?: string): boolean;
  markEnumCreated(type: string, schema?: string): void;
  forgetEnum(type: string, schema?: string): void;
  /** Record that `table.column` uses an enum type (or no longer does, with `type` undefined). */
  setColumnEnum(table: TableRef, column: string, type: TableRef | undefined): void;
  /** The enum type a known column uses. */
  columnEnum(table: TableRef, column: string): TableRef | undefined;
  /** Known enum columns of a table: column name -> type. */
  tableEnums(table: TableRef): ReadonlyMap<string, TableRef>;
  /** How many known columns (any table) use a type. */
  enumUsers(type: TableRef): number;
  renameTable(from: TableRef, to: TableRef): void;
  forgetTable(table: TableRef): void;
}

/**
 * Statements a run puts around its transaction where a rebuilt table would otherwise
 * cascade into other tables' rows (SQLite's batch mode drops and recreates tables).
 */
export interface ForeignKeyGuard {
  /** Before the run's transaction (the setting only takes effect outside one). */
  readonly disable: string;
  /** Before each commit: every row returned is a violation. */
  readonly check: string;
  /** After the run, whatever happened. */
  readonly enable: string;
}

/** The statements around the version table; `table` defaults to the configured name. */
export interface VersionTableSql {
  create(table: string, schema?: string): string;
  drop(table: string, schema?: string): string;
  insert(table: string, version: string, schema?: string): string;
  update(table: string, from: string, to: string, schema?: string): string;
  delete(table: string, version: string, schema?: string): string;
  select(table: string, schema?: string): string;
  /** A query returning at least one row exactly when the table exists. */
  exists(table: string, schema?: string): string;
}

/**
 * The statements of `lock_strategy = "table"` (core/runtime/table_lock.ts): one row per
 * held lock, keyed by the lock's name, with a lease the holder renews. Every time is the
 * database's own clock, so clients on different machines agree on when a lease ran out.
 */
export interface LockTableSql {
  /** CREATE TABLE IF NOT EXISTS: columns id (the lock name), holder, acquired_at, expires_at. */
  create(table: string, schema?: string): string;
  /** The row of lock `name`: columns `holder` and `expired` (1 when its lease has run out, else 0). */
  read(table: string, name: string, schema?: string): string;
  /** Take lock `name` for `holder` until `leaseSeconds` from now; fails (duplicate key) while a row exists. */
  insert(table: string, name: string, holder: string, leaseSeconds: number, schema?: string): string;
  /** Push `holder`'s lease to `leaseSeconds` from now; changes no row once another run took it over. */
  renew(table: string, name: string, holder: string, leaseSeconds: number, schema?: string): string;
  /** Delete `holder`'s row of lock `name` only if its lease has run out (a run that died). */
  deleteExpired(table: string, name: string, holder: string, schema?: string): string;
  /** Delete `holder`'s own row of lock `name`. */
  release(table: string, name: string, holder: string, schema?: string): string;
}

export interface Dialect {
  readonly name: DialectName;
  /** "postgresql", "mysql", "mariadb" or "sqlite". */
  readonly variant: string;
  readonly capabilities: DialectCapabilities;
  /** SQL statements for one op, without trailing `;`. Throws CompileError when unsupported. */
  compile(node: OpNode, ctx: CompileContext): string[];
  /** Tables to reflect (online) before compiling `node`; the runner passes them via ctx. */
  reflectionNeeds(node: OpNode, ctx: CompileContext): readonly TableRef[];
  /** Read a table's definition through `query`. Throws DatabaseError when it doesn't exist. */
  introspect(query: QueryFn, table: string, schema?: string): Promise<TableDefinition>;
  /**
   * What the runner reads before compiling a node that asked for `table` (reflectionNeeds):
   * as much of the definition as this dialect's compiler uses, which may be far less than
   * `introspect` (PostgreSQL only looks at enum columns). Defaults to `introspect`.
   */
  reflect(query: QueryFn, table: string, schema?: string): Promise<TableDefinition>;
  /** The whole schema as comparable objects (`mig check` compares states of one database). */
  snapshotSchema(query: QueryFn, options?: SnapshotOptions): Promise<SchemaSnapshot>;
  /** The whole schema as autogenerate compares it (see core/autogenerate/catalog.ts). */
  introspectCatalog(query: QueryFn, options?: CatalogOptions): Promise<Catalog>;
  /**
   * A catalog column type (raw server text) as the `t.*` builder node this dialect renders to
   * exactly that text (`character varying(50)` -> `t.string(50)`), or the raw node unchanged.
   */
  typeFromCatalog(type: TypeNode): TypeNode;
  /** Features in `sql` newer than server version `target` (major or major.minor); none where not tracked. */
  newerSyntax(sql: string, target: string): readonly NewerSyntax[];
  quoteIdentifier(name: string): string;
  literal(value: LiteralValue): string;
  readonly versionTable: VersionTableSql;
  readonly lockTable: LockTableSql;
  /** Present where runs must not let table rebuilds enforce foreign keys (SQLite). */
  readonly foreignKeyGuard?: ForeignKeyGuard;
  /** The dialect matching a live server's version string (MySQL -> MariaDB variant). */
  forServerVersion(serverVersion: string): Dialect;
}

/** Thrown by `introspect` when the table does not exist (callers may treat it as "nothing known"). */
export class NoSuchTableError extends DatabaseError {
  override name = "NoSuchTableError";
  constructor(readonly table: string, readonly schema?: string) {
    super(`No such table: '${schema === undefined ? table : `${schema}.${table}`}'`);
  }
}

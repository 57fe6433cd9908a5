/** Table-level constraints (`t.primaryKey`, `t.unique`, `t.check`, `t.foreignKey`) and indexes. */

import type { Sql } from "../sql.ts";

export interface Deferrability {
  readonly deferrable?: boolean;
  /** "DEFERRED" or "IMMEDIATE"; rendered as given. */
  readonly initially?: string;
}

export interface PrimaryKeyElement {
  readonly kind: "primaryKey";
  readonly name?: string;
  readonly columns: readonly string[];
}

export interface UniqueElement extends Deferrability {
  readonly kind: "unique";
  readonly name?: string;
  readonly columns: readonly string[];
}

export interface CheckElement {
  readonly kind: "check";
  readonly name?: string;
  readonly condition: Sql;
}

export interface ForeignKeyElement extends Deferrability {
  readonly kind: "foreignKey";
  readonly name?: string;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refSchema?: string;
  readonly refColumns: readonly string[];
  readonly onDelete?: string;
  readonly onUpdate?: string;
  /**
   * Read from MySQL: the server made an index of the key's name for it, which outlives
   * the key when the key is dropped (autogenerate drops it too).
   */
  readonly backingIndex?: boolean;
}

export type ConstraintElement = PrimaryKeyElement | UniqueElement | CheckElement | ForeignKeyElement;

/** An index declared with the table (`t.index`, or `t.column(..., { index: true })`). */
export interface IndexElement {
  readonly kind: "index";
  readonly name: string;
  readonly columns: readonly (string | Sql)[];
  readonly unique: boolean;
  readonly where?: Sql;
  /** Verbatim `CREATE INDEX` text, for reflected indexes mig cannot take apart (SQLite). */
  readonly sql?: string;
}

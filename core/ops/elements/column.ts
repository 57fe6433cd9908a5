/** A column as declared by `t.column(...)`. */

import type { Sql } from "../sql.ts";
import type { TypeNode } from "./type.ts";

/** `references: "table.column"` or `"schema.table.column"`, parsed. */
export interface ColumnReference {
  readonly table: string;
  readonly column: string;
  readonly schema?: string;
}

export interface ColumnElement {
  readonly kind: "column";
  readonly name: string;
  readonly type: TypeNode;
  /** Primary key columns are never nullable, whatever was passed. */
  readonly nullable: boolean;
  readonly primaryKey: boolean;
  /** undefined means SQLAlchemy's "auto": a lone integer primary key autoincrements. */
  readonly autoincrement?: boolean;
  readonly unique: boolean;
  readonly index: boolean;
  readonly serverDefault?: Sql;
  readonly comment?: string;
  readonly references?: ColumnReference;
  /** Target schemas: the previous name, a rename hint for autogenerate. */
  readonly renamedFrom?: string;
}

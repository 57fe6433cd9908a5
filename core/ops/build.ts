/**
 * Node builders for the table-bound ops, shared by `op.*` (which emits them) and the
 * `batch` object of `op.batchAlterTable` (which collects them). Arguments are checked here
 * so a bad call fails at the script line that made it.
 */

import { ScriptError } from "../errors.ts";
import type { CallSite } from "./call_site.ts";
import type { ColumnElement } from "./elements/column.ts";
import type { TypeNode } from "./elements/type.ts";
import { compact, frozen, list } from "./freeze.ts";
import { addColumnNode, type AddColumnNode } from "./nodes/add_column.ts";
import { alterColumnNode, type AlterColumnNode } from "./nodes/alter_column.ts";
import { createCheckConstraintNode, type CreateCheckConstraintNode } from "./nodes/create_check_constraint.ts";
import { createForeignKeyNode, type CreateForeignKeyNode } from "./nodes/create_foreign_key.ts";
import { createIndexNode, type CreateIndexNode } from "./nodes/create_index.ts";
import { createPrimaryKeyNode, type CreatePrimaryKeyNode } from "./nodes/create_primary_key.ts";
import { createUniqueConstraintNode, type CreateUniqueConstraintNode } from "./nodes/create_unique_constraint.ts";
import { type ConstraintType, dropConstraintNode, type DropConstraintNode } from "./nodes/drop_constraint.ts";
import { dropIndexNode, type DropIndexNode } from "./nodes/drop_index.ts";
import { isSql, type Sql } from "./sql.ts";
import { foreignKey, type ForeignKeyOptions, t } from "./t.ts";
import { checkName, toSql } from "./validate.ts";

/** Where a table-bound op applies. */
export interface Target {
  readonly table: string;
  readonly schema?: string;
  readonly site?: CallSite;
}

export interface AlterColumnOptions {
  readonly nullable?: boolean;
  readonly type?: TypeNode;
  /** PostgreSQL `USING` expression, e.g. `"amount::numeric"`; needs `type`. */
  readonly using?: string | Sql;
  /** A string is a quoted literal; `t.sql(...)` an expression; null drops the default. */
  readonly serverDefault?: string | Sql | null;
  readonly newName?: string;
  /** null drops the comment. */
  readonly comment?: string | null;
  readonly existingType?: TypeNode;
  readonly existingNullable?: boolean;
  readonly existingServerDefault?: string | Sql | null;
  readonly existingComment?: string | null;
}

export interface CreateIndexOptions {
  readonly unique?: boolean;
  readonly where?: string | Sql;
  readonly concurrently?: boolean;
  readonly ifNotExists?: boolean;
}

const CONSTRAINT_TYPES: readonly ConstraintType[] = ["foreignkey", "primary", "unique", "check"];

export function buildAddColumn(
  target: Target,
  column: ColumnElement,
  options: { ifNotExists?: boolean; insertBefore?: string; insertAfter?: string } = {},
): AddColumnNode {
  if (column?.kind !== "column") throw new ScriptError(`addColumn('${target.table}') needs a t.column(...)`);
  return addColumnNode({ ...target, column, ifNotExists: options.ifNotExists ?? false,
    insertBefore: options.insertBefore, insertAfter: options.insertAfter });
}

export function buildAlterColumn(target: Target, column: string, options: AlterColumnOptions): AlterColumnNode {
  checkName(column, "alterColumn() column");
  if (options.newName !== undefined) checkName(options.newName, "alterColumn() newName");
  if (options.using !== undefined && options.type === undefined) {
    throw new ScriptError(`alterColumn('${target.table}', '${column}'): using must be used with the type option`);
  }
  const nullableSql = (v: string | Sql | null | undefined) => v === undefined || v === null ? v : toSql(v);
  return alterColumnNode({
    ...target, column, nullable: options.nullable, type: options.type,
    using: options.using === undefined ? undefined : toSql(options.using, true),
    serverDefault: nullableSql(options.serverDefault), newName: options.newName, comment: options.comment,
    existingType: options.existingType, existingNullable: options.existingNullable,
    existingServerDefault: nullableSql(options.existingServerDefault), existingComment: options.existingComment,
  });
}

export function buildCreateIndex(
  target: Target,
  name: string,
  columns: readonly (string | Sql)[],
  options: CreateIndexOptions = {},
): CreateIndexNode {
  checkName(name, "createIndex() name");
  if (!Array.isArray(columns) || columns.length === 0) throw new ScriptError(`createIndex('${name}') needs at least one column`);
  for (const c of columns) if (!isSql(c)) checkName(c, `createIndex('${name}') column`);
  return createIndexNode({
    ...target, name, columns: list(columns), unique: options.unique ?? false,
    where: options.where === undefined ? undefined : toSql(options.where, true),
    concurrently: options.concurrently ?? false, ifNotExists: options.ifNotExists ?? false,
  });
}

export function buildDropIndex(
  name: string,
  options: { table?: string; schema?: string; ifExists?: boolean; concurrently?: boolean; site?: CallSite },
): DropIndexNode {
  checkName(name, "dropIndex() name");
  return dropIndexNode({ name, table: options.table, schema: options.schema, site: options.site,
    ifExists: options.ifExists ?? false, concurrently: options.concurrently ?? false });
}

export function buildUnique(
  target: Target,
  name: string | null,
  columns: readonly string[],
  options: { deferrable?: boolean; initially?: string; usingIndex?: string } = {},
): CreateUniqueConstraintNode {
  const { usingIndex, ...rest } = options;
  if (usingIndex !== undefined) checkName(usingIndex, "createUniqueConstraint() usingIndex");
  const constraint = t.unique(columns, { ...rest, ...(name === null ? {} : { name }) });
  return createUniqueConstraintNode({ ...target, constraint, usingIndex });
}

export function buildForeignKey(
  target: Target,
  name: string | null,
  referent: string,
  local: readonly string[],
  remote: readonly string[],
  options: ForeignKeyOptions & { notValid?: boolean } = {},
): CreateForeignKeyNode {
  const { notValid, ...rest } = options;
  const constraint = foreignKey(local, referent, remote, { ...rest, ...(name === null ? {} : { name }) });
  return createForeignKeyNode({ ...target, constraint, notValid });
}

export function buildCheck(target: Target, name: string | null, condition: string | Sql, options: { notValid?: boolean } = {}): CreateCheckConstraintNode {
  const constraint = t.check(condition, name === null ? {} : { name });
  return createCheckConstraintNode({ ...target, constraint, notValid: options.notValid });
}

export function buildPrimaryKey(target: Target, name: string | null, columns: readonly string[], options: { usingIndex?: string } = {}): CreatePrimaryKeyNode {
  if (options.usingIndex !== undefined) checkName(options.usingIndex, "createPrimaryKey() usingIndex");
  const constraint = t.primaryKey(columns, name === null ? {} : { name });
  return createPrimaryKeyNode({ ...target, constraint, usingIndex: options.usingIndex });
}

export function buildDropConstraint(
  target: Target,
  name: string,
  options: { type?: ConstraintType; ifExists?: boolean } = {},
): DropConstraintNode {
  checkName(name, "dropConstraint() name");
  if (options.type !== undefined && !CONSTRAINT_TYPES.includes(options.type)) {
    throw new ScriptError(`dropConstraint('${name}') type must be one of ${CONSTRAINT_TYPES.map((c) => `'${c}'`).join(", ")}`);
  }
  return dropConstraintNode({ ...target, name, type: options.type, ifExists: options.ifExists ?? false });
}

/** A target with undefined fields left out. */
export function target(table: string, schema: string | undefined, site: CallSite | undefined): Target {
  checkName(table, "table name");
  return frozen(compact({ table, schema, site }));
}

/**
 * The `batch` object passed to `op.batchAlterTable(table, (batch) => ...)`: the same ops as
 * `op.*`, bound to one table. It only collects nodes; the batch node is emitted as a whole.
 */

import { ScriptError } from "../errors.ts";
import {
  type AlterColumnOptions, buildAddColumn, buildAlterColumn, buildCheck, buildCreateIndex,
  buildDropConstraint, buildDropIndex, buildForeignKey, buildPrimaryKey, buildUnique, type CreateIndexOptions,
  target,
} from "./build.ts";
import { captureCallSite } from "./call_site.ts";
import type { ColumnElement } from "./elements/column.ts";
import type { BatchOpNode } from "./nodes/batch_alter_table.ts";
import { createTableCommentNode } from "./nodes/create_table_comment.ts";
import { dropColumnNode } from "./nodes/drop_column.ts";
import type { ConstraintType } from "./nodes/drop_constraint.ts";
import { dropTableCommentNode } from "./nodes/drop_table_comment.ts";
import type { Sql } from "./sql.ts";
import type { ForeignKeyOptions } from "./t.ts";
import { checkName } from "./validate.ts";

export interface BatchOperations {
  addColumn(column: ColumnElement, options?: { insertBefore?: string; insertAfter?: string }): void;
  dropColumn(column: string): void;
  alterColumn(column: string, options: AlterColumnOptions): void;
  createIndex(name: string, columns: readonly (string | Sql)[], options?: CreateIndexOptions): void;
  dropIndex(name: string, options?: { ifExists?: boolean }): void;
  createUniqueConstraint(name: string | null, columns: readonly string[], options?: { deferrable?: boolean; initially?: string }): void;
  createForeignKey(name: string | null, referentTable: string, localColumns: readonly string[], remoteColumns: readonly string[], options?: ForeignKeyOptions): void;
  createCheckConstraint(name: string | null, condition: string | Sql): void;
  createPrimaryKey(name: string | null, columns: readonly string[]): void;
  dropConstraint(name: string, options?: { type?: ConstraintType }): void;
  createTableComment(comment: string, options?: { existingComment?: string | null }): void;
  dropTableComment(options?: { existingComment?: string | null }): void;
}

/** A batch recorder for `table`; `close()` makes later calls (after the callback) fail loudly. */
export function batchRecorder(table: string, schema: string | undefined) {
  const ops: BatchOpNode[] = [];
  let open = true;
  const at = () => {
    if (!open) throw new ScriptError(`The batch for table '${table}' was used after op.batchAlterTable() returned`);
    return target(table, schema, captureCallSite());
  };
  const add = (node: BatchOpNode) => void ops.push(node);
  const batch: BatchOperations = {
    addColumn: (column, options = {}) => add(buildAddColumn(at(), column, options)),
    dropColumn: (column) => {
      const where = at();
      checkName(column, "dropColumn() column");
      add(dropColumnNode({ ...where, column, ifExists: false }));
    },
    alterColumn: (column, options) => add(buildAlterColumn(at(), column, options ?? {})),
    createIndex: (name, columns, options) => add(buildCreateIndex(at(), name, columns, options)),
    dropIndex: (name, options = {}) => add(buildDropIndex(name, { ...at(), ...options })),
    createUniqueConstraint: (name, columns, options) => add(buildUnique(at(), name, columns, options)),
    createForeignKey: (name, referent, local, remote, options) =>
      add(buildForeignKey(at(), name, referent, local, remote, options)),
    createCheckConstraint: (name, condition) => add(buildCheck(at(), name, condition)),
    createPrimaryKey: (name, columns) => add(buildPrimaryKey(at(), name, columns)),
    dropConstraint: (name, options) => add(buildDropConstraint(at(), name, options)),
    createTableComment: (comment, options = {}) =>
      add(createTableCommentNode({ ...at(), comment, existingComment: options.existingComment })),
    dropTableComment: (options = {}) => add(dropTableCommentNode({ ...at(), existingComment: options.existingComment })),
  };
  Object.freeze(batch);
  return {
    batch,
    close(): readonly BatchOpNode[] {
      open = false;
      return ops;
    },
  };
}

/**
 * The op union, tagged by `kind`, and the visitor type every dialect compiler implements:
 * a compiler missing a kind does not type-check.
 */

import type { AddColumnNode } from "./nodes/add_column.ts";
import type { AlterColumnNode } from "./nodes/alter_column.ts";
import type { AutocommitBlockNode } from "./nodes/autocommit_block.ts";
import type { BatchAlterTableNode } from "./nodes/batch_alter_table.ts";
import type { BulkInsertNode } from "./nodes/bulk_insert.ts";
import type { CreateCheckConstraintNode } from "./nodes/create_check_constraint.ts";
import type { CreateForeignKeyNode } from "./nodes/create_foreign_key.ts";
import type { CreateIndexNode } from "./nodes/create_index.ts";
import type { CreatePrimaryKeyNode } from "./nodes/create_primary_key.ts";
import type { CreateTableNode } from "./nodes/create_table.ts";
import type { CreateTableCommentNode } from "./nodes/create_table_comment.ts";
import type { CreateUniqueConstraintNode } from "./nodes/create_unique_constraint.ts";
import type { DropColumnNode } from "./nodes/drop_column.ts";
import type { DropConstraintNode } from "./nodes/drop_constraint.ts";
import type { DropIndexNode } from "./nodes/drop_index.ts";
import type { DropTableNode } from "./nodes/drop_table.ts";
import type { DropTableCommentNode } from "./nodes/drop_table_comment.ts";
import type { ExecuteNode } from "./nodes/execute.ts";
import type { RenameTableNode } from "./nodes/rename_table.ts";
import type { SetTimeoutNode } from "./nodes/set_timeout.ts";
import type { ValidateConstraintNode } from "./nodes/validate_constraint.ts";

export type OpNode =
  | CreateTableNode
  | DropTableNode
  | RenameTableNode
  | AddColumnNode
  | DropColumnNode
  | AlterColumnNode
  | CreateIndexNode
  | DropIndexNode
  | CreateUniqueConstraintNode
  | CreateForeignKeyNode
  | CreateCheckConstraintNode
  | CreatePrimaryKeyNode
  | DropConstraintNode
  | CreateTableCommentNode
  | DropTableCommentNode
  | ExecuteNode
  | BulkInsertNode
  | BatchAlterTableNode
  | AutocommitBlockNode
  | ValidateConstraintNode
  | SetTimeoutNode;

export type OpKind = OpNode["kind"];
export type OpOf<K extends OpKind> = Extract<OpNode, { kind: K }>;

/** One method per op kind, each returning SQL statements (no trailing `;`). */
export type OpVisitor<C> = { [K in OpKind]: (node: OpOf<K>, ctx: C) => string[] };

export const OP_KINDS: readonly OpKind[] = Object.freeze([
  "createTable", "dropTable", "renameTable", "addColumn", "dropColumn", "alterColumn",
  "createIndex", "dropIndex", "createUniqueConstraint", "createForeignKey",
  "createCheckConstraint", "createPrimaryKey", "dropConstraint", "createTableComment",
  "dropTableComment", "execute", "bulkInsert", "batchAlterTable", "autocommitBlock",
  "validateConstraint", "setTimeout",
]);

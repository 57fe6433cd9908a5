/**
 * `op.batchAlterTable(table, (batch) => {...}, { recreate?, copyFrom?, schema? })`: the
 * sub-ops are ordinary nodes bound to the table. PostgreSQL and MySQL compile them one by
 * one; SQLite recreates the table when any of them needs it ("move and copy").
 */

import type { TableDefinition } from "../table_definition.ts";
import type { AddColumnNode } from "./add_column.ts";
import type { AlterColumnNode } from "./alter_column.ts";
import type { CreateCheckConstraintNode } from "./create_check_constraint.ts";
import type { CreateForeignKeyNode } from "./create_foreign_key.ts";
import type { CreateIndexNode } from "./create_index.ts";
import type { CreatePrimaryKeyNode } from "./create_primary_key.ts";
import type { CreateTableCommentNode } from "./create_table_comment.ts";
import type { CreateUniqueConstraintNode } from "./create_unique_constraint.ts";
import type { DropColumnNode } from "./drop_column.ts";
import type { DropConstraintNode } from "./drop_constraint.ts";
import type { DropIndexNode } from "./drop_index.ts";
import type { DropTableCommentNode } from "./drop_table_comment.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export type BatchOpNode =
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
  | DropTableCommentNode;

/** "auto": recreate only where the dialect needs it; "always"/"never" force the choice. */
export type RecreateMode = "auto" | "always" | "never";

export interface BatchAlterTableNode extends NodeBase<"batchAlterTable"> {
  readonly table: string;
  readonly schema?: string;
  readonly recreate: RecreateMode;
  /** The table as it is, for recreating without reflection (required in --sql mode). */
  readonly copyFrom?: TableDefinition;
  readonly ops: readonly BatchOpNode[];
}

export function batchAlterTableNode(props: Props<BatchAlterTableNode>): BatchAlterTableNode {
  return makeNode("batchAlterTable", props);
}

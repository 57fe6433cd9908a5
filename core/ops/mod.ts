/** The script API (`op`, `t`) and the op model other parts of mig build on. Re-exports only. */

export { op } from "./op.ts";
export { t } from "./t.ts";
export type { ColumnOptions, ForeignKeyOptions } from "./t.ts";
export type { BatchOperations } from "./batch.ts";
export type { AlterColumnOptions, CreateIndexOptions } from "./build.ts";
export { type DialectName, hasOpSink, type OpSink, withOpSink } from "./context.ts";
export { type CallSite, captureCallSite, formatCallSite } from "./call_site.ts";
export { isSql, type LiteralValue, type Sql, sqlLiteral, sqlText } from "./sql.ts";
export type { OpKind, OpNode, OpOf, OpVisitor } from "./op_node.ts";
export { OP_KINDS } from "./op_node.ts";
export { defineTable, type TableDefinition, type TableElement } from "./table_definition.ts";
export type { ColumnElement, ColumnReference } from "./elements/column.ts";
export type {
  CheckElement, ConstraintElement, ForeignKeyElement, IndexElement, PrimaryKeyElement, UniqueElement,
} from "./elements/constraint.ts";
export type { EnumType, TypeKind, TypeNode } from "./elements/type.ts";
export type { BatchAlterTableNode, BatchOpNode, RecreateMode } from "./nodes/batch_alter_table.ts";
export type { AutocommitBlockNode } from "./nodes/autocommit_block.ts";
export type { ConstraintType } from "./nodes/drop_constraint.ts";
export type { InsertRow, RowValue } from "./nodes/bulk_insert.ts";
export { createCompileContext, reflectFor, RunCompileContext } from "./compile_context.ts";

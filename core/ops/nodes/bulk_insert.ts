/** `op.bulkInsert(table, rows, { schema? })`: rows of literal values (or SQL fragments). */

import type { LiteralValue, Sql } from "../sql.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export type RowValue = LiteralValue | Sql;
export type InsertRow = Readonly<Record<string, RowValue>>;

export interface BulkInsertNode extends NodeBase<"bulkInsert"> {
  readonly table: string;
  readonly schema?: string;
  readonly rows: readonly InsertRow[];
}

export function bulkInsertNode(props: Props<BulkInsertNode>): BulkInsertNode {
  return makeNode("bulkInsert", props);
}

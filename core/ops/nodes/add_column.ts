/** `op.addColumn(table, column, { schema?, ifNotExists? })`, and `batch.addColumn`. */

import type { ColumnElement } from "../elements/column.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface AddColumnNode extends NodeBase<"addColumn"> {
  readonly table: string;
  readonly schema?: string;
  readonly column: ColumnElement;
  readonly ifNotExists: boolean;
  /** Batch only: position in a recreated table; plain ALTERs always append. */
  readonly insertBefore?: string;
  readonly insertAfter?: string;
}

export function addColumnNode(props: Props<AddColumnNode>): AddColumnNode {
  return makeNode("addColumn", props);
}

/** `op.dropColumn(table, columnName, { schema?, ifExists? })`. */

import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface DropColumnNode extends NodeBase<"dropColumn"> {
  readonly table: string;
  readonly schema?: string;
  readonly column: string;
  readonly ifExists: boolean;
}

export function dropColumnNode(props: Props<DropColumnNode>): DropColumnNode {
  return makeNode("dropColumn", props);
}

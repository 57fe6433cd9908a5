/** `op.dropTable(name, { schema?, ifExists? })`. */

import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface DropTableNode extends NodeBase<"dropTable"> {
  readonly table: string;
  readonly schema?: string;
  readonly ifExists: boolean;
}

export function dropTableNode(props: Props<DropTableNode>): DropTableNode {
  return makeNode("dropTable", props);
}

/** `op.renameTable(oldName, newName, { schema? })`. */

import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface RenameTableNode extends NodeBase<"renameTable"> {
  readonly table: string;
  readonly newName: string;
  readonly schema?: string;
}

export function renameTableNode(props: Props<RenameTableNode>): RenameTableNode {
  return makeNode("renameTable", props);
}

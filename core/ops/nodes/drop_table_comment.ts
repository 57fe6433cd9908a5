/** `op.dropTableComment(table, { schema?, existingComment? })`. */

import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface DropTableCommentNode extends NodeBase<"dropTableComment"> {
  readonly table: string;
  readonly schema?: string;
  readonly existingComment?: string | null;
}

export function dropTableCommentNode(props: Props<DropTableCommentNode>): DropTableCommentNode {
  return makeNode("dropTableComment", props);
}

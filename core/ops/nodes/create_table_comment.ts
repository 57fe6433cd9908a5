/** `op.createTableComment(table, comment, { schema?, existingComment? })`. */

import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface CreateTableCommentNode extends NodeBase<"createTableComment"> {
  readonly table: string;
  readonly schema?: string;
  readonly comment: string;
  readonly existingComment?: string | null;
}

export function createTableCommentNode(props: Props<CreateTableCommentNode>): CreateTableCommentNode {
  return makeNode("createTableComment", props);
}

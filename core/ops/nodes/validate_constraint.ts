/** `op.validateConstraint(name, table, { schema? })`: checks the rows of a constraint added `notValid`. */

import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface ValidateConstraintNode extends NodeBase<"validateConstraint"> {
  readonly name: string;
  readonly table: string;
  readonly schema?: string;
}

export function validateConstraintNode(props: Props<ValidateConstraintNode>): ValidateConstraintNode {
  return makeNode("validateConstraint", props);
}

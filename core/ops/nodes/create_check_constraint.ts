/** `op.createCheckConstraint(name, table, condition, { schema? })`. */

import type { CheckElement } from "../elements/constraint.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface CreateCheckConstraintNode extends NodeBase<"createCheckConstraint"> {
  readonly table: string;
  readonly schema?: string;
  readonly constraint: CheckElement;
  /** PostgreSQL `NOT VALID`: existing rows are not checked until `op.validateConstraint`. */
  readonly notValid?: boolean;
}

export function createCheckConstraintNode(props: Props<CreateCheckConstraintNode>): CreateCheckConstraintNode {
  return makeNode("createCheckConstraint", props);
}

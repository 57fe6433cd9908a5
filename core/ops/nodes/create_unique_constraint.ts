/** `op.createUniqueConstraint(name, table, columns, { schema?, deferrable?, initially? })`. */

import type { UniqueElement } from "../elements/constraint.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface CreateUniqueConstraintNode extends NodeBase<"createUniqueConstraint"> {
  readonly table: string;
  readonly schema?: string;
  readonly constraint: UniqueElement;
  /** PostgreSQL `USING INDEX`: the constraint adopts an index built beforehand (CONCURRENTLY). */
  readonly usingIndex?: string;
}

export function createUniqueConstraintNode(props: Props<CreateUniqueConstraintNode>): CreateUniqueConstraintNode {
  return makeNode("createUniqueConstraint", props);
}

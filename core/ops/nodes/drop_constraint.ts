/** `op.dropConstraint(name, table, { type?, schema?, ifExists? })`. */

import { makeNode, type NodeBase, type Props } from "./node.ts";

/** Alembic's `type_` values. MySQL needs one: it drops each kind with different syntax. */
export type ConstraintType = "foreignkey" | "primary" | "unique" | "check";

export interface DropConstraintNode extends NodeBase<"dropConstraint"> {
  readonly name: string;
  readonly table: string;
  readonly schema?: string;
  readonly type?: ConstraintType;
  readonly ifExists: boolean;
}

export function dropConstraintNode(props: Props<DropConstraintNode>): DropConstraintNode {
  return makeNode("dropConstraint", props);
}

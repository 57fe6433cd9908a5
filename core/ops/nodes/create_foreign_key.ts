/** `op.createForeignKey(name, source, referent, localColumns, remoteColumns, {...})`. */

import type { ForeignKeyElement } from "../elements/constraint.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface CreateForeignKeyNode extends NodeBase<"createForeignKey"> {
  readonly table: string;
  readonly schema?: string;
  readonly constraint: ForeignKeyElement;
  /** PostgreSQL `NOT VALID`: existing rows are not checked until `op.validateConstraint`. */
  readonly notValid?: boolean;
}

export function createForeignKeyNode(props: Props<CreateForeignKeyNode>): CreateForeignKeyNode {
  return makeNode("createForeignKey", props);
}

/** `op.createPrimaryKey(name, table, columns, { schema? })`. */

import type { PrimaryKeyElement } from "../elements/constraint.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface CreatePrimaryKeyNode extends NodeBase<"createPrimaryKey"> {
  readonly table: string;
  readonly schema?: string;
  readonly constraint: PrimaryKeyElement;
}

export function createPrimaryKeyNode(props: Props<CreatePrimaryKeyNode>): CreatePrimaryKeyNode {
  return makeNode("createPrimaryKey", props);
}

/** `op.createPrimaryKey(name, table, columns, { schema? })`. */

import type { PrimaryKeyElement } from "../elements/constraint.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface CreatePrimaryKeyNode extends NodeBase<"createPrimaryKey"> {
  readonly table: string;
  readonly schema?: string;
  readonly constraint: PrimaryKeyElement;
  /** PostgreSQL `USING INDEX`: the key adopts a unique index built beforehand (CONCURRENTLY). */
  readonly usingIndex?: string;
}

export function createPrimaryKeyNode(props: Props<CreatePrimaryKeyNode>): CreatePrimaryKeyNode {
  return makeNode("createPrimaryKey", props);
}

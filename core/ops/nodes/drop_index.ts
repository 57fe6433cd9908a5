/** `op.dropIndex(name, { table?, schema?, ifExists?, concurrently? })`. */

import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface DropIndexNode extends NodeBase<"dropIndex"> {
  readonly name: string;
  /** Required on MySQL, whose DROP INDEX names the table. */
  readonly table?: string;
  readonly schema?: string;
  readonly ifExists: boolean;
  readonly concurrently: boolean;
}

export function dropIndexNode(props: Props<DropIndexNode>): DropIndexNode {
  return makeNode("dropIndex", props);
}

/**
 * `op.autocommitBlock(() => {...})`: ops that must run outside a transaction (PostgreSQL
 * `CREATE INDEX CONCURRENTLY`, `ALTER TYPE ... ADD VALUE` before PG 12). The runner commits,
 * runs `ops` in autocommit mode, then begins again; compiling the block itself yields the
 * inner statements in order.
 */

import type { OpNode } from "../op_node.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface AutocommitBlockNode extends NodeBase<"autocommitBlock"> {
  readonly ops: readonly OpNode[];
}

export function autocommitBlockNode(props: Props<AutocommitBlockNode>): AutocommitBlockNode {
  return makeNode("autocommitBlock", props);
}

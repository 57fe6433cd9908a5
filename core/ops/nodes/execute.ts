/** `op.execute(sql)`: SQL text (or a `t.sql` fragment with literals) run as one statement. */

import type { Sql } from "../sql.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface ExecuteNode extends NodeBase<"execute"> {
  readonly sql: Sql;
}

export function executeNode(props: Props<ExecuteNode>): ExecuteNode {
  return makeNode("execute", props);
}

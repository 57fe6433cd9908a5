/** `op.createTable(name, elements, { schema?, ifNotExists?, comment? })`. */

import type { TableDefinition } from "../table_definition.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface CreateTableNode extends NodeBase<"createTable"> {
  readonly definition: TableDefinition;
  readonly ifNotExists: boolean;
}

export function createTableNode(props: Props<CreateTableNode>): CreateTableNode {
  return makeNode("createTable", props);
}

/** `op.createIndex(name, table, columns, { unique?, where?, concurrently?, ifNotExists?, schema? })`. */

import type { Sql } from "../sql.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface CreateIndexNode extends NodeBase<"createIndex"> {
  readonly name: string;
  readonly table: string;
  readonly schema?: string;
  /** Column names, or SQL expressions rendered as written. */
  readonly columns: readonly (string | Sql)[];
  readonly unique: boolean;
  readonly where?: Sql;
  readonly concurrently: boolean;
  readonly ifNotExists: boolean;
}

export function createIndexNode(props: Props<CreateIndexNode>): CreateIndexNode {
  return makeNode("createIndex", props);
}

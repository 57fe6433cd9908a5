/**
 * `op.alterColumn(table, column, {...})`. For each change, `undefined` means "leave as is";
 * for `serverDefault` and `comment`, `null` means "remove". The `existing*` fields describe
 * the column as it is, for dialects that must restate it (MySQL MODIFY, SQLite batch).
 */

import type { TypeNode } from "../elements/type.ts";
import type { Sql } from "../sql.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface AlterColumnNode extends NodeBase<"alterColumn"> {
  readonly table: string;
  readonly schema?: string;
  readonly column: string;
  readonly nullable?: boolean;
  readonly type?: TypeNode;
  /** PostgreSQL `USING` expression for a type change. */
  readonly using?: Sql;
  readonly serverDefault?: Sql | null;
  readonly newName?: string;
  readonly comment?: string | null;
  readonly existingType?: TypeNode;
  readonly existingNullable?: boolean;
  readonly existingServerDefault?: Sql | null;
  readonly existingComment?: string | null;
}

export function alterColumnNode(props: Props<AlterColumnNode>): AlterColumnNode {
  return makeNode("alterColumn", props);
}

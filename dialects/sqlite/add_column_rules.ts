/** What SQLite's ADD COLUMN refuses (its ALTER TABLE page), checked before emitting anything. */

import type { OpOf } from "../../core/ops/op_node.ts";
import type { Sql } from "../../core/ops/sql.ts";

/** Why SQLite would reject adding this column in place, or undefined when it won't. */
export function addColumnProblem(node: OpOf<"addColumn">, renderDefault: (value: Sql) => string): string | undefined {
  const col = node.column;
  if (col.primaryKey) return "a PRIMARY KEY";
  if (col.unique && !col.index) return "a UNIQUE constraint";
  if (!col.nullable && col.serverDefault === undefined) return "NOT NULL and no default";
  if (col.serverDefault !== undefined && /^\(|^current_/i.test(renderDefault(col.serverDefault))) return "a non-constant default";
  if (node.insertBefore !== undefined || node.insertAfter !== undefined) return "a column position";
  return undefined;
}

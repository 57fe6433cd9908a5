/**
 * bulkInsert as multi-row INSERTs: consecutive rows with the same keys share a statement
 * (up to 500 rows), so a missing key means "use the column default" exactly as it does
 * row by row, and large inserts don't cost a round trip per row.
 */

import type { RowValue } from "../../core/ops/nodes/bulk_insert.ts";
import type { OpOf } from "../../core/ops/op_node.ts";
import { isSql } from "../../core/ops/sql.ts";
import type { DefaultCompiler } from "./compiler.ts";

const ROWS_PER_STATEMENT = 500;

export function compileBulkInsert(c: DefaultCompiler, node: OpOf<"bulkInsert">): string[] {
  const target = c.table(node.table, node.schema);
  const value = (v: RowValue) => (isSql(v) ? c.sql(v) : c.literal(v));
  const out: string[] = [];
  let keys: string[] = [];
  let values: string[] = [];
  const flush = () => {
    if (values.length === 0) return;
    out.push(keys.length === 0
      ? c.emptyInsert(target)
      : `INSERT INTO ${target} (${keys.map((k) => c.quote(k)).join(", ")}) VALUES ${values.join(", ")}`);
    values = [];
  };
  for (const row of node.rows) {
    const rowKeys = Object.keys(row);
    if (rowKeys.join("\0") !== keys.join("\0") || values.length >= ROWS_PER_STATEMENT || rowKeys.length === 0) {
      flush();
      keys = rowKeys;
    }
    values.push(`(${rowKeys.map((k) => value(row[k] as RowValue)).join(", ")})`);
  }
  flush();
  return out;
}

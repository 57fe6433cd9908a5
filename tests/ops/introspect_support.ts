/** Re-exports for the introspection tests, plus SQL text rendering without a dialect. */

import { renderSql, type Sql } from "../../core/ops/sql.ts";

export { op, t, type TableDefinition } from "../../core/ops/mod.ts";

/** A reflected default's text (reflection yields plain SQL text, no literals). */
export function renderSqlText(sql: Sql): string {
  return renderSql(sql, () => {
    throw new Error("reflected SQL should carry no literals");
  });
}

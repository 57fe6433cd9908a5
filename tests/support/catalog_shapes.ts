/** Expected catalog elements spelled briefly: every flag a reader sets, with its default filled in. */
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import { sqlText } from "../../core/ops/sql.ts";

export function col(name: string, type: string, extra: Partial<Omit<ColumnElement, "serverDefault">> & { serverDefault?: string } = {}): ColumnElement {
  const { serverDefault, ...rest } = extra;
  return {
    kind: "column", name, type: { kind: "raw", sql: type }, nullable: true, primaryKey: false, unique: false, index: false,
    ...rest, ...(serverDefault === undefined ? {} : { serverDefault: sqlText(serverDefault) }),
  } as ColumnElement;
}

export const sql = sqlText;

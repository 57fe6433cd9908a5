/**
 * ALTER COLUMN as separate statements in Alembic's order for PostgreSQL: type (with
 * USING), nullability, default, comment, and the rename last so the others use the old name.
 * When the type and the default change together, the old default is dropped before the
 * type changes, since PostgreSQL refuses a type change its current default cannot follow.
 * MySQL and SQLite override alterColumn entirely.
 */

import type { CompileContext } from "../../core/dialect.ts";
import type { OpOf } from "../../core/ops/op_node.ts";
import type { DefaultCompiler } from "./compiler.ts";

export function compileAlterColumn(c: DefaultCompiler, node: OpOf<"alterColumn">, _ctx: CompileContext): string[] {
  const alter = `ALTER TABLE ${c.table(node.table, node.schema)} ALTER COLUMN ${c.quote(node.column)}`;
  const out: string[] = [];
  const replaceDefault = node.type !== undefined && node.serverDefault !== undefined;
  if (replaceDefault) out.push(`${alter} DROP DEFAULT`);
  if (node.type !== undefined) {
    const using = node.using === undefined ? "" : ` USING ${c.sql(node.using)}`;
    out.push(`${alter} TYPE ${c.type(node.type)}${using}`);
  }
  if (node.nullable !== undefined) out.push(`${alter} ${node.nullable ? "DROP NOT NULL" : "SET NOT NULL"}`);
  if (node.serverDefault !== undefined && !(replaceDefault && node.serverDefault === null)) {
    out.push(node.serverDefault === null ? `${alter} DROP DEFAULT` : `${alter} SET DEFAULT ${c.defaultValue(node.serverDefault)}`);
  }
  if (node.comment !== undefined) {
    c.requireComments("column comments", node.table);
    out.push(c.columnComment(node.table, node.schema, node.column, node.comment));
  }
  if (node.newName !== undefined && node.newName !== node.column) {
    out.push(`ALTER TABLE ${c.table(node.table, node.schema)} RENAME COLUMN ${c.quote(node.column)} TO ${c.quote(node.newName)}`);
  }
  return out;
}

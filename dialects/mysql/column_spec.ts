/**
 * MySQL's column spec: `TYPE [NULL|NOT NULL] [DEFAULT x] [AUTO_INCREMENT] [COMMENT 'x']`.
 * CREATE TABLE leaves NULL implicit; MODIFY/CHANGE states it, because they replace the
 * whole definition.
 */

import type { TypeNode } from "../../core/ops/elements/type.ts";
import type { Sql } from "../../core/ops/sql.ts";
import type { DefaultCompiler } from "../common/compiler.ts";

export interface MysqlColumnParts {
  readonly type: TypeNode;
  readonly nullable: boolean;
  readonly serverDefault?: Sql | null;
  readonly autoincrement?: boolean;
  readonly comment?: string | null;
  /** Write `NULL` for nullable columns (MODIFY/CHANGE). */
  readonly explicitNull?: boolean;
}

export function mysqlColumnSpec(c: DefaultCompiler, parts: MysqlColumnParts): string {
  const out = [c.type(parts.type)];
  if (!parts.nullable) out.push("NOT NULL");
  else if (parts.explicitNull) out.push("NULL");
  if (parts.serverDefault !== undefined && parts.serverDefault !== null) out.push(`DEFAULT ${c.defaultValue(parts.serverDefault)}`);
  if (parts.autoincrement) out.push("AUTO_INCREMENT");
  if (parts.comment !== undefined && parts.comment !== null && parts.comment !== "") out.push(`COMMENT ${c.literal(parts.comment)}`);
  return out.join(" ");
}

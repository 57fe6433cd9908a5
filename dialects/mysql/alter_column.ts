/**
 * MySQL ALTER COLUMN, following Alembic: a rename together with other changes is
 * `CHANGE old new <spec>`; nullability, type or comment changes, and a date-time column
 * getting a functional default (which `ALTER COLUMN ... SET DEFAULT` refuses on MySQL
 * before 8.0.13), are `MODIFY col <spec>`; a plain default alone is `ALTER COLUMN ... SET
 * DEFAULT`. MODIFY and CHANGE replace the whole definition, so the spec restates the
 * column's existing type, nullability, default and comment: from the `existing*` options,
 * else (online) from the table the runner reflected. Without a type from either, it is a
 * CompileError rather than a guess; Alembic's defaults (NULL, no default, no comment)
 * apply to what is still unknown. A bare rename is `RENAME COLUMN`, which keeps all of it.
 */

import type { CompileContext } from "../../core/dialect.ts";
import { CompileError } from "../../core/errors.ts";
import { isDateTimeType } from "../../core/ops/elements/type.ts";
import type { OpOf } from "../../core/ops/op_node.ts";
import type { DefaultCompiler } from "../common/compiler.ts";
import { mysqlColumnSpec } from "./column_spec.ts";

type AlterNode = OpOf<"alterColumn">;

/** Whether the op needs a full column spec (MODIFY or CHANGE). */
export function needsColumnSpec(node: AlterNode): boolean {
  const type = node.type ?? node.existingType;
  const functionalDefault = type !== undefined && isDateTimeType(type) && node.serverDefault != null;
  return node.nullable !== undefined || node.type !== undefined || node.comment !== undefined || functionalDefault ||
    (isRename(node) && node.serverDefault !== undefined);
}

const isRename = (node: AlterNode) => node.newName !== undefined && node.newName !== node.column;

export function compileMysqlAlterColumn(c: DefaultCompiler, node: AlterNode, ctx: CompileContext): string[] {
  const table = c.table(node.table, node.schema);
  const column = c.quote(node.column);
  if (!needsColumnSpec(node)) {
    const out: string[] = [];
    if (node.serverDefault !== undefined) {
      const change = node.serverDefault === null ? "DROP DEFAULT" : `SET DEFAULT ${c.defaultValue(node.serverDefault)}`;
      out.push(`ALTER TABLE ${table} ALTER COLUMN ${column} ${change}`);
    }
    if (isRename(node)) out.push(`ALTER TABLE ${table} RENAME COLUMN ${column} TO ${c.quote(node.newName as string)}`);
    return out;
  }
  const reflected = ctx.reflected(node.table, node.schema)?.columns.find((col) => col.name === node.column);
  const type = node.type ?? node.existingType ?? reflected?.type;
  if (type === undefined) {
    throw new CompileError(
      `All MySQL CHANGE/MODIFY COLUMN operations require the existing type: ` +
        `pass existingType to alterColumn('${node.table}', '${node.column}')`,
    );
  }
  const pick = <T>(change: T | undefined, existing: T | undefined, fromDb: T | undefined) =>
    change !== undefined ? change : existing !== undefined ? existing : fromDb;
  const spec = mysqlColumnSpec(c, {
    type,
    nullable: pick(node.nullable, node.existingNullable, reflected?.nullable) ?? true,
    serverDefault: pick(node.serverDefault, node.existingServerDefault, reflected ? reflected.serverDefault ?? null : undefined),
    autoincrement: reflected?.autoincrement === true,
    comment: pick(node.comment, node.existingComment, reflected ? reflected.comment ?? null : undefined),
    explicitNull: true,
  });
  return isRename(node)
    ? [`ALTER TABLE ${table} CHANGE ${column} ${c.quote(node.newName as string)} ${spec}`]
    : [`ALTER TABLE ${table} MODIFY ${column} ${spec}`];
}

/** Reflect the table (online) when a MODIFY/CHANGE would otherwise have to guess. */
export function alterNeedsReflection(node: AlterNode): boolean {
  return needsColumnSpec(node) && (node.existingType === undefined && node.type === undefined ||
    node.existingNullable === undefined && node.nullable === undefined ||
    node.existingServerDefault === undefined && node.serverDefault === undefined ||
    node.existingComment === undefined && node.comment === undefined);
}

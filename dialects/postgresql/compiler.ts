/**
 * PostgreSQL: SERIAL keys, `CREATE INDEX CONCURRENTLY`, `COMMENT ON`, and the enum type
 * lifecycle around the table ops (see enums.ts). Everything else is the default SQL.
 */

import type { CompileContext } from "../../core/dialect.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { OpOf } from "../../core/ops/op_node.ts";
import { isAutoincrement, type TableDefinition } from "../../core/ops/table_definition.ts";
import { DefaultCompiler } from "../common/compiler.ts";
import { createEnums, dropColumnEnum, dropTableEnums, rememberColumns } from "./enums.ts";
import { SERIAL } from "./types.ts";

export class PostgresqlCompiler extends DefaultCompiler {
  override columnType(column: ColumnElement, table: TableDefinition): string {
    return isAutoincrement(table, column) ? SERIAL[column.type.kind] ?? this.type(column.type) : this.type(column.type);
  }
  override concurrently(concurrently: boolean): string {
    return concurrently ? "CONCURRENTLY " : "";
  }
  override notValid(notValid: boolean | undefined): string {
    return notValid ? " NOT VALID" : "";
  }
  override postgresqlOnly(_what: string): void {}
  /** SET LOCAL ends with the migration's transaction; in an autocommit block there is none. */
  override setTimeout(node: OpOf<"setTimeout">, _ctx: CompileContext): string[] {
    const setting = node.timeout === "lock" ? "lock_timeout" : "statement_timeout";
    return [`SET ${node.scope === "transaction" ? "LOCAL " : ""}${setting} = ${this.literal(node.duration.text)}`];
  }

  override createTable(node: OpOf<"createTable">, ctx: CompileContext): string[] {
    const { definition: def } = node;
    const enums = createEnums(this, ctx, def.columns.map((c) => c.type), { ifNotExists: node.ifNotExists });
    rememberColumns(ctx, { table: def.name, ...(def.schema === undefined ? {} : { schema: def.schema }) }, def.columns);
    return [...enums, ...super.createTable(node, ctx)];
  }
  override dropTable(node: OpOf<"dropTable">, ctx: CompileContext): string[] {
    return [...super.dropTable(node, ctx), ...dropTableEnums(this, ctx, node, node.ifExists)];
  }
  override renameTable(node: OpOf<"renameTable">, ctx: CompileContext): string[] {
    ctx.memo.renameTable(node, { ...node, table: node.newName });
    return super.renameTable(node, ctx);
  }
  override addColumn(node: OpOf<"addColumn">, ctx: CompileContext): string[] {
    const enums = createEnums(this, ctx, [node.column.type]);
    rememberColumns(ctx, node, [node.column]);
    return [...enums, ...super.addColumn(node, ctx)];
  }
  override dropColumn(node: OpOf<"dropColumn">, ctx: CompileContext): string[] {
    return [...super.dropColumn(node, ctx), ...dropColumnEnum(this, ctx, node, node.column)];
  }
  override alterColumn(node: OpOf<"alterColumn">, ctx: CompileContext): string[] {
    const enums = createEnums(this, ctx, [node.type]);
    if (node.type !== undefined) {
      ctx.memo.setColumnEnum(node, node.column, node.type.kind === "enum" ? { table: node.type.name, ...(node.type.schema === undefined ? {} : { schema: node.type.schema }) } : undefined);
    }
    if (node.newName !== undefined) {
      const type = ctx.memo.columnEnum(node, node.column);
      ctx.memo.setColumnEnum(node, node.column, undefined);
      ctx.memo.setColumnEnum(node, node.newName, type);
    }
    return [...enums, ...super.alterColumn(node, ctx)];
  }
}

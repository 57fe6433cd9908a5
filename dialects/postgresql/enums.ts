/**
 * PostgreSQL enum types live beside tables: created before the first table that uses them
 * and, unlike Alembic, dropped with the last column that used them when that is knowable:
 * from the run's memo (the type was created earlier in this run) or, online, from the
 * catalog the runner reflected before the drop. Offline with neither, the type stays (as
 * in Alembic); `DROP TYPE` it yourself or run the downgrade online.
 */

import type { CompileContext, TableRef } from "../../core/dialect.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { EnumType, TypeNode } from "../../core/ops/elements/type.ts";
import type { TableDefinition } from "../../core/ops/table_definition.ts";
import type { DefaultCompiler } from "../common/compiler.ts";

/** `name` or `schema.name`: how enumUsage and the memo key a type. */
export function enumKey(type: { name: string; schema?: string } | TableRef): string {
  const name = "name" in type ? type.name : type.table;
  return type.schema === undefined ? name : `${type.schema}.${name}`;
}

const typeRef = (t: EnumType): TableRef => (t.schema === undefined ? { table: t.name } : { table: t.name, schema: t.schema });

function enumName(c: DefaultCompiler, type: TableRef): string {
  return c.table(type.table, type.schema);
}

/** CREATE TYPE for enums not yet created in this run (and not marked `create: false`). */
export function createEnums(
  c: DefaultCompiler,
  ctx: CompileContext,
  types: readonly (TypeNode | undefined)[],
  options: { ifNotExists?: boolean } = {},
): string[] {
  const out: string[] = [];
  for (const type of types) {
    if (type?.kind !== "enum" || !type.create || ctx.memo.enumCreated(type.name, type.schema)) continue;
    ctx.memo.markEnumCreated(type.name, type.schema);
    const create = `CREATE TYPE ${enumName(c, typeRef(type))} AS ENUM (${type.values.map((v) => c.literal(v)).join(", ")})`;
    // CREATE TYPE has no IF NOT EXISTS; a table created "if not exists" may find its type there too.
    out.push(options.ifNotExists ? tolerateExisting(create) : create);
  }
  return out;
}

/** Wrap in a DO block that ignores duplicate_object, dollar-quoted with a tag the text doesn't contain. */
function tolerateExisting(statement: string): string {
  let tag = "$mig$";
  for (let i = 1; statement.includes(tag); i++) tag = `$mig${i}$`;
  return `DO ${tag} BEGIN ${statement}; EXCEPTION WHEN duplicate_object THEN NULL; END ${tag}`;
}

/** Remember which columns of a table use enum types, for later drops in the run. */
export function rememberColumns(ctx: CompileContext, table: TableRef, columns: readonly ColumnElement[]): void {
  for (const col of columns) ctx.memo.setColumnEnum(table, col.name, col.type.kind === "enum" ? typeRef(col.type) : undefined);
}

/** DROP TYPE statements for the enums only `table` used; forgets the table either way. */
export function dropTableEnums(c: DefaultCompiler, ctx: CompileContext, table: TableRef, ifExists: boolean): string[] {
  const reflected = ctx.reflected(table.table, table.schema);
  const known = ctx.memo.tableEnums(table);
  const drops: TableRef[] = [];
  if (reflected?.enumUsage !== undefined) {
    for (const [type, count] of countEnums(reflected)) {
      if (reflected.enumUsage[enumKey(type)] === count) drops.push(type);
    }
  } else {
    const counts = new Map<string, { type: TableRef; count: number }>();
    for (const type of known.values()) {
      const entry = counts.get(enumKey(type)) ?? { type, count: 0 };
      counts.set(enumKey(type), { type, count: entry.count + 1 });
    }
    for (const { type, count } of counts.values()) {
      if (ctx.memo.enumCreated(type.table, type.schema) && ctx.memo.enumUsers(type) === count) drops.push(type);
    }
  }
  ctx.memo.forgetTable(table);
  return drops.map((type) => dropType(c, ctx, type, ifExists));
}

/** DROP TYPE for the enum a dropped column alone used. */
export function dropColumnEnum(c: DefaultCompiler, ctx: CompileContext, table: TableRef, column: string): string[] {
  const reflected = ctx.reflected(table.table, table.schema);
  const known = ctx.memo.columnEnum(table, column);
  ctx.memo.setColumnEnum(table, column, undefined);
  if (reflected?.enumUsage !== undefined) {
    const type = reflected.columns.find((col) => col.name === column)?.type;
    if (type?.kind !== "enum") return [];
    return reflected.enumUsage[enumKey(type)] === 1 ? [dropType(c, ctx, typeRef(type), false)] : [];
  }
  if (known === undefined || !ctx.memo.enumCreated(known.table, known.schema)) return [];
  return ctx.memo.enumUsers(known) === 0 ? [dropType(c, ctx, known, false)] : [];
}

function dropType(c: DefaultCompiler, ctx: CompileContext, type: TableRef, ifExists: boolean): string {
  ctx.memo.forgetEnum(type.table, type.schema);
  return `DROP TYPE ${ifExists ? "IF EXISTS " : ""}${enumName(c, type)}`;
}

function countEnums(table: TableDefinition): Map<TableRef, number> {
  const byKey = new Map<string, { type: TableRef; count: number }>();
  for (const col of table.columns) {
    if (col.type.kind !== "enum") continue;
    const type = typeRef(col.type);
    const entry = byKey.get(enumKey(type)) ?? { type, count: 0 };
    byKey.set(enumKey(type), { type, count: entry.count + 1 });
  }
  return new Map([...byKey.values()].map(({ type, count }) => [type, count]));
}

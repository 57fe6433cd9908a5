/**
 * `t.*` elements and plain values written back as TypeScript source: the inverse of the
 * builders in core/ops/t.ts, leaving out what is the builder's default (nullable columns,
 * non-unique indexes) so the text reads as a person writes it.
 */

import type { ColumnElement } from "../ops/elements/column.ts";
import type { ConstraintElement, IndexElement } from "../ops/elements/constraint.ts";
import type { TypeNode } from "../ops/elements/type.ts";
import { isSql, plainText, type Sql, soleLiteral } from "../ops/sql.ts";

export type TypeFor = (table: string, column: string, type: TypeNode) => TypeNode;

export const str = (s: string) => JSON.stringify(s);

/** Plain values: strings, numbers, booleans, null, arrays, Sql, elements, and options objects. */
export function value(v: unknown, typeFor: TypeFor, table: string): string {
  if (v === null) return "null";
  if (typeof v === "string") return str(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "bigint") return `${v}n`;
  if (Array.isArray(v)) return `[${v.map((x) => value(x, typeFor, table)).join(", ")}]`;
  if (isSql(v)) return sql(v);
  if (typeof v === "object" && "kind" in (v as object)) return element(v as { kind: string }, typeFor, table);
  return object(v as Record<string, unknown>, typeFor, table);
}

/** An options object; `serverDefault`-like keys take a string as a literal, so their SQL is `t.sql`. */
export function object(o: Record<string, unknown>, typeFor: TypeFor, table: string, column = ""): string {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : str(k);
    if ((k === "type" || k === "existingType") && v && typeof v === "object") return `${key}: ${type(typeFor(table, column, v as TypeNode))}`;
    if ((k === "serverDefault" || k === "existingServerDefault") && isSql(v)) return `${key}: ${defaultValue(v)}`;
    if ((k === "where" || k === "using") && isSql(v)) return `${key}: ${expression(v)}`;
    return `${key}: ${value(v, typeFor, table)}`;
  });
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}

export function sql(s: Sql): string {
  const text = plainText(s);
  if (text !== undefined) return `t.sql(${str(text)})`;
  const literal = soleLiteral(s);
  if (literal && (typeof literal.value === "string" || typeof literal.value === "number" || typeof literal.value === "boolean")) {
    return `t.literal(${JSON.stringify(literal.value)})`;
  }
  const body = s.parts.map((p) => (typeof p === "string" ? p.replace(/[`\\]|\$\{/g, (m) => `\\${m}`) : `\${${JSON.stringify(p.value)}}`)).join("");
  return `t.sql\`${body}\``;
}

/** Where a string is read as a literal: a lone string literal stays a string, SQL becomes `t.sql`. */
function defaultValue(s: Sql): string {
  const literal = soleLiteral(s);
  if (literal && typeof literal.value === "string") return str(literal.value);
  return sql(s);
}

/** Where a string is read as SQL text (conditions, predicates, USING). */
function expression(s: Sql): string {
  const text = plainText(s);
  return text === undefined ? sql(s) : str(text);
}

/**
 * A default the server prints as a quoted literal cast to the column's own type
 * (`'anon'::text`, `'x'::character varying` on PostgreSQL; `'x'` elsewhere) is the plain
 * string a person writes: compiled again it reads back the same.
 */
function columnDefault(c: ColumnElement): string {
  const text = plainText(c.serverDefault!);
  const m = text === undefined ? null : /^'((?:[^']|'')*)'(?:::(.+))?$/s.exec(text);
  if (m) {
    const cast = m[2];
    const own = c.type.kind === "raw" ? c.type.sql : c.type.kind === "enum" ? c.type.name : undefined;
    if (cast === undefined || (own !== undefined && (own === cast || own.startsWith(`${cast}(`)))) return str(m[1]!.replaceAll("''", "'"));
  }
  return defaultValue(c.serverDefault!);
}

export function type(t: TypeNode): string {
  switch (t.kind) {
    case "string": return t.length === undefined ? "t.string()" : `t.string(${t.length})`;
    case "dateTime": return t.timezone ? "t.dateTime({ timezone: true })" : "t.dateTime()";
    case "numeric": return `t.numeric(${[t.precision, t.scale].filter((x) => x !== undefined).join(", ")})`;
    case "enum": {
      const opts = [`name: ${str(t.name)}`, ...(t.schema ? [`schema: ${str(t.schema)}`] : []), ...(t.create ? [] : ["create: false"])];
      return `t.enum([${t.values.map(str).join(", ")}], { ${opts.join(", ")} })`;
    }
    case "raw": return `t.raw(${str(t.sql)})`;
    default: return `t.${t.kind}()`;
  }
}

function element(e: { kind: string }, typeFor: TypeFor, table: string): string {
  switch (e.kind) {
    case "column": return column(e as ColumnElement, typeFor, table);
    case "primaryKey": case "unique": case "check": case "foreignKey": return constraint(e as ConstraintElement);
    case "index": return index(e as IndexElement);
    default: return type(e as TypeNode);
  }
}

export function column(c: ColumnElement, typeFor: TypeFor, table: string): string {
  const opts: string[] = [];
  if (c.primaryKey) opts.push("primaryKey: true");
  else if (!c.nullable) opts.push("nullable: false");
  if (c.autoincrement !== undefined) opts.push(`autoincrement: ${c.autoincrement}`);
  if (c.unique) opts.push("unique: true");
  if (c.index) opts.push("index: true");
  if (c.serverDefault !== undefined) opts.push(`serverDefault: ${columnDefault(c)}`);
  if (c.comment !== undefined) opts.push(`comment: ${str(c.comment)}`);
  const rendered = type(typeFor(table, c.name, c.type));
  return `t.column(${str(c.name)}, ${rendered}${opts.length ? `, { ${opts.join(", ")} }` : ""})`;
}

const named = (name: string | undefined, more: string[] = []) => {
  const all = [...(name === undefined ? [] : [`name: ${str(name)}`]), ...more];
  return all.length ? `, { ${all.join(", ")} }` : "";
};
const cols = (names: readonly string[]) => `[${names.map(str).join(", ")}]`;

function deferral(c: { deferrable?: boolean; initially?: string }): string[] {
  return [...(c.deferrable ? ["deferrable: true"] : []), ...(c.initially ? [`initially: ${str(c.initially)}`] : [])];
}

export function constraint(c: ConstraintElement): string {
  switch (c.kind) {
    case "primaryKey": return `t.primaryKey(${cols(c.columns)}${named(c.name)})`;
    case "unique": return `t.unique(${cols(c.columns)}${named(c.name, deferral(c))})`;
    case "check": return `t.check(${expression(c.condition)}${named(c.name)})`;
    case "foreignKey": {
      const more = [
        ...(c.onDelete ? [`onDelete: ${str(c.onDelete)}`] : []), ...(c.onUpdate ? [`onUpdate: ${str(c.onUpdate)}`] : []),
        ...deferral(c), ...(c.refSchema ? [`referentSchema: ${str(c.refSchema)}`] : []),
      ];
      return `t.foreignKey(${cols(c.columns)}, ${str(c.refTable)}, ${cols(c.refColumns)}${named(c.name, more)})`;
    }
  }
}

export function index(i: IndexElement): string {
  const columns = `[${i.columns.map((c) => (isSql(c) ? sql(c) : str(c))).join(", ")}]`;
  const opts = [...(i.unique ? ["unique: true"] : []), ...(i.where ? [`where: ${expression(i.where)}`] : [])];
  return `t.index(${str(i.name)}, ${columns}${opts.length ? `, { ${opts.join(", ")} }` : ""})`;
}

/**
 * Equality as the comparison means it. Both sides were printed by one engine, so text
 * equality is meaning equality; what is compared is chosen per element (a constraint's
 * name is its identity, not part of its signature).
 */

import type { ColumnElement } from "../../ops/elements/column.ts";
import type { ConstraintElement, IndexElement } from "../../ops/elements/constraint.ts";
import type { TypeNode } from "../../ops/elements/type.ts";
import { isSql, type Sql } from "../../ops/sql.ts";

/** Text of a fragment, literals shown as JSON (both sides hold server text; literals are rare). */
export function sqlKey(sql: Sql | null | undefined): string {
  if (sql === undefined || sql === null) return "";
  return sql.parts.map((p) => (typeof p === "string" ? p : `\u0000${JSON.stringify(p.value)}`)).join("");
}

/**
 * Types are equal by everything but enum `create` (who makes the type is not part of it).
 * A named enum type (PostgreSQL) is compared by name here, its values where the type is
 * compared; an inline enum (MySQL) by its values.
 */
export function typeKey(type: TypeNode, namedEnums = true): string {
  if (type.kind === "enum") return `enum:${type.schema ?? ""}.${type.name}${namedEnums ? "" : `:${JSON.stringify(type.values)}`}`;
  if (type.kind === "raw") return `raw:${type.sql}`;
  return JSON.stringify(type);
}

export const sameType = (a: TypeNode, b: TypeNode, namedEnums = true) => typeKey(a, namedEnums) === typeKey(b, namedEnums);
export const sameDefault = (a: ColumnElement, b: ColumnElement) =>
  defaultKey(sqlKey(a.serverDefault)) === defaultKey(sqlKey(b.serverDefault));

/**
 * What the server's default text means, for the few spellings PostgreSQL keeps apart that
 * mean one thing: a string literal cast to a string type (`'x'::text` on a varchar column
 * and `'x'::character varying` are the same stored value), and `now()` spelled as
 * `CURRENT_TIMESTAMP` or `transaction_timestamp()`. Nothing is ever evaluated.
 */
export function defaultKey(text: string): string {
  const literal = /^('(?:[^']|'')*')::(?:text|character varying(?:\(\d+\))?|character(?:\(\d+\))?|bpchar|varchar)$/.exec(text);
  if (literal) return literal[1]!;
  if (/^(?:CURRENT_TIMESTAMP|now\(\)|transaction_timestamp\(\))$/i.test(text)) return "now()";
  return text;
}

function deferral(c: { deferrable?: boolean; initially?: string }): string {
  return `${c.deferrable ? "D" : ""}${(c.initially ?? "").toUpperCase() === "DEFERRED" ? "I" : ""}`;
}

/** Everything about a constraint but its name. */
export function constraintSignature(c: ConstraintElement): string {
  switch (c.kind) {
    case "primaryKey": return `pk(${c.columns.join(",")})`;
    case "unique": return `uq(${c.columns.join(",")})${deferral(c)}`;
    case "check": return `ck(${sqlKey(c.condition)})`;
    case "foreignKey":
      return `fk(${c.columns.join(",")})->${c.refSchema ?? ""}.${c.refTable}(${c.refColumns.join(",")})` +
        `${action(c.onDelete)}/${action(c.onUpdate)}${deferral(c)}`;
  }
}

const action = (a: string | undefined) => {
  const up = (a ?? "").toUpperCase();
  return up === "NO ACTION" ? "" : up;
};

export function indexSignature(i: IndexElement): string {
  const cols = i.columns.map((c) => (isSql(c) ? `(${sqlKey(c)})` : c)).join(",");
  return `${i.unique ? "U" : ""}(${cols})${i.where ? ` where ${sqlKey(i.where)}` : ""}${i.sql ? ` sql ${i.sql}` : ""}`;
}

/**
 * Raw SQL fragments with embedded literals. A literal stays a value until a dialect renders
 * it, so `op.inlineLiteral("it's")` becomes `'it''s'` on PostgreSQL and the MySQL form on
 * MySQL from the same script.
 */

import { ScriptError } from "../errors.ts";
import { frozen, list } from "./freeze.ts";

/** Values a literal can hold; rendered per dialect (see each dialect's `literal`). */
export type LiteralValue = string | number | bigint | boolean | null | Date | Uint8Array;

export interface LiteralPart {
  readonly kind: "literal";
  readonly value: LiteralValue;
}

export type SqlPart = string | LiteralPart;

/** A SQL expression: text pieces and literals, rendered by a dialect. */
export interface Sql {
  readonly kind: "sql";
  readonly parts: readonly SqlPart[];
}

export function isSql(value: unknown): value is Sql {
  return typeof value === "object" && value !== null && (value as Sql).kind === "sql" &&
    Array.isArray((value as Sql).parts);
}

/** Raw SQL text, used as is. */
export function sqlText(text: string): Sql {
  return frozen({ kind: "sql", parts: list([text]) });
}

/** A single literal value, rendered (quoted, escaped) by the dialect. */
export function sqlLiteral(value: LiteralValue): Sql {
  return frozen({ kind: "sql", parts: list([frozen({ kind: "literal", value })]) });
}

/**
 * A tagged template: text is raw SQL, `${value}` becomes a literal unless it is already
 * a `Sql` fragment, which is spliced in. Values are never pasted in as raw text.
 */
export function sqlTemplate(strings: TemplateStringsArray, values: readonly unknown[]): Sql {
  const parts: SqlPart[] = [];
  strings.forEach((text, i) => {
    if (text !== "") parts.push(text);
    if (i >= values.length) return;
    const value = values[i];
    if (isSql(value)) parts.push(...value.parts);
    else parts.push(frozen({ kind: "literal", value: checkLiteral(value) }));
  });
  return frozen({ kind: "sql", parts: list(parts) });
}

/** The fragment's single literal when it is exactly one, for dialects that treat those specially. */
export function soleLiteral(sql: Sql): LiteralPart | undefined {
  const [first] = sql.parts;
  return sql.parts.length === 1 && typeof first === "object" ? first : undefined;
}

/** The fragment's text when it has no literals at all. */
export function plainText(sql: Sql): string | undefined {
  return sql.parts.every((p) => typeof p === "string") ? sql.parts.join("") : undefined;
}

/** Render with a dialect's literal function. */
export function renderSql(sql: Sql, literal: (value: LiteralValue) => string): string {
  return sql.parts.map((p) => (typeof p === "string" ? p : literal(p.value))).join("");
}

export function checkLiteral(value: unknown): LiteralValue {
  if (
    value === null || typeof value === "string" || typeof value === "number" ||
    typeof value === "bigint" || typeof value === "boolean" || value instanceof Date ||
    value instanceof Uint8Array
  ) return value;
  const shown = value === undefined ? "undefined" : typeof value;
  throw new ScriptError(
    `Cannot use ${shown} as a SQL literal: use a string, number, bigint, boolean, null, Date or Uint8Array`,
  );
}

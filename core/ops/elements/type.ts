/**
 * Column types as dialect-neutral nodes. Each dialect renders them through a `TypeVisitor`,
 * so adding a type here is a compile error in every dialect until it is handled.
 */

export type TypeNode =
  | { readonly kind: "integer" }
  | { readonly kind: "bigInteger" }
  | { readonly kind: "smallInteger" }
  | { readonly kind: "string"; readonly length?: number }
  | { readonly kind: "text" }
  | { readonly kind: "boolean" }
  | { readonly kind: "dateTime"; readonly timezone: boolean }
  | { readonly kind: "date" }
  | { readonly kind: "time" }
  | { readonly kind: "numeric"; readonly precision?: number; readonly scale?: number }
  | { readonly kind: "float" }
  | { readonly kind: "json" }
  | { readonly kind: "uuid" }
  | { readonly kind: "binary" }
  | EnumType
  | { readonly kind: "raw"; readonly sql: string };

/**
 * An enumeration. PostgreSQL makes it a named type (`CREATE TYPE name AS ENUM`), created
 * where first used unless `create` is false (a type another migration owns); MySQL renders
 * `ENUM(...)` inline and SQLite a `VARCHAR` wide enough for the longest value.
 */
export interface EnumType {
  readonly kind: "enum";
  readonly values: readonly string[];
  readonly name: string;
  readonly schema?: string;
  readonly create: boolean;
}

export type TypeKind = TypeNode["kind"];
export type TypeOf<K extends TypeKind> = Extract<TypeNode, { kind: K }>;

/** One renderer per type kind: a dialect missing one fails to type-check. */
export type TypeVisitor = { readonly [K in TypeKind]: (type: TypeOf<K>) => string };

const TYPE_KINDS: ReadonlySet<string> = new Set<TypeKind>([
  "integer", "bigInteger", "smallInteger", "string", "text", "boolean", "dateTime", "date",
  "time", "numeric", "float", "json", "uuid", "binary", "enum", "raw",
]);

export function isTypeNode(value: unknown): value is TypeNode {
  return typeof value === "object" && value !== null &&
    TYPE_KINDS.has((value as { kind?: string }).kind ?? "");
}

/** Integer kinds, which may autoincrement; raw (reflected) integer type names count too. */
export function isIntegerType(type: TypeNode): boolean {
  if (type.kind === "raw") return /^\s*(?:tiny|small|medium|big)?int(?:eger)?\b/i.test(type.sql);
  return type.kind === "integer" || type.kind === "bigInteger" || type.kind === "smallInteger";
}

/** Date-time kinds, the ones MySQL allows functional defaults on without parentheses. */
export function isDateTimeType(type: TypeNode): boolean {
  return type.kind === "dateTime";
}

/**
 * Alembic's `naming_convention`, with SQLAlchemy's tokens, so unnamed constraints and
 * indexes in a target schema get stable names instead of whatever the server picks:
 *
 *   export const namingConvention = {
 *     ix: "ix_%(column_0_label)s",
 *     uq: "uq_%(table_name)s_%(column_0_name)s",
 *     ck: "ck_%(table_name)s_%(constraint_name)s",
 *     fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
 *     pk: "pk_%(table_name)s",
 *   };
 *
 * As in SQLAlchemy, a name given explicitly is kept, except that a `ck` pattern using
 * `%(constraint_name)s` wraps it; a check without a name under such a pattern keeps no
 * name (the server names it).
 */

import { ConfigError } from "../../errors.ts";
import type { ConstraintElement, IndexElement } from "../../ops/elements/constraint.ts";
import { isSql } from "../../ops/sql.ts";
import type { TableDefinition } from "../../ops/table_definition.ts";

export type ConventionKey = "ix" | "uq" | "ck" | "fk" | "pk";
export type NamingConvention = Readonly<Partial<Record<ConventionKey, string>>>;

const KEYS: readonly ConventionKey[] = ["ix", "uq", "ck", "fk", "pk"];
const TOKEN = /%\((\w+)\)s/g;

/** Checks a module's `namingConvention` export; `where` names the file for the error. */
export function parseNamingConvention(value: unknown, where: string): NamingConvention {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ConfigError(`${where}: namingConvention must be an object such as { ix: "ix_%(column_0_label)s" }`);
  }
  const out: Partial<Record<ConventionKey, string>> = {};
  for (const [key, pattern] of Object.entries(value)) {
    if (!KEYS.includes(key as ConventionKey)) {
      throw new ConfigError(`${where}: namingConvention key '${key}' is not one of ${KEYS.join(", ")}`);
    }
    if (typeof pattern !== "string" || pattern === "") {
      throw new ConfigError(`${where}: namingConvention.${key} must be a non-empty string`);
    }
    for (const [, token] of pattern.matchAll(TOKEN)) {
      if (!knownToken(token!)) throw new ConfigError(`${where}: namingConvention.${key} uses unknown token '%(${token})s'`);
    }
    out[key as ConventionKey] = pattern;
  }
  return Object.freeze(out);
}

function knownToken(token: string): boolean {
  return ["table_name", "constraint_name", "referred_table_name"].includes(token) ||
    /^(referred_)?column_0(_N|N)?_(name|label|key)$/.test(token);
}

interface Subject {
  readonly table: string;
  readonly columns: readonly string[];
  readonly referredTable?: string;
  readonly referredColumns?: readonly string[];
  readonly name?: string;
}

function fill(pattern: string, s: Subject): string {
  return pattern.replace(TOKEN, (_, token: string) => {
    if (token === "table_name") return s.table;
    if (token === "constraint_name") return s.name ?? "";
    if (token === "referred_table_name") return s.referredTable ?? "";
    const m = /^(referred_)?column_0(_N|N)?_(name|label|key)$/.exec(token)!;
    const [, referred, many, part] = m;
    const table = referred ? s.referredTable ?? "" : s.table;
    const cols = (referred ? s.referredColumns ?? [] : s.columns).map((c) => (part === "label" ? `${table}_${c}` : c));
    return many === "_N" ? cols.join("_") : many === "N" ? cols.join("") : cols[0] ?? "";
  });
}

/** Names the table's unnamed constraints and its column-derived indexes (`index: true`). */
export function applyNamingConvention(
  table: TableDefinition,
  convention: NamingConvention,
  derivedIndexes: ReadonlySet<string>,
): TableDefinition {
  const constraints = table.constraints.map((c) => nameConstraint(table.name, c, convention));
  const indexes = table.indexes.map((i): IndexElement => {
    if (!derivedIndexes.has(i.name) || convention.ix === undefined) return i;
    const columns = i.columns.filter((c): c is string => !isSql(c));
    return Object.freeze({ ...i, name: fill(convention.ix, { table: table.name, columns }) });
  });
  return Object.freeze({ ...table, constraints: Object.freeze(constraints), indexes: Object.freeze(indexes) });
}

function nameConstraint(table: string, c: ConstraintElement, convention: NamingConvention): ConstraintElement {
  const key: ConventionKey = { primaryKey: "pk", unique: "uq", check: "ck", foreignKey: "fk" }[c.kind] as ConventionKey;
  const pattern = convention[key];
  if (pattern === undefined) return c;
  const usesName = pattern.includes("%(constraint_name)s");
  if (c.name !== undefined && !(key === "ck" && usesName)) return c;
  if (c.name === undefined && usesName) return c;
  const subject: Subject = c.kind === "check" ? { table, columns: [], ...(c.name ? { name: c.name } : {}) }
    : c.kind === "foreignKey" ? { table, columns: c.columns, referredTable: c.refTable, referredColumns: c.refColumns }
    : { table, columns: c.columns };
  return Object.freeze({ ...c, name: fill(pattern, subject) });
}

/**
 * PostgreSQL enum types, which live beside tables. New types are created first and types
 * that go are dropped last (`IF EXISTS`: dropping the last table that used a type drops
 * the type with it, online). Added values become `ALTER TYPE ... ADD VALUE` (outside the
 * transaction, which PostgreSQL before 12 requires and where a new value is usable at
 * once); anything else (a value removed or moved) is the explicit plan: rename the type
 * away, create it anew, convert every column through text, drop the old one. Never a
 * `DROP TYPE` of a type still in use.
 */

import type { AutogenCall, OpCall } from "../op_call.ts";
import type { Catalog, CatalogEnum } from "../catalog.ts";
import { call } from "./calls.ts";
import { enumKeyOf } from "./elements.ts";

export interface EnumPlan {
  readonly first: AutogenCall[];
  readonly last: OpCall[];
}

const ident = (name: string) => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`);
const qualified = (e: { name: string; schema?: string }) => (e.schema ? `${ident(e.schema)}.${ident(e.name)}` : ident(e.name));
const literal = (v: string) => `'${v.replaceAll("'", "''")}'`;

export const createTypeSql = (e: CatalogEnum) => `CREATE TYPE ${qualified(e)} AS ENUM (${e.values.map(literal).join(", ")})`;

export function enumPlan(from: Catalog, to: Catalog): EnumPlan {
  const plan: EnumPlan = { first: [], last: [] };
  const before = new Map(from.enums.map((e) => [enumKeyOf(e), e]));
  const after = new Map(to.enums.map((e) => [enumKeyOf(e), e]));
  for (const [key, e] of after) {
    const was = before.get(key);
    if (!was) {
      plan.first.push(call("execute", createTypeSql(e)));
      continue;
    }
    if (was.values.join("\u0000") === e.values.join("\u0000")) continue;
    if (isInsertionOnly(was.values, e.values)) {
      plan.first.push({ method: "autocommitBlock", calls: addValues(e, was.values) });
    } else {
      plan.first.push(...recreate(was, e, from));
    }
  }
  for (const [key, e] of before) if (!after.has(key)) plan.last.push(call("execute", `DROP TYPE IF EXISTS ${qualified(e)}`));
  return plan;
}

/** Every old value still there, in the same order. */
function isInsertionOnly(old: readonly string[], next: readonly string[]): boolean {
  let i = 0;
  for (const v of next) if (v === old[i]) i++;
  return i === old.length && old.every((v) => next.includes(v));
}

function addValues(e: CatalogEnum, old: readonly string[]): OpCall[] {
  const have = new Set(old);
  return e.values.flatMap((v, i) => {
    if (have.has(v)) return [];
    have.add(v);
    const after = e.values.slice(0, i).reverse().find((x) => old.includes(x) || have.has(x));
    const before = e.values.slice(i + 1).find((x) => old.includes(x));
    const where = before !== undefined ? ` BEFORE ${literal(before)}` : after !== undefined ? ` AFTER ${literal(after)}` : "";
    return [call("execute", `ALTER TYPE ${qualified(e)} ADD VALUE ${literal(v)}${where}`)];
  });
}

/** The columns of `from` using the type, converted through text to the new definition. */
function recreate(was: CatalogEnum, e: CatalogEnum, from: Catalog): OpCall[] {
  const old = { name: `${e.name}_old`, ...(e.schema ? { schema: e.schema } : {}) };
  const users = from.tables.flatMap((t) =>
    t.columns.filter((c) => c.type.kind === "enum" && enumKeyOf(c.type) === enumKeyOf(was)).map((c) => ({ table: t, column: c.name })));
  return [
    call("execute", `ALTER TYPE ${qualified(e)} RENAME TO ${ident(old.name)}`),
    call("execute", createTypeSql(e)),
    ...users.map(({ table, column }) => call("execute",
      `ALTER TABLE ${table.schema ? `${ident(table.schema)}.` : ""}${ident(table.name)} ALTER COLUMN ${ident(column)} ` +
        `TYPE ${qualified(e)} USING ${ident(column)}::text::${qualified(e)}`)),
    call("execute", `DROP TYPE ${qualified(old)}`),
  ];
}



/**
 * Rename hints resolved against the two catalogs. A hint is a claim about both sides: the
 * old name exists before, the new one after, and the new one did not exist before. A hint
 * that does not hold is an error naming it; nothing is ever guessed.
 */

import { ScriptError } from "../../errors.ts";
import type { TableDefinition } from "../../ops/table_definition.ts";
import { type Catalog, tableKey } from "../catalog.ts";

export interface Renames {
  readonly tables: ReadonlyMap<string, string>;
  readonly columns: ReadonlyMap<string, string>;
}

export const NO_RENAMES: Renames = { tables: new Map(), columns: new Map() };

/** The `from` table each `to` table continues (by rename hint, else by key). */
export function tablePairs(from: Catalog, to: Catalog, renames: Renames): Map<string, string> {
  const before = new Map(from.tables.map((t) => [tableKey(t), t]));
  const after = new Map(to.tables.map((t) => [tableKey(t), t]));
  const pairs = new Map<string, string>();
  const claimed = new Set<string>();
  for (const [next, old] of renames.tables) {
    const table = after.get(next);
    if (!table) throw new ScriptError(`Rename hint ${old} -> ${next}: the target has no table '${next}'`);
    const oldKey = tableKey({ name: old, ...(table.schema ? { schema: table.schema } : {}) });
    if (!before.has(oldKey)) throw new ScriptError(`Rename hint ${old} -> ${next}: there is no table '${oldKey}' to rename`);
    if (before.has(next)) throw new ScriptError(`Rename hint ${old} -> ${next}: table '${next}' exists already`);
    pairs.set(next, oldKey);
    claimed.add(oldKey);
  }
  for (const key of after.keys()) if (!pairs.has(key) && before.has(key) && !claimed.has(key)) pairs.set(key, key);
  return pairs;
}

/** Column renames of one table pair: new name -> old name, each checked. */
export function columnRenames(renames: Renames, before: TableDefinition, after: TableDefinition): Map<string, string> {
  const out = new Map<string, string>();
  const prefix = `${tableKey(after)}.`;
  for (const [key, old] of renames.columns) {
    if (!key.startsWith(prefix)) continue;
    const next = key.slice(prefix.length);
    const hint = `Rename hint ${tableKey(after)}.${old} -> ${next}`;
    if (!after.columns.some((c) => c.name === next)) throw new ScriptError(`${hint}: the target has no column '${next}'`);
    if (!before.columns.some((c) => c.name === old)) throw new ScriptError(`${hint}: there is no column '${old}' to rename`);
    if (before.columns.some((c) => c.name === next)) throw new ScriptError(`${hint}: column '${next}' exists already`);
    out.set(next, old);
  }
  return out;
}

/** Column hints whose table is not in the target are errors too (they would otherwise be ignored). */
export function checkColumnHintTables(renames: Renames, to: Catalog): void {
  const keys = new Set(to.tables.map((t) => `${tableKey(t)}.`));
  for (const key of renames.columns.keys()) {
    if (![...keys].some((k) => key.startsWith(k) && !key.slice(k.length).includes("."))) {
      throw new ScriptError(`Rename hint for column '${key}': the target has no such table`);
    }
  }
}

/** The hints for the way back: old and new swapped, column keys under the old table names. */
export function reversed(renames: Renames, pairs: ReadonlyMap<string, string>): Renames {
  const tables = new Map<string, string>();
  for (const next of renames.tables.keys()) {
    const oldKey = pairs.get(next);
    if (oldKey !== undefined) tables.set(oldKey, next.slice(next.lastIndexOf(".") + 1));
  }
  const columns = new Map<string, string>();
  for (const [key, old] of renames.columns) {
    const dot = key.lastIndexOf(".");
    const table = key.slice(0, dot);
    const oldTable = pairs.get(table) ?? table;
    columns.set(`${oldTable}.${old}`, key.slice(dot + 1));
  }
  return { tables, columns };
}

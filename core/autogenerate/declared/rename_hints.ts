/**
 * Rename hints: renames are never guessed. They come from `renamedFrom` in the target
 * schema and from `--rename table.old=table.new` / `--rename old=new` on the command line.
 * Keys are the new names (`schema.table` or `table`; columns `<table key>.<column>`),
 * values the old names (a bare table or column name).
 */

import { UsageError } from "../../errors.ts";

export interface RenameHints {
  readonly tables: Map<string, string>;
  readonly columns: Map<string, string>;
}

/** Parses `--rename` values and merges them into `hints` (command-line hints win). */
export function addRenameFlags(hints: RenameHints, flags: readonly string[]): RenameHints {
  const out: RenameHints = { tables: new Map(hints.tables), columns: new Map(hints.columns) };
  for (const flag of flags) {
    const m = /^([^=\s]+)=([^=\s]+)$/.exec(flag);
    if (!m) throw new UsageError(`--rename '${flag}': expected old=new (a table) or table.old=table.new (a column)`);
    const [, from, to] = m as unknown as [string, string, string];
    const a = from.split("."), b = to.split(".");
    if (a.length === 1 && b.length === 1) out.tables.set(to, from);
    else if (a.length === 2 && b.length === 2 && a[0] === b[0]) out.columns.set(to, a[1]!);
    else {
      throw new UsageError(`--rename '${flag}': a column rename names the same table on both sides (users.name=users.full_name)`);
    }
  }
  return out;
}

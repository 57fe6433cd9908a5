/**
 * SQLite DDL text -> shapes: the "move and copy" rebuild `op.batchAlterTable` compiles
 * to (a `_mig_tmp_<table>` built beside the old one), tables and indexes created, drops
 * and renames.
 */
import type { Shape } from "./shape.ts";
import { IDENT, nameOf, normalizeSql, QNAME } from "./sql_text.ts";

const re = (source: string) => new RegExp(source, "i");
const C = `(${IDENT})`;

export function classifySqlite(sql: string): Shape[] {
  const text = normalizeSql(sql);
  let m: RegExpExecArray | null;
  if ((m = re(`^CREATE (?:TEMP |TEMPORARY )?TABLE (?:IF NOT EXISTS )?(${QNAME})`).exec(text))) {
    const table = nameOf(m[1]!);
    // `op.batchAlterTable`'s move and copy: the new shape is built beside the old table.
    const rebuilt = /^_mig_tmp_(.+)$/.exec(table);
    if (rebuilt) return [{ kind: "tableRebuild", table: rebuilt[1]! }];
    return [{ kind: "createTable", table, references: [] }];
  }
  if ((m = re(`^CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?(${QNAME}) ON (${QNAME})`).exec(text))) {
    return [{ kind: "createIndex", name: nameOf(m[1]!), table: nameOf(m[2]!), concurrently: false, unique: /^CREATE UNIQUE/i.test(text) }];
  }
  if ((m = re(`^DROP TABLE (?:IF EXISTS )?(${QNAME})$`).exec(text))) return [{ kind: "dropTable", tables: [nameOf(m[1]!)] }];
  if ((m = re(`^ALTER TABLE (${QNAME}) RENAME TO (${QNAME})$`).exec(text))) return [{ kind: "renameTable", table: nameOf(m[1]!), to: nameOf(m[2]!) }];
  if ((m = re(`^ALTER TABLE (${QNAME}) RENAME COLUMN ${C} TO`).exec(text))) return [{ kind: "renameColumn", table: nameOf(m[1]!), column: nameOf(m[2]!) }];
  if ((m = re(`^ALTER TABLE (${QNAME}) DROP COLUMN ${C}`).exec(text))) return [{ kind: "dropColumn", table: nameOf(m[1]!), column: nameOf(m[2]!) }];
  return [{ kind: "other" }];
}

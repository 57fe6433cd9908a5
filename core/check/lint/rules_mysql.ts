/**
 * MySQL/MariaDB and SQLite rules (judged from the text and, on a `--dev-url` MySQL
 * server, the column's current type). MySQL copies a table for some ALTERs
 * (ALGORITHM=COPY: writes wait for the whole copy); SQLite recreates a table for most
 * changes `op.batchAlterTable` makes.
 */
import { on, type Rule } from "./rule.ts";

const q = (s: string) => JSON.stringify(s);
const COPY_WHY = (table: string) => `MySQL copies ${table} row by row (ALGORITHM=COPY): writes to it wait until the copy is done`;
const COPY_FIX = "make a change MySQL can do in place (e.g. VARCHAR growth within the same length bytes), or run it with an online schema change tool (gh-ost, pt-online-schema-change); appending ', ALGORITHM=INPLACE, LOCK=NONE' in op.execute makes MySQL refuse instead of copying";

export const MYSQL_RULES: readonly Rule[] = [
  on("copyAlter", "mysql-algorithm-copy", "error", "MySQL/MariaDB ALTER TABLE that forces ALGORITHM=COPY", (s, ctx) => {
    if (!ctx.existed(s.table)) return undefined;
    return { message: `ALTER TABLE ${s.table} needs a table copy: ${s.reason}`, why: COPY_WHY(s.table), fix: COPY_FIX };
  }),
  on("modifyColumn", "mysql-algorithm-copy", "error", "MySQL/MariaDB ALTER TABLE that forces ALGORITHM=COPY", (s, ctx) => {
    const key = `${s.table}.${s.column}`;
    const from = ctx.statement.facts.columnTypes?.[key];
    if (!ctx.existed(s.table) || from === undefined || !mysqlTypeChangeCopies(from, s.type, ctx.statement.facts.charBytes?.[key] ?? 4)) return undefined;
    return { message: `type of ${s.table}.${s.column} changed from ${from} to ${s.type}`, why: COPY_WHY(s.table), fix: COPY_FIX };
  }),
  on("addColumn", "add-column-not-null-no-default", "error", "NOT NULL column without a default added to an existing table", (s, ctx) => {
    if (!s.notNull || s.default !== undefined || s.generatedStored || !ctx.existed(s.table)) return undefined;
    return {
      message: `NOT NULL column ${s.column} without a default added to existing table ${s.table}`,
      why: "MySQL fills existing rows with the type's implicit value ('' , 0, a zero date) without a word, and inserts from code not yet deployed fail in strict mode",
      fix: `op.addColumn(${q(s.table)}, t.column(${q(s.column)}, ..., { nullable: false, serverDefault: ... }))`,
    };
  }),
];

export const SQLITE_RULES: readonly Rule[] = [
  on("tableRebuild", "sqlite-table-rebuild", "warning", "SQLite table recreated and every row copied (batch move and copy)", (s, ctx) => {
    if (!ctx.existed(s.table)) return undefined;
    return {
      message: `table ${s.table} is recreated and every row copied`,
      why: "the whole copy runs in one write transaction: every other writer waits, and the file grows by the table's size meanwhile",
      fix: `keep to what SQLite alters in place (add a nullable column or one with a constant default, rename a column, drop a column on 3.35+): op.batchAlterTable(${q(s.table)}, ..., { recreate: "never" }) fails instead of copying`,
    };
  }),
];

/**
 * MySQL keeps a column's storage (INPLACE) for the same type, or VARCHAR growth that
 * keeps its length prefix (one byte up to 255 bytes, two beyond); `charBytes` is the
 * character set's width (utf8mb4: 4, latin1: 1).
 */
export function mysqlTypeChangeCopies(from: string, to: string, charBytes = 4): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, " ").replace(/\b(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\)/, "$1").replace(/^integer\b/, "int").trim();
  const a = norm(from);
  const b = norm(to);
  if (a === b) return false;
  const va = /^varchar\((\d+)\)$/.exec(a);
  const vb = /^varchar\((\d+)\)$/.exec(b);
  if (va && vb) {
    const n = Number(va[1]);
    const m = Number(vb[1]);
    const short = (chars: number) => chars * charBytes <= 255;
    return m < n || short(n) !== short(m);
  }
  return true;
}

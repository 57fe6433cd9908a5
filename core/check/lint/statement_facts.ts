/**
 * Facts about a statement the text does not carry, read from PostgreSQL just before it
 * runs: the current type of a column whose type changes, and whether a new column's
 * default calls a volatile function (pg_proc.provolatile).
 */
import type { QueryRows } from "./observe_postgresql.ts";
import type { StatementFacts } from "./predict_postgresql.ts";
import type { Shape } from "./shape.ts";

export async function readFacts(shapes: readonly Shape[], query: QueryRows): Promise<StatementFacts> {
  const columnTypes: Record<string, string> = {};
  let volatileDefault: boolean | undefined;
  for (const shape of shapes) {
    if (shape.kind === "alterType") {
      const rows = await query(
        `SELECT format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
         WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND NOT a.attisdropped`,
        [quoteName(shape.table), shape.column],
      );
      if (rows[0]) columnTypes[`${shape.table}.${shape.column}`] = String(rows[0]["type"]);
    }
    if (shape.kind === "addColumn" && shape.default !== undefined) {
      const names = [...shape.default.replace(/'(?:[^']|'')*'/g, "''").matchAll(/([A-Za-z_][\w$]*)\s*\(/g)].map((m) => m[1]!.toLowerCase());
      if (names.length) {
        const rows = await query(`SELECT bool_or(provolatile = 'v') AS v FROM pg_proc WHERE proname = ANY(string_to_array($1, ','))`, [names.join(",")]);
        volatileDefault = rows[0]?.["v"] === true;
      } else if (/\bnextval\b|::regclass/i.test(shape.default)) volatileDefault = true;
      else volatileDefault ??= false;
    }
  }
  return { ...(Object.keys(columnTypes).length ? { columnTypes } : {}), ...(volatileDefault !== undefined ? { volatileDefault } : {}) };
}

/** A label's name back as SQL: `orders`, `s.t`, `"Mixed"`. */
function quoteName(name: string): string {
  return name.split(".").map((part) => (/^[a-z_][a-z0-9_$]*$/.test(part) ? part : `"${part.replace(/"/g, '""')}"`)).join(".");
}

/** MySQL/MariaDB: the current type of each column a MODIFY/CHANGE redefines. */
export async function readMysqlFacts(shapes: readonly Shape[], query: QueryRows): Promise<StatementFacts> {
  const columnTypes: Record<string, string> = {};
  const charBytes: Record<string, number> = {};
  for (const shape of shapes) {
    if (shape.kind !== "modifyColumn") continue;
    const rows = await query(
      `SELECT COLUMN_TYPE AS type, CHARACTER_MAXIMUM_LENGTH AS chars, CHARACTER_OCTET_LENGTH AS bytes
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?`,
      [shape.table, shape.column],
    );
    const row = rows[0];
    if (!row) continue;
    const key = `${shape.table}.${shape.column}`;
    columnTypes[key] = String(row["type"]);
    if (row["chars"] && row["bytes"]) charBytes[key] = Math.round(Number(row["bytes"]) / Number(row["chars"]));
  }
  return Object.keys(columnTypes).length ? { columnTypes, ...(Object.keys(charBytes).length ? { charBytes } : {}) } : {};
}

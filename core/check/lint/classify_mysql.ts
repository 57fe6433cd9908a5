/**
 * MySQL/MariaDB DDL text -> shapes: what their rules need, i.e. the ALTER TABLE actions
 * that force ALGORITHM=COPY, MODIFY/CHANGE of a column, columns added, drops and renames.
 */
import type { Shape } from "./shape.ts";
import { IDENT, nameOf, normalizeSql, QNAME, splitTopLevel } from "./sql_text.ts";

const re = (source: string) => new RegExp(source, "i");
const C = `(${IDENT})`;

/** Backquoted identifiers read as double-quoted ones. */
const unbacktick = (sql: string) => sql.replace(/'(?:[^'\\]|\\.|'')*'|`((?:[^`]|``)+)`/g, (m, name: string | undefined) =>
  name === undefined ? m : `"${name.replace(/``/g, "`").replace(/"/g, '""')}"`);

export function classifyMysql(sql: string): Shape[] {
  const text = normalizeSql(unbacktick(sql));
  let m: RegExpExecArray | null;
  if ((m = re(`^CREATE (?:TEMPORARY )?TABLE (?:IF NOT EXISTS )?(${QNAME})`).exec(text))) {
    return [{ kind: "createTable", table: nameOf(m[1]!), references: [] }];
  }
  if ((m = re(`^CREATE (?:UNIQUE |FULLTEXT |SPATIAL )?INDEX ${C} ON (${QNAME})`).exec(text))) {
    return [{ kind: "createIndex", name: nameOf(m[1]!), table: nameOf(m[2]!), concurrently: false, unique: /^CREATE UNIQUE/i.test(text) }];
  }
  if ((m = re(`^ALTER TABLE (${QNAME}) (.*)$`).exec(text))) {
    const table = nameOf(m[1]!);
    const actions = splitTopLevel(m[2]!);
    const dropsPk = actions.some((a) => /^DROP PRIMARY KEY$/i.test(a));
    const addsPk = actions.some((a) => /^ADD (CONSTRAINT \S+ )?PRIMARY KEY/i.test(a));
    return actions.flatMap((action): Shape[] => {
      let a: RegExpExecArray | null;
      if (/^ALGORITHM\s*=?\s*COPY$/i.test(action)) return [{ kind: "copyAlter", table, reason: "ALGORITHM=COPY is asked for" }];
      if (/^(DEFAULT )?CONVERT TO CHARACTER SET/i.test(action)) return [{ kind: "copyAlter", table, reason: "CONVERT TO CHARACTER SET re-encodes every row" }];
      if (/^DROP PRIMARY KEY$/i.test(action) && !addsPk) return [{ kind: "copyAlter", table, reason: "dropping the primary key without adding another" }];
      if (/^ADD (CONSTRAINT \S+ )?PRIMARY KEY/i.test(action) && dropsPk) return [];
      if ((a = re(`^MODIFY (?:COLUMN )?${C} (.*)$`).exec(action))) return [{ kind: "modifyColumn", table, column: nameOf(a[1]!), type: typeOf(a[2]!) }];
      if ((a = re(`^CHANGE (?:COLUMN )?${C} ${C} (.*)$`).exec(action))) return [{ kind: "modifyColumn", table, column: nameOf(a[1]!), type: typeOf(a[3]!) }];
      if ((a = re(`^ADD (?:COLUMN )?(?!(?:CONSTRAINT|PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK|INDEX|KEY|FULLTEXT|SPATIAL)\\b)${C} (.*)$`).exec(action))) {
        const rest = a[2]!;
        const def = /\bDEFAULT\s+(.*?)(?=\s+(?:NOT NULL|NULL|COMMENT|AUTO_INCREMENT|ON UPDATE)\b|$)/i.exec(rest);
        return [{
          kind: "addColumn", table, column: nameOf(a[1]!), type: typeOf(rest), notNull: /\bNOT NULL\b/i.test(rest),
          ...(def && !/^NULL$/i.test(def[1]!.trim()) ? { default: def[1]!.trim() } : {}),
          generatedStored: /\bAS\s*\(.*\)\s*STORED\b/i.test(rest) || /\bAUTO_INCREMENT\b/i.test(rest),
        }];
      }
      if ((a = re(`^DROP (?:COLUMN )?(?!(?:PRIMARY KEY|INDEX|KEY|FOREIGN KEY|CONSTRAINT|CHECK)\\b)${C}`).exec(action))) return [{ kind: "dropColumn", table, column: nameOf(a[1]!) }];
      if ((a = re(`^RENAME (?:TO |AS )?(${QNAME})$`).exec(action))) return [{ kind: "renameTable", table, to: nameOf(a[1]!) }];
      if ((a = re(`^RENAME COLUMN ${C} TO`).exec(action))) return [{ kind: "renameColumn", table, column: nameOf(a[1]!) }];
      return [{ kind: "alterTableOther", table, action }];
    });
  }
  if ((m = re(`^DROP TABLE (?:IF EXISTS )?(.*?)(?: CASCADE| RESTRICT)?$`).exec(text))) {
    return [{ kind: "dropTable", tables: splitTopLevel(m[1]!).map(nameOf) }];
  }
  if ((m = re(`^RENAME TABLE (${QNAME}) TO (${QNAME})`).exec(text))) return [{ kind: "renameTable", table: nameOf(m[1]!), to: nameOf(m[2]!) }];
  return [{ kind: "other" }];
}

/** The type at the head of a column spec: `VARCHAR(100)`, `BIGINT UNSIGNED`, `DECIMAL(12, 2)`. */
function typeOf(spec: string): string {
  return /^((?:"[^"]+"|[\w$]+)(?:\s*\([^)]*\))?(?:\s+(?:UNSIGNED|SIGNED|ZEROFILL))*)/i.exec(spec.trim())?.[1] ?? "";
}

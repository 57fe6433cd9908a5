/**
 * PostgreSQL DDL text -> shapes (shape.ts). A reader of the statements migrations
 * write, not a parser: what it does not recognise is "other" and judged by observation
 * alone.
 */
import type { Shape } from "./shape.ts";
import { IDENT, nameOf, normalizeSql, QNAME, splitTopLevel } from "./sql_text.ts";

const re = (source: string) => new RegExp(source, "i");
const Q = `(${QNAME})`;

export function classifyPostgresql(sql: string): Shape[] {
  const text = normalizeSql(sql);
  let m: RegExpExecArray | null;
  if ((m = re(`^CREATE (UNIQUE )?INDEX (CONCURRENTLY )?(?:IF NOT EXISTS )?(?:(${IDENT}) )?ON (?:ONLY )?${Q}`).exec(text))) {
    return [{ kind: "createIndex", unique: !!m[1], concurrently: !!m[2], ...(m[3] ? { name: nameOf(m[3]) } : {}), table: nameOf(m[4]!) }];
  }
  if ((m = re(`^DROP INDEX (CONCURRENTLY )?(?:IF EXISTS )?(.*?)(?: CASCADE| RESTRICT)?$`).exec(text))) {
    return [{ kind: "dropIndex", concurrently: !!m[1], names: splitTopLevel(m[2]!).map(nameOf) }];
  }
  if ((m = re(`^REINDEX (?:\\([^)]*\\) )?(?:INDEX|TABLE|SCHEMA|DATABASE|SYSTEM) (CONCURRENTLY )?${Q}`).exec(text))) {
    return [{ kind: "reindex", concurrently: !!m[1], target: nameOf(m[2]!) }];
  }
  if ((m = re(`^CREATE (?:(?:GLOBAL |LOCAL )?(?:TEMP|TEMPORARY|UNLOGGED) )?TABLE (?:IF NOT EXISTS )?${Q}`).exec(text))) {
    const references = [...text.matchAll(new RegExp(`REFERENCES (${QNAME})`, "gi"))].map((r) => nameOf(r[1]!));
    return [{ kind: "createTable", table: nameOf(m[1]!), references }];
  }
  if ((m = re(`^DROP TABLE (?:IF EXISTS )?(.*?)(?: CASCADE| RESTRICT)?$`).exec(text))) {
    return [{ kind: "dropTable", tables: splitTopLevel(m[1]!).map(nameOf) }];
  }
  if ((m = re(`^DROP SCHEMA (?:IF EXISTS )?(${IDENT})`).exec(text))) return [{ kind: "dropSchema", name: nameOf(m[1]!) }];
  if ((m = re(`^TRUNCATE (?:TABLE )?(?:ONLY )?(.*?)((?: (?:RESTART|CONTINUE) IDENTITY)?(?: CASCADE| RESTRICT)?)$`).exec(text))) {
    return [{ kind: "truncate", tables: splitTopLevel(m[1]!).map(nameOf), cascade: /CASCADE/i.test(m[2]!) }];
  }
  if ((m = re(`^ALTER TYPE ${Q} ADD VALUE`).exec(text))) return [{ kind: "enumAddValue", type: nameOf(m[1]!) }];
  if ((m = re(`^ALTER TYPE ${Q} RENAME VALUE`).exec(text))) return [{ kind: "enumRenameValue", type: nameOf(m[1]!) }];
  if ((m = re(`^SET (?:LOCAL |SESSION )?lock_timeout\\s*(?:=|TO)\\s*(.+)$`).exec(text))) {
    return [{ kind: "setLockTimeout", value: m[1]!.replace(/^'|'$/g, "") }];
  }
  if ((m = re(`^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?${Q} (.*)$`).exec(text))) return alterTable(nameOf(m[1]!), m[2]!);
  if ((m = /^(INSERT|UPDATE|DELETE|MERGE|COPY|WITH)\b/i.exec(text))) return [{ kind: "dml", verb: m[1]!.toUpperCase() }];
  return [{ kind: "other" }];
}

function alterTable(table: string, rest: string): Shape[] {
  let m: RegExpExecArray | null;
  if ((m = re(`^RENAME TO (${IDENT})$`).exec(rest))) return [{ kind: "renameTable", table, to: nameOf(m[1]!) }];
  if ((m = re(`^RENAME (?:COLUMN )?(${IDENT}) TO`).exec(rest)) && !/^RENAME CONSTRAINT/i.test(rest)) {
    return [{ kind: "renameColumn", table, column: nameOf(m[1]!) }];
  }
  if ((m = re(`^DETACH PARTITION ${Q}(.*)$`).exec(rest))) {
    return [{ kind: "detachPartition", table, concurrently: /\bCONCURRENTLY\b/i.test(m[2]!) }];
  }
  return splitTopLevel(rest).map((action) => alterAction(table, action));
}

function alterAction(table: string, action: string): Shape {
  let m: RegExpExecArray | null;
  const C = `(${IDENT})`;
  if ((m = re(`^ADD (?:COLUMN )?(?:IF NOT EXISTS )?(?!(?:CONSTRAINT|PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK|EXCLUDE)\\b)${C} (.*)$`).exec(action))) {
    return addColumn(table, nameOf(m[1]!), m[2]!);
  }
  if ((m = re(`^DROP (?:COLUMN )?(?:IF EXISTS )?(?!CONSTRAINT )${C}`).exec(action))) return { kind: "dropColumn", table, column: nameOf(m[1]!) };
  if ((m = re(`^ALTER (?:COLUMN )?${C} (?:SET DATA )?TYPE (.*?)(?: USING (.*))?$`).exec(action))) {
    const type = m[2]!.replace(/ COLLATE .*$/i, "").trim();
    return { kind: "alterType", table, column: nameOf(m[1]!), type, ...(m[3] ? { using: m[3].trim() } : {}) };
  }
  if ((m = re(`^ALTER (?:COLUMN )?${C} SET NOT NULL$`).exec(action))) return { kind: "setNotNull", table, column: nameOf(m[1]!) };
  if ((m = re(`^ALTER (?:COLUMN )?${C} DROP NOT NULL$`).exec(action))) return { kind: "dropNotNull", table, column: nameOf(m[1]!) };
  if ((m = re(`^VALIDATE CONSTRAINT ${C}`).exec(action))) return { kind: "validateConstraint", table, name: nameOf(m[1]!) };
  if ((m = re(`^ADD (?:CONSTRAINT ${C} )?(.*)$`).exec(action))) {
    const name = m[1] ? { name: nameOf(m[1]) } : {};
    const body = m[2]!;
    const notValid = /\bNOT VALID$/i.test(body);
    let r: RegExpExecArray | null;
    if ((r = re(`^FOREIGN KEY\\s*\\(.*?\\)\\s*REFERENCES ${Q}`).exec(body))) return { kind: "addForeignKey", table, references: nameOf(r[1]!), notValid, ...name };
    if (/^CHECK\b/i.test(body)) {
      return { kind: "addCheck", table, notValid, ...name, expression: body.replace(/^CHECK\s*/i, "").replace(/\s*NOT VALID$/i, "") };
    }
    if ((r = /^(UNIQUE|PRIMARY KEY)\b/i.exec(body))) {
      return { kind: "addUnique", table, primaryKey: /^PRIMARY/i.test(r[1]!), usingIndex: /\bUSING INDEX\b(?! TABLESPACE)/i.test(body), ...name };
    }
  }
  return { kind: "alterTableOther", table, action };
}

function addColumn(table: string, column: string, rest: string): Shape {
  const type = /^((?:"[^"]+"|[\w$.]+)(?:\s*\([^)]*\))?(?: (?:varying|precision|with(?:out)? time zone|\[\]))*)/i.exec(rest)?.[1] ?? "";
  const def = /\bDEFAULT (.*?)(?= NOT NULL| NULL| CONSTRAINT| CHECK| REFERENCES| UNIQUE| PRIMARY KEY| GENERATED| COLLATE|$)/i.exec(rest);
  const references = new RegExp(`\\bREFERENCES (${QNAME})`, "i").exec(rest);
  const nullDefault = def && /^NULL(::[\w ]+)?$/i.test(def[1]!.trim());
  return {
    kind: "addColumn", table, column, type,
    notNull: /\bNOT NULL\b/i.test(rest) || /\bPRIMARY KEY\b/i.test(rest),
    ...(def && !nullDefault ? { default: def[1]!.trim() } : {}),
    generatedStored: /\bGENERATED ALWAYS AS\b.*\bSTORED\b/i.test(rest),
    // serial types and identity columns number every existing row from a sequence.
    ...(/^(small|big)?serial\b|^serial[248]\b/i.test(type) || /\bGENERATED (ALWAYS|BY DEFAULT) AS IDENTITY\b/i.test(rest) ? { identity: true } : {}),
    ...(references ? { references: nameOf(references[1]!) } : {}),
  };
}

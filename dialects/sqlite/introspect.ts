/**
 * Read a SQLite table: PRAGMA table functions for columns, keys, foreign keys and indexes
 * (authoritative), the stored CREATE TABLE text for what they omit (parse_create_table.ts),
 * and the table's triggers verbatim so a recreating batch can put them back.
 */

import { NoSuchTableError, type QueryFn } from "../../core/dialect.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { ConstraintElement, IndexElement } from "../../core/ops/elements/constraint.ts";
import { sqlText } from "../../core/ops/sql.ts";
import { defineTable, type TableDefinition } from "../../core/ops/table_definition.ts";
import { type ParsedConstraint, parseCreateTable } from "./parse_create_table.ts";

type R = Record<string, unknown>;
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export async function introspectSqlite(query: QueryFn, table: string, schema?: string): Promise<TableDefinition> {
  const master = schema === undefined ? "sqlite_master" : `"${schema.replaceAll('"', '""')}".sqlite_master`;
  const pragma = (fn: string, arg: string) => query(`SELECT * FROM pragma_${fn}(?${schema === undefined ? "" : ", ?"})`, schema === undefined ? [arg] : [arg, schema]);
  const [found] = await query(`SELECT sql FROM ${master} WHERE type = 'table' AND name = ?`, [table]);
  if (!found) throw new NoSuchTableError(table, schema);
  const parsed = parseCreateTable(String(found.sql));
  const named = (kind: ParsedConstraint["kind"], cols: readonly string[]) =>
    parsed.constraints.find((p) => p.kind === kind && same(p.columns, cols));

  const info = (await pragma("table_xinfo", table)).filter((r) => Number(r.hidden) === 0);
  const columns = info.map((r): ColumnElement => Object.freeze({
    kind: "column", name: String(r.name), type: Object.freeze({ kind: "raw", sql: String(r.type ?? "") }),
    nullable: Number(r.notnull) === 0, primaryKey: false, unique: false, index: false,
    ...(parsed.autoincrement.has(String(r.name)) ? { autoincrement: true } : {}),
    ...(r.dflt_value == null ? {} : { serverDefault: sqlText(String(r.dflt_value)) }),
  }));

  const constraints: ConstraintElement[] = [];
  const pk = info.filter((r) => Number(r.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk)).map((r) => String(r.name));
  if (pk.length) {
    const name = named("primaryKey", pk)?.name;
    constraints.push({ kind: "primaryKey", columns: pk, ...(name === undefined ? {} : { name }) });
  }
  const indexList = await pragma("index_list", table);
  for (const ix of indexList.filter((r) => r.origin === "u")) {
    const cols = (await pragma("index_info", String(ix.name))).map((r) => String(r.name));
    const name = named("unique", cols)?.name;
    constraints.push({ kind: "unique", columns: cols, ...(name === undefined ? {} : { name }) });
  }
  for (const p of parsed.constraints.filter((c) => c.kind === "check")) {
    constraints.push({ kind: "check", condition: sqlText(p.condition ?? ""), ...(p.name === undefined ? {} : { name: p.name }) });
  }
  constraints.push(...await foreignKeys(query, pragma, table, parsed));

  const indexes: IndexElement[] = [];
  for (const ix of indexList.filter((r) => r.origin === "c")) {
    const name = String(ix.name);
    const keys = (await pragma("index_xinfo", name)).filter((r) => Number(r.key) === 1);
    if (Number(ix.partial) === 1 || keys.some((r) => Number(r.cid) < 0)) {
      const [row] = await query(`SELECT sql FROM ${master} WHERE type = 'index' AND name = ?`, [name]);
      indexes.push({ kind: "index", name, columns: [], unique: Number(ix.unique) === 1, sql: String(row?.sql) });
    } else {
      indexes.push({ kind: "index", name, columns: keys.map((r) => String(r.name)), unique: Number(ix.unique) === 1 });
    }
  }
  const triggers = (await query(`SELECT sql FROM ${master} WHERE type = 'trigger' AND tbl_name = ? ORDER BY name`, [table]))
    .map((r) => String(r.sql));
  return defineTable(table, [...columns, ...constraints, ...indexes.reverse()], {
    ...(schema === undefined ? {} : { schema }),
    triggers,
  });
}

async function foreignKeys(
  query: QueryFn,
  pragma: (fn: string, arg: string) => Promise<R[]>,
  table: string,
  parsed: ReturnType<typeof parseCreateTable>,
): Promise<ConstraintElement[]> {
  const rows = await pragma("foreign_key_list", table);
  const ids = [...new Set(rows.map((r) => Number(r.id)))].sort((a, b) => b - a);
  const out: ConstraintElement[] = [];
  for (const id of ids) {
    const parts = rows.filter((r) => Number(r.id) === id).sort((a, b) => Number(a.seq) - Number(b.seq));
    const first = parts[0] as R;
    const refTable = String(first.table);
    let refColumns = parts.map((r) => (r.to == null ? "" : String(r.to)));
    if (refColumns.includes("")) {
      // REFERENCES parent without columns means the parent's primary key.
      const parentPk = (await query("SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", [refTable]));
      refColumns = parentPk.map((r) => String(r.name));
    }
    const columns = parts.map((r) => String(r.from));
    const p = parsed.constraints.find((c) => c.kind === "foreignKey" && columns.every((col) => c.columns.includes(col)));
    const action = (v: unknown) => (v == null || v === "NO ACTION" ? undefined : String(v));
    const onDelete = action(first.on_delete);
    const onUpdate = action(first.on_update);
    out.push({
      kind: "foreignKey", columns, refTable, refColumns,
      ...(p?.name === undefined ? {} : { name: p.name }),
      ...(onDelete === undefined ? {} : { onDelete }),
      ...(onUpdate === undefined ? {} : { onUpdate }),
      ...(p?.deferrable === undefined ? {} : { deferrable: p.deferrable }),
      ...(p?.initially === undefined ? {} : { initially: p.initially }),
    });
  }
  return out;
}

/**
 * A database's schema and data as its own catalog reports them, read with its own client:
 * per table (or view) lines such as `column name character varying(100) NOT NULL`,
 * `constraint ...`, `index ...`, `comment ...`, `view ...`, `row {...}` in a stable order,
 * and database-wide objects (enum types, sequences) under "(database)".
 */
import { mariadbCatalog } from "./catalog_mariadb.ts";
import { postgresqlCatalog } from "./catalog_postgresql.ts";
import { sqliteCatalog } from "./catalog_sqlite.ts";
import { type Engine, queryLines } from "./sql_clients.ts";

export type Snapshot = Record<string, string[]>;

export interface Table {
  readonly name: string;
  /** Column names and their types as the catalog spells them, in order. */
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

/**
 * Each engine answers two queries with tab-separated rows `table, kind, order, text`:
 * the schema (kinds below, plus `table-column` rows `table, table-column, position, name,
 * type` that only feed the rows query), then every table's rows as JSON text.
 */
export interface Catalog {
  readonly schemaQuery: string;
  rowsQuery(tables: readonly Table[]): string;
}

const KINDS = ["column", "constraint", "index", "comment", "view", "row", "enum", "sequence"];

function catalogFor(engine: Engine): Catalog {
  return engine === "postgresql" ? postgresqlCatalog : engine === "mariadb" ? mariadbCatalog : sqliteCatalog;
}

export function snapshot(engine: Engine, url: string): Snapshot {
  const catalog = catalogFor(engine);
  const schema = queryLines(engine, url, catalog.schemaQuery);
  const tables = tablesOf(schema);
  const rows = tables.length === 0 ? [] : queryLines(engine, url, catalog.rowsQuery(tables));
  return group([...schema.filter((line) => line[1] !== "table-column"), ...rows]);
}

function tablesOf(lines: readonly string[][]): Table[] {
  const byName = new Map<string, { position: number; name: string; type: string }[]>();
  for (const [table, kind, position, name, type] of lines) {
    if (kind !== "table-column") continue;
    byName.set(table!, [...(byName.get(table!) ?? []), { position: Number(position), name: name!, type: type! }]);
  }
  return [...byName].map(([name, columns]) => ({ name, columns: [...columns].sort((a, b) => a.position - b.position) }));
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Column positions compare as numbers, names as text. */
const byOrder = (a: string, b: string) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : byCodePoint(a, b));

function group(lines: readonly string[][]): Snapshot {
  for (const line of lines) {
    if (line.length !== 4 || !KINDS.includes(line[1]!)) throw new Error(`Unexpected catalog line: ${JSON.stringify(line)}`);
  }
  const sorted = [...lines].sort((a, b) =>
    byCodePoint(a[0]!, b[0]!) || KINDS.indexOf(a[1]!) - KINDS.indexOf(b[1]!) ||
    byOrder(a[2]!, b[2]!) || byCodePoint(a[3]!, b[3]!));
  const out: Snapshot = {};
  for (const [table, kind, , text] of sorted) (out[table!] ??= []).push(`${kind} ${text}`);
  return out;
}

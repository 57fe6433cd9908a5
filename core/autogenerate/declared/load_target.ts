/**
 * Reads the declared target schema (Alembic's `target_metadata`): a TypeScript module of
 * `t.table(...)` exports, or a `.sql` file of plain DDL. A module becomes a Catalog in the
 * declared form (builder types, names from the naming convention, rename hints on the
 * side); it is materialized in the embedded database before anything is compared.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError, ScriptError } from "../../errors.ts";
import type { DialectName } from "../../ops/context.ts";
import type { TableDeclaration } from "../../ops/elements/table.ts";
import type { EnumType } from "../../ops/elements/type.ts";
import { importUserModule } from "../../runtime/import_module.ts";
import { decodeScript } from "../../script/strict_utf8.ts";
import { type Catalog, type CatalogEnum, tableKey } from "../catalog.ts";
import { applyNamingConvention, type NamingConvention, parseNamingConvention } from "./naming.ts";
import type { RenameHints } from "./rename_hints.ts";

export type DeclaredTarget =
  | { readonly kind: "module"; readonly file: string; readonly catalog: Catalog; readonly renames: RenameHints }
  | { readonly kind: "sql"; readonly file: string; readonly sql: string };

export async function loadTarget(file: string, dialect: DialectName): Promise<DeclaredTarget> {
  if (!fs.existsSync(file)) throw new ConfigError(`target_schema: no such file '${file}'`);
  if (file.endsWith(".sql")) return { kind: "sql", file, sql: readText(file) };
  if (!/\.(ts|mts|js|mjs)$/.test(file)) {
    throw new ConfigError(`target_schema: '${file}' must be a TypeScript module (.ts) or a SQL file (.sql)`);
  }
  return declaredModule(file, await importUserModule(file), dialect);
}

/** A module's exports as a target (exported for callers that hold the module already, such as env.ts). */
export function declaredModule(file: string, module: Record<string, unknown>, dialect: DialectName): DeclaredTarget {
  const declarations = Object.values(module).filter(isTable);
  const convention: NamingConvention = module["namingConvention"] === undefined
    ? {}
    : parseNamingConvention(module["namingConvention"], file);
  const seen = new Map<string, TableDeclaration>();
  for (const d of declarations) {
    const key = tableKey(d.definition);
    const other = seen.get(key);
    if (other && other !== d) throw new ScriptError(`${file}: table '${key}' is declared twice`, file);
    seen.set(key, d);
  }
  const unique = [...seen.values()];
  const tables = unique
    .map((d) => applyNamingConvention(d.definition, convention, new Set(d.derivedIndexes)))
    .sort((a, b) => compareKeys(a, b));
  const enums = collectEnums(unique, Object.values(module).filter(isEnum));
  const schemas = [...new Set([...tables.map((t) => t.schema), ...enums.map((e) => e.schema)].filter((s): s is string => !!s))].sort();
  return {
    kind: "module",
    file,
    catalog: Object.freeze({ dialect, schemas, enums, tables: Object.freeze(tables), declared: true }),
    renames: renameHints(unique),
  };
}

function readText(file: string): string {
  return decodeScript(fs.readFileSync(file), file);
}

const isTable = (v: unknown): v is TableDeclaration =>
  typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "table" && "definition" in v;

const isEnum = (v: unknown): v is EnumType =>
  typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "enum" && "values" in v;

function compareKeys(a: { name: string; schema?: string }, b: { name: string; schema?: string }): number {
  const sa = a.schema ?? "", sb = b.schema ?? "";
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Named enum types the tables use, and exported ones no table uses yet; one definition per name. */
function collectEnums(tables: readonly TableDeclaration[], exported: readonly EnumType[]): CatalogEnum[] {
  const found = new Map<string, CatalogEnum>();
  const add = (e: EnumType, where: string) => {
    const key = e.schema === undefined ? e.name : `${e.schema}.${e.name}`;
    const before = found.get(key);
    if (before && before.values.join("\u0000") !== e.values.join("\u0000")) {
      throw new ScriptError(`Enum type '${key}' is declared with different values (${where})`);
    }
    found.set(key, Object.freeze({ name: e.name, ...(e.schema ? { schema: e.schema } : {}), values: e.values }));
  };
  for (const t of tables) for (const c of t.definition.columns) if (c.type.kind === "enum") add(c.type, `table '${tableKey(t.definition)}'`);
  for (const e of exported) add(e, "an exported t.enum()");
  return [...found.values()].sort(compareKeys);
}

function renameHints(tables: readonly TableDeclaration[]): RenameHints {
  const hints: RenameHints = { tables: new Map(), columns: new Map() };
  for (const t of tables) {
    const key = tableKey(t.definition);
    if (t.renamedFrom !== undefined) hints.tables.set(key, t.renamedFrom);
    for (const c of t.definition.columns) if (c.renamedFrom !== undefined) hints.columns.set(`${key}.${c.name}`, c.renamedFrom);
  }
  return hints;
}

export const relativeTo = (dir: string, file: string) => path.relative(dir, file) || file;

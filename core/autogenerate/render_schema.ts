/**
 * A catalog written as a target schema (`mig schema dump`): a TypeScript module of
 * `t.table(...)` exports, which `target_schema` can name as it is, or SQL DDL. The module
 * is the createTable calls autogenerate would write from an empty database, with
 * `op.createTable(` spelled `t.table(` (the two take the same arguments), so a dump
 * compared with the database it came from finds nothing. Enum types and schemas need no
 * declaration of their own: the loader collects them from the tables.
 */

import type { Dialect } from "../dialect.ts";
import { type Catalog, emptyCatalog } from "./catalog.ts";
import { compareCatalogs } from "./compare/mod.ts";
import { call, options } from "./compare/calls.ts";
import { tableElements } from "./compare/elements.ts";
import { renderBody } from "./render_body.ts";
import { compileCalls } from "./script_bodies.ts";

export function renderSchemaModule(catalog: Catalog, dialect: Dialect): string {
  const names = new Set<string>();
  const side = { catalog, existingEnums: new Set<string>() };
  const lines = [
    "/**",
    " * The target schema autogenerate compares with (`target_schema` in mig.toml).",
    " * Written by `mig schema dump`; edit it, then run `mig revision --autogenerate`.",
    " */",
    `import { t } from "mig";`,
    "",
  ];
  for (const table of catalog.tables) {
    // Every key stays with its table: materializing the module orders tables and breaks cycles itself.
    const create = call("createTable", table.name, tableElements(table, side), options({ schema: table.schema, comment: table.comment }));
    const body = renderBody([create], dialect, "").replace(/^op\.createTable\(/, "t.table(");
    lines.push(`export const ${exportName(table.name, table.schema, names)} = ${body}`, "");
  }
  const verbatim = catalog.tables.flatMap((t) => t.indexes.filter((i) => i.sql !== undefined).map((i) => i.sql!));
  if (verbatim.length > 0) {
    lines.push("// Indexes a module cannot declare (create them in a migration with op.execute):", ...verbatim.map((s) => `// ${s}`), "");
  }
  return lines.join("\n");
}

export function renderSchemaSql(catalog: Catalog, dialect: Dialect): string {
  const calls = compareCatalogs(emptyCatalog(catalog.dialect), catalog, { capabilities: dialect.capabilities }).upgrade;
  return `${compileCalls(calls, dialect, emptyCatalog(catalog.dialect)).sql}\n`;
}

function exportName(table: string, schema: string | undefined, taken: Set<string>): string {
  const words = `${schema ? `${schema}_` : ""}${table}`.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let name = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join("") || "table";
  if (/^[0-9]/.test(name) || RESERVED.has(name)) name = `${name}Table`;
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}${n}`;
  taken.add(unique);
  return unique;
}

const RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
  "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
  "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "t",
  "namingConvention", "let", "static", "yield", "await", "implements", "interface", "package", "private",
  "protected", "public",
]);

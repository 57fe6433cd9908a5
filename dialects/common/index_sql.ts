/** CREATE INDEX and DROP INDEX, with the per-dialect placement of schema names as hooks. */

import type { OpOf } from "../../core/ops/op_node.ts";
import { isSql, type Sql } from "../../core/ops/sql.ts";
import type { DefaultCompiler } from "./compiler.ts";

export interface IndexSpec {
  readonly name: string;
  readonly table: string;
  readonly schema?: string;
  readonly columns: readonly (string | Sql)[];
  readonly unique: boolean;
  readonly where?: Sql;
  readonly concurrently?: boolean;
  readonly ifNotExists?: boolean;
  /** Verbatim text of a reflected index mig could not take apart. */
  readonly sql?: string;
}

export function createIndexSql(c: DefaultCompiler, spec: IndexSpec): string {
  if (spec.sql !== undefined) return spec.sql;
  if (spec.where !== undefined && !c.capabilities.supportsPartialIndex) c.unsupported("Partial indexes (where)", spec.table);
  if (spec.ifNotExists && !c.capabilities.supportsIfExistsOnIndex) c.unsupported("CREATE INDEX IF NOT EXISTS", spec.table);
  const columns = spec.columns.map((col) => (isSql(col) ? c.sql(col) : c.quote(col))).join(", ");
  const head = `CREATE ${spec.unique ? "UNIQUE " : ""}INDEX ${c.concurrently(spec.concurrently ?? false)}` +
    `${spec.ifNotExists ? "IF NOT EXISTS " : ""}${c.indexName(spec.name, spec.schema)}`;
  const where = spec.where === undefined ? "" : ` WHERE ${c.sql(spec.where)}`;
  return `${head} ON ${c.indexTable(spec.table, spec.schema)} (${columns})${where}`;
}

/** `DROP INDEX [CONCURRENTLY] [IF EXISTS] [schema.]name` (PostgreSQL, SQLite). */
export function dropIndexSql(c: DefaultCompiler, node: OpOf<"dropIndex">): string {
  if (node.ifExists && !c.capabilities.supportsIfExistsOnIndex) c.unsupported("DROP INDEX IF EXISTS", node.table);
  const name = node.schema === undefined ? c.quote(node.name) : c.table(node.name, node.schema);
  return `DROP INDEX ${c.concurrently(node.concurrently)}${node.ifExists ? "IF EXISTS " : ""}${name}`;
}

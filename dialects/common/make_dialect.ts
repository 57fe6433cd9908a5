/** Assemble a `Dialect` from a compiler and the per-dialect extras, so each dialect.ts stays a table of parts. */

import type {
  CompileContext, Dialect, DialectCapabilities, DialectName, ForeignKeyGuard, LockTableSql, NewerSyntax, QueryFn,
  TableRef, VersionTableSql,
} from "../../core/dialect.ts";
import type { OpNode } from "../../core/ops/op_node.ts";
import type { LiteralValue } from "../../core/ops/sql.ts";
import type { TableDefinition } from "../../core/ops/table_definition.ts";
import type { SchemaSnapshot, SnapshotOptions } from "../../core/schema_snapshot.ts";
import type { DefaultCompiler } from "./compiler.ts";
import type { Catalog, CatalogOptions } from "../../core/autogenerate/catalog.ts";
import type { TypeNode } from "../../core/ops/elements/type.ts";

export interface DialectParts {
  readonly name: DialectName;
  readonly variant: string;
  readonly compiler: DefaultCompiler;
  readonly versionTable: VersionTableSql;
  readonly lockTable: LockTableSql;
  readonly introspect: (query: QueryFn, table: string, schema?: string) => Promise<TableDefinition>;
  /** A cheaper read for the runner's reflection; `introspect` when absent. */
  readonly reflect?: (query: QueryFn, table: string, schema?: string) => Promise<TableDefinition>;
  readonly snapshotSchema: (query: QueryFn, options?: SnapshotOptions) => Promise<SchemaSnapshot>;
  /** Only dialects that track feature versions (PostgreSQL); the rest report none. */
  readonly newerSyntax?: (sql: string, target: string) => readonly NewerSyntax[];
  readonly reflectionNeeds?: (node: OpNode, ctx: CompileContext) => readonly TableRef[];
  readonly foreignKeyGuard?: ForeignKeyGuard;
  readonly forServerVersion?: (version: string) => Dialect | undefined;
  /** The whole schema for autogenerate (see core/autogenerate/catalog.ts). */
  readonly introspectCatalog: (query: QueryFn, options?: CatalogOptions) => Promise<Catalog>;
  readonly typeFromCatalog: (type: TypeNode) => TypeNode;
}

export function makeDialect(parts: DialectParts): Dialect {
  const { compiler } = parts;
  const dialect: Dialect = Object.freeze({
    name: parts.name,
    variant: parts.variant,
    capabilities: compiler.capabilities as DialectCapabilities,
    compile: (node: OpNode, ctx: CompileContext) => compiler.compile(node, ctx),
    reflectionNeeds: (node: OpNode, ctx: CompileContext) => parts.reflectionNeeds?.(node, ctx) ?? [],
    introspect: parts.introspect,
    reflect: parts.reflect ?? parts.introspect,
    snapshotSchema: parts.snapshotSchema,
    newerSyntax: (sql: string, target: string) => parts.newerSyntax?.(sql, target) ?? [],
    quoteIdentifier: (name: string) => compiler.quote(name),
    literal: (value: LiteralValue) => compiler.literal(value),
    versionTable: parts.versionTable,
    lockTable: parts.lockTable,
    ...(parts.foreignKeyGuard ? { foreignKeyGuard: parts.foreignKeyGuard } : {}),
    forServerVersion: (version: string) => parts.forServerVersion?.(version) ?? dialect,
    introspectCatalog: parts.introspectCatalog,
    typeFromCatalog: parts.typeFromCatalog,
  });
  return dialect;
}

/** Every node inside `node` (batch sub-ops, autocommit blocks), `node` included. */
export function walkOps(node: OpNode): OpNode[] {
  if (node.kind === "batchAlterTable") return [node, ...node.ops];
  if (node.kind === "autocommitBlock") return [node, ...node.ops.flatMap(walkOps)];
  return [node];
}

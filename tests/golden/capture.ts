/**
 * Run script-style op calls through the real pipeline: a sink collects the nodes, the real
 * dialect compiles them. The same capture feeds the golden files and the server runs.
 */

import type { Dialect } from "../../core/dialect.ts";
import { createCompileContext, type RunCompileContext } from "../../core/ops/compile_context.ts";
import type { OpNode } from "../../core/ops/op_node.ts";
import { withOpSink } from "../../core/ops/context.ts";
import { mariadbDialect, mysqlDialect } from "../../dialects/mysql/dialect.ts";
import { postgresqlDialect } from "../../dialects/postgresql/dialect.ts";
import { sqliteDialect } from "../../dialects/sqlite/dialect.ts";

export type Variant = "postgresql" | "mysql" | "mariadb" | "sqlite";
export const VARIANTS: readonly Variant[] = ["postgresql", "mysql", "mariadb", "sqlite"];
export const DIALECTS: Record<Variant, Dialect> = {
  postgresql: postgresqlDialect,
  mysql: mysqlDialect,
  mariadb: mariadbDialect,
  sqlite: sqliteDialect,
};

/** The nodes `fn` emits for a dialect (op.dialect reads it). */
export function capture(variant: Variant, fn: () => void): OpNode[] {
  const nodes: OpNode[] = [];
  withOpSink({
    dialect: DIALECTS[variant].name,
    emit: (node) => void nodes.push(node),
    getBind: () => {
      throw new Error("no bind in golden tests");
    },
  }, fn);
  return nodes;
}

export type Compiled = { ok: true; statements: string[] } | { ok: false; error: Error };

/** Compile nodes in order with one context (so the enum memo carries over); stop at the first error. */
export function compileAll(variant: Variant, nodes: readonly OpNode[], ctx: RunCompileContext): Compiled {
  const statements: string[] = [];
  try {
    for (const node of nodes) statements.push(...DIALECTS[variant].compile(node, ctx));
    return { ok: true, statements };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

export function offlineContext(): RunCompileContext {
  return createCompileContext({ offline: true });
}

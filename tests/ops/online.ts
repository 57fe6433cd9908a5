/** Run ops online the way the runner does: reflect what the dialect asks for, compile, execute. */

import type { Dialect } from "../../core/dialect.ts";
import { createCompileContext, type OpNode, reflectFor, type RunCompileContext } from "../../core/ops/mod.ts";
import type { TestDb } from "../golden/databases.ts";
import { record } from "./sink.ts";

export async function runOnline(
  dialect: Dialect,
  db: TestDb,
  fn: () => void,
  ctx: RunCompileContext = createCompileContext({ offline: false }),
): Promise<string[]> {
  const { nodes } = record(fn, dialect.name);
  const executed: string[] = [];
  for (const node of nodes as OpNode[]) {
    await reflectFor(dialect, node, ctx, (sql, params) => db.query(sql, params));
    for (const sql of dialect.compile(node, ctx)) {
      await db.exec(sql);
      executed.push(sql);
    }
  }
  return executed;
}

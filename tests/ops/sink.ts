/** A recording sink for tests: what a script emitted, in order. */

import { type DialectName, type OpNode, type OpSink, withOpSink } from "../../core/ops/mod.ts";

export function record<T>(fn: () => T, dialect: DialectName = "postgresql"): { nodes: OpNode[]; result: T } {
  const nodes: OpNode[] = [];
  const sink: OpSink = { dialect, emit: (n) => void nodes.push(n), getBind: () => ({ bound: dialect }) };
  const result = withOpSink(sink, fn);
  return { nodes, result };
}

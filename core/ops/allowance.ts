/**
 * `op.allow("rule-id", "reason")`: silences one `mig check` lint finding on the op that
 * follows it. It emits no node (nothing runs); the allowance waits on the sink until
 * the next op is emitted there and then stays attached to that op's node, which the
 * runner hands on with the node's statements (StatementOrigin.allow).
 */
import { ScriptError } from "../errors.ts";
import type { CallSite } from "./call_site.ts";
import type { OpSink } from "./context.ts";
import type { OpNode } from "./op_node.ts";

export interface Allowance {
  readonly rule: string;
  /** Why the finding does not apply here; shown in the report. */
  readonly reason?: string;
  readonly site?: CallSite;
}

const pending = new WeakMap<OpSink, Allowance[]>();
const attached = new WeakMap<OpNode, readonly Allowance[]>();

const RULE_ID = /^[a-z][a-z0-9-]*$/;

export function checkAllowance(rule: unknown, reason: unknown): void {
  if (typeof rule !== "string" || !RULE_ID.test(rule)) {
    throw new ScriptError(`op.allow() needs a rule id such as "create-index-non-concurrent", not ${JSON.stringify(rule)}`);
  }
  if (reason !== undefined && typeof reason !== "string") {
    throw new ScriptError(`op.allow("${rule}") takes the reason as a string`);
  }
}

/** Keeps `allowance` for the next op emitted on `sink`. */
export function holdAllowance(sink: OpSink, allowance: Allowance): void {
  const list = pending.get(sink) ?? [];
  list.push(Object.freeze(allowance));
  pending.set(sink, list);
}

/** Hands what waits on `sink` to `node` (called as each op is emitted). */
export function attachAllowances(sink: OpSink, node: OpNode): void {
  const list = pending.get(sink);
  if (!list) return;
  pending.delete(sink);
  attached.set(node, Object.freeze(list));
}

export function allowancesOf(node: OpNode): readonly Allowance[] | undefined {
  return attached.get(node);
}

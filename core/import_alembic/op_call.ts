/**
 * One `op.<name>(...)` call, or `batch_op.<name>(...)` inside a batch block, as the mig
 * call(s) doing the same: snake_case names and keyword arguments become camelCase calls
 * with options objects. The ops live in table_ops.ts, constraint_ops.ts and data_ops.ts;
 * this file holds what they share.
 */
import { CallArgs } from "./call_args.ts";
import { constraintOp } from "./constraint_ops.ts";
import { dataOp } from "./data_ops.ts";
import type { Expressions } from "./expressions.ts";
import type { PyExpr } from "./python_ast.ts";
import { tableOp } from "./table_ops.ts";
import { args as joinArgs, js } from "./translate_context.ts";

type Call = Extract<PyExpr, { kind: "call" }>;

/** `batch`: the variable of the mig batch callback, when translating inside batch_alter_table. */
export function translateOpCall(x: Expressions, call: Call, method: string, batch: string | undefined): string[] {
  x.ctx.uses.add("op");
  const c = new OpCall(x, call, method, batch);
  return tableOp(c) ?? constraintOp(c) ?? dataOp(c) ??
    x.ctx.fail(call, `${batch === undefined ? "op" : "batch_op"}.${method}: no mig equivalent`);
}

export class OpCall {
  /** The table parameter of op.* signatures; batch ops are bound to their table. */
  readonly table: string[];

  constructor(readonly x: Expressions, readonly call: Call, readonly method: string, readonly batch: string | undefined) {
    this.table = batch === undefined ? ["table_name"] : [];
  }

  a(signature: string[]): CallArgs {
    return new CallArgs(this.call, this.x.ctx, `${this.batch === undefined ? "op" : "batch_op"}.${this.method}`, signature);
  }

  /** A string keyword as a JS literal, undefined when absent. */
  str(args: CallArgs, key: string): string | undefined {
    const v = args.get(key);
    return v && js(this.x.str(v, key));
  }

  flag(args: CallArgs, key: string): string | undefined {
    const v = args.get(key);
    return v && String(this.x.bool(v, key));
  }

  /** The table argument (op only), as a JS string literal. */
  tableOf(args: CallArgs): string[] {
    return this.batch === undefined ? [js(this.x.str(args.require("table_name"), "table name"))] : [];
  }

  /** `receiver.name(parts)`, after checking every argument was used. */
  emit(args: CallArgs, name: string, parts: (string | undefined)[]): string[] {
    args.finish();
    return [`${this.batch ?? "op"}.${name}(${joinArgs(...parts)});`];
  }
}

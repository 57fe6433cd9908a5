/**
 * The op context: ops don't execute anything, they hand nodes to the sink the runner
 * installed for the script being run. AsyncLocalStorage keeps the sink attached across
 * `await`s, so an async `upgrade()` that reads through `op.getBind()` keeps emitting into the
 * right run even if two runs interleave.
 */

import { AsyncLocalStorage } from "node:async_hooks";
import { ScriptError } from "../errors.ts";
import type { OpNode } from "./op_node.ts";

export type DialectName = "postgresql" | "mysql" | "sqlite";

export interface OpSink {
  readonly dialect: DialectName;
  /** Inside `op.autocommitBlock`: no transaction around the ops. */
  readonly autocommit?: boolean;
  /** Queue a node; the runner compiles and runs (or writes) it. */
  emit(node: OpNode): void;
  /**
   * Online: a live handle (the runner flushes queued nodes before each query through it).
   * Offline: throws a clear error naming the revision.
   */
  getBind(): unknown;
}

const storage = new AsyncLocalStorage<OpSink>();

/** Run `fn` (sync or async) with `sink` receiving every op it calls. */
export function withOpSink<T>(sink: OpSink, fn: () => T): T {
  return storage.run(sink, fn);
}

/** The installed sink; `what` names the call for the error when there is none. */
export function currentSink(what: string): OpSink {
  const sink = storage.getStore();
  if (sink === undefined) {
    throw new ScriptError(
      `${what} was called outside a migration: ops only work inside upgrade() or downgrade() while mig runs them`,
    );
  }
  return sink;
}

/** Whether a sink is installed (for code that may run both inside and outside a migration). */
export function hasOpSink(): boolean {
  return storage.getStore() !== undefined;
}

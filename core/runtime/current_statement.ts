/**
 * The origin of the statement running right now, for whoever watches the connection
 * (`mig check`'s lint reads it in its recording driver). `attributed` sets it around
 * each statement; AsyncLocalStorage keeps it right across the driver's `await`s.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { StatementOrigin } from "./statement_failure.ts";

const storage = new AsyncLocalStorage<StatementOrigin>();

export function withStatementOrigin<T>(origin: StatementOrigin, fn: () => Promise<T>): Promise<T> {
  return storage.run(origin, fn);
}

/** The origin of the statement being executed, or undefined outside one (queries, bookkeeping). */
export function currentStatementOrigin(): StatementOrigin | undefined {
  return storage.getStore();
}

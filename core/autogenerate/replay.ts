/**
 * Op calls replayed through the real `op` functions (inside a sink the caller installed),
 * so compiled SQL comes from exactly the calls the rendered script makes.
 */

import type { BatchOperations } from "../ops/batch.ts";
import type { op as Op } from "../ops/op.ts";
import type { AutogenCall } from "./op_call.ts";

type Fn = (...args: unknown[]) => void;

export function replayCalls(calls: readonly AutogenCall[], op: typeof Op): void {
  for (const c of calls) {
    if (c.method === "autocommitBlock") {
      op.autocommitBlock(() => replayCalls(c.calls, op));
    } else if (c.method === "batchAlterTable") {
      op.batchAlterTable(c.table, (batch: BatchOperations) => {
        for (const inner of c.calls) (batch[inner.method as keyof BatchOperations] as Fn)(...inner.args);
      }, c.options);
    } else {
      (op[c.method] as Fn)(...c.args);
    }
  }
}

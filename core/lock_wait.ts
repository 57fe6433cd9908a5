/**
 * Waiting for the migration lock, shared by every way of taking it: the drivers' own
 * locks (dialects/) and the lock table (core/runtime/table_lock.ts) wait the same way and
 * give up with the same message.
 */
import { DatabaseError } from "./errors.ts";

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * Call `attempt` until it returns true or `timeoutMs` has passed (then false). Backs off
 * from 10 ms to 100 ms so a short lock hand-over is noticed quickly without hammering
 * the server while a long migration holds it.
 */
export async function pollUntil(attempt: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + Math.max(0, timeoutMs);
  let wait = 10;
  for (;;) {
    if (await attempt()) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await sleep(Math.min(wait, left));
    wait = Math.min(wait * 2, 100);
  }
}

/** A lock wait ran out: one message shape for every dialect and strategy. */
export function lockTimeoutError(name: string, timeoutMs: number, holder: string | undefined): DatabaseError {
  const who = holder ? `: held by ${holder}` : "";
  return new DatabaseError(`Could not acquire migration lock '${name}' within ${timeoutMs} ms${who}`, {
    code: "LOCK_TIMEOUT",
  });
}

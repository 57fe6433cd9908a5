/**
 * Small pieces every driver adapter shares: turning a character offset into line and
 * column, polling with backoff for locks, and wording connection failures without ever
 * including the password.
 */
import { DatabaseError } from "../core/errors.ts";
import type { DbUrl } from "../core/url.ts";
import { scrubSecrets } from "../core/secrets.ts";

/** 1-based line and column of the 1-based character `position` in `sql`. */
export function lineColumn(sql: string, position: number): { line: number; column: number } {
  const before = sql.slice(0, Math.max(0, position - 1));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** FNV-1a, 64-bit: a stable hash of a lock name, the same in every runtime and process. */
export function hash64(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return hash;
}

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

/** `Can't connect to 'url': reason`, the wording every driver uses for unreachable/auth. */
export function connectionError(url: DbUrl, error: unknown): DatabaseError {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === "string" ? e.code : undefined;
  const reason = typeof e?.message === "string" && e.message ? e.message : String(error);
  const known = code && FRIENDLY[code] ? `${FRIENDLY[code]} (${reason})` : reason;
  // No `cause`: a client's error object may hold its connection options.
  return new DatabaseError(`Can't connect to '${url.masked}': ${scrubSecrets(known)}`, code ? { code } : {});
}

const FRIENDLY: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
  ETIMEDOUT: "timed out",
  CONNECT_TIMEOUT: "timed out",
  EHOSTUNREACH: "host unreachable",
};

/**
 * `promise`, or a CONNECT_TIMEOUT error after `ms`: a bound on the whole connect, for
 * clients whose own timeout covers one attempt only (postgres.js retries every host of a
 * multi-host URL for ever when they all refuse).
 */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: "CONNECT_TIMEOUT" })), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** A lock wait ran out: one message shape for every dialect. */
export function lockTimeoutError(name: string, timeoutMs: number, holder: string | undefined): DatabaseError {
  const who = holder ? `: held by ${holder}` : "";
  return new DatabaseError(`Could not acquire migration lock '${name}' within ${timeoutMs} ms${who}`, {
    code: "LOCK_TIMEOUT",
  });
}

/** What callers may tune when opening any driver; every field is optional. */
export interface ConnectOptions {
  /** Server notices and warnings (PostgreSQL NOTICE, MySQL warnings); dropped when absent. */
  onNotice?: (message: string) => void;
  /** Give up connecting after this long; default 10 000 ms. */
  connectTimeoutMs?: number;
  /** SQLite: how long an ordinary statement waits on a locked database; default 5000 ms. */
  busyTimeoutMs?: number;
}

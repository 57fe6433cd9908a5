/**
 * Small pieces every driver adapter shares: turning a character offset into line and
 * column, hashing lock names, and wording connection failures without ever
 * including the password.
 */
import { DatabaseError } from "../core/errors.ts";
import type { DbUrl } from "../core/url.ts";
import { scrubSecrets } from "../core/secrets.ts";

export { lockTimeoutError, pollUntil, sleep } from "../core/lock_wait.ts";

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

/** What callers may tune when opening any driver; every field is optional. */
export interface ConnectOptions {
  /** Server notices and warnings (PostgreSQL NOTICE, MySQL warnings); dropped when absent. */
  onNotice?: (message: string) => void;
  /** Give up connecting after this long; default 10 000 ms. */
  connectTimeoutMs?: number;
  /** SQLite: how long an ordinary statement waits on a locked database; default 5000 ms. */
  busyTimeoutMs?: number;
  /** In-memory PGlite: boot from this data-directory image instead of the empty snapshot. */
  bootImage?: Blob | Promise<Blob>;
}

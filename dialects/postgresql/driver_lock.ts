/**
 * The migration lock on PostgreSQL: a session-level advisory lock keyed by a 64-bit hash
 * of the lock name. Session-level so it spans the run's several transactions and vanishes
 * with the connection if the process dies.
 */
import type { Row } from "../../core/driver.ts";
import { hash64, lockTimeoutError, pollUntil } from "../driver_support.ts";

type Query = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/** The lock name as a signed 64-bit key (a bigint literal, passed as text). */
export function advisoryKey(name: string): string {
  return BigInt.asIntN(64, hash64(name)).toString();
}

async function acquireAdvisoryLock(query: Query, name: string, timeoutMs: number): Promise<void> {
  const key = advisoryKey(name);
  const got = await pollUntil(async () => {
    const rows = await query("SELECT pg_try_advisory_lock($1::bigint) AS ok", [key]);
    return rows[0]?.ok === true;
  }, timeoutMs);
  if (!got) throw lockTimeoutError(name, timeoutMs, await describeHolder(query, key));
}

/**
 * The advisory locks one session holds, so a driver can release them on close; both
 * PostgreSQL drivers (postgres.js and PGlite) keep their locks through one of these.
 */
export class AdvisoryLocks {
  readonly #query: Query;
  readonly #held = new Set<string>();

  constructor(query: Query) {
    this.#query = query;
  }

  async acquire(name: string, timeoutMs: number): Promise<void> {
    await acquireAdvisoryLock(this.#query, name, timeoutMs);
    this.#held.add(name);
  }

  async release(name: string): Promise<void> {
    if (!this.#held.delete(name)) return;
    await releaseAdvisoryLock(this.#query, name);
  }

  /** Unlock everything still held, ignoring failures (the session may be ending anyway). */
  async releaseAll(): Promise<void> {
    for (const name of [...this.#held]) await this.release(name).catch(() => {});
  }

  /** Forget the locks without unlocking: the session that held them is gone. */
  forget(): void {
    this.#held.clear();
  }
}

async function releaseAdvisoryLock(query: Query, name: string): Promise<void> {
  await query("SELECT pg_advisory_unlock($1::bigint) AS ok", [advisoryKey(name)]);
}

/** `PostgreSQL backend pid 123 (user 'u', application 'mig', client 10.0.0.5)`, if visible. */
async function describeHolder(query: Query, key: string): Promise<string | undefined> {
  // A single-bigint advisory key shows in pg_locks as classid = high 32 bits, objid = low, objsubid 1.
  const rows = await query(
    `SELECT l.pid, a.usename, a.application_name, host(a.client_addr) AS client
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.classid::bigint = (($1::bigint >> 32) & 4294967295)
        AND l.objid::bigint = ($1::bigint & 4294967295)
      LIMIT 1`,
    [key],
  ).catch(() => []);
  const row = rows[0];
  if (!row) return undefined;
  const facts = [
    row.usename ? `user '${row.usename}'` : "",
    row.application_name ? `application '${row.application_name}'` : "",
    row.client ? `client ${row.client}` : "",
  ].filter(Boolean);
  return `PostgreSQL backend pid ${row.pid}${facts.length ? ` (${facts.join(", ")})` : ""}`;
}

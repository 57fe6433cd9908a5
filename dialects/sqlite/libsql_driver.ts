/**
 * Remote libSQL (`libsql://host?authToken=...`, sqld/Turso) through @libsql/client/web,
 * the pure-JS HTTP client: it needs no native addon, so it works in the compiled binary.
 * Local `file:` URLs are opened by the node:sqlite driver (see driver.ts).
 *
 * Each HTTP request is its own session, so anything that must share a session (a
 * transaction, the migration lock) runs on a client transaction object; the lock and
 * savepoint rules are SQLite's (driver_nesting.ts).
 *
 * sqld differs from a local file in one way that matters: a second BEGIN IMMEDIATE does
 * not fail with SQLITE_BUSY but waits on the server, and after 5 s the server aborts the
 * holder's transaction and hands the lock over. The holder's run then fails and rolls
 * back as a whole, so no migration is ever applied twice, but a lock wait is at least
 * as long as that server timeout and a long run can be cut short by a waiting client.
 */
import type { Driver, Row } from "../../core/driver.ts";
import { DatabaseError } from "../../core/errors.ts";
import type { DbUrl } from "../../core/url.ts";
import { type ConnectOptions, connectionError, withDeadline } from "../driver_support.ts";
import { sqliteError } from "./driver_errors.ts";
import { TransactionNesting } from "./driver_nesting.ts";

type Client = import("@libsql/client/web").Client;
type Transaction = import("@libsql/client/web").Transaction;
type ResultSet = import("@libsql/client/web").ResultSet;
type InValue = import("@libsql/client/web").InValue;

export async function connect(url: DbUrl, options: ConnectOptions = {}): Promise<Driver> {
  const { createClient } = await import("@libsql/client/web");
  let client: Client | undefined;
  // `connect_timeout` in the URL (seconds, as for the other servers), else the caller's bound.
  const seconds = Number(url.params["connect_timeout"]);
  const timeoutMs = seconds > 0 ? seconds * 1000 : options.connectTimeoutMs ?? 10_000;
  try {
    // The client reads ?authToken= and ?tls=0 from the URL itself, and refuses parameters it
    // does not know, so mig's own is taken out.
    client = createClient({ url: withoutParam(url.reveal(), "connect_timeout") });
    const rs = await withDeadline(client.execute("SELECT sqlite_version() AS v"), timeoutMs);
    return new LibsqlDriver(client, String(rs.rows[0]?.v ?? ""));
  } catch (error) {
    client?.close();
    const timedOut = (error as { code?: unknown })?.code === "CONNECT_TIMEOUT";
    throw connectionError(url, timedOut ? error : libsqlError(error));
  }
}

function withoutParam(text: string, name: string): string {
  const parsed = new URL(text);
  if (!parsed.searchParams.has(name)) return text;
  parsed.searchParams.delete(name);
  return parsed.toString();
}

class LibsqlDriver implements Driver {
  readonly serverVersion: string;
  #client: Client;
  #tx: Transaction | undefined;
  #nesting: TransactionNesting;

  constructor(client: Client, serverVersion: string) {
    this.#client = client;
    this.serverVersion = serverVersion;
    this.#nesting = new TransactionNesting({
      begin: (immediate) => this.#begin(immediate),
      finish: (commit) => this.#finish(commit),
      exec: (sql) => this.exec(sql),
    });
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const stmt = { sql, args: params.map(toLibsql) };
    try {
      return toRows(await (this.#tx ?? this.#client).execute(stmt));
    } catch (error) {
      throw libsqlError(error);
    }
  }

  async affected(sql: string): Promise<number> {
    try {
      return (await (this.#tx ?? this.#client).execute(sql)).rowsAffected;
    } catch (error) {
      throw libsqlError(error);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await (this.#tx ?? this.#client).executeMultiple(sql);
    } catch (error) {
      throw libsqlError(error);
    }
  }

  begin(): Promise<void> {
    return this.#nesting.begin();
  }
  commit(): Promise<void> {
    return this.#nesting.commit();
  }
  rollback(): Promise<void> {
    return this.#nesting.rollback();
  }
  acquireLock(name: string, timeoutMs: number): Promise<void> {
    return this.#nesting.acquire(name, timeoutMs);
  }
  releaseLock(name: string): Promise<void> {
    return this.#nesting.release(name);
  }

  async close(): Promise<void> {
    if (this.#client.closed) return;
    try {
      await this.#nesting.close();
    } finally {
      this.#tx?.close();
      this.#client.close();
    }
  }

  /** The client sends BEGIN lazily with the first statement, so force it to learn if we got it. */
  async #begin(immediate: boolean): Promise<boolean> {
    const tx = await this.#client.transaction(immediate ? "write" : "deferred");
    try {
      await tx.execute("SELECT 1");
    } catch (error) {
      tx.close();
      const e = libsqlError(error);
      if (immediate && (e.code === "SQLITE_BUSY" || e.code === "SQLITE_LOCKED")) return false;
      throw e;
    }
    this.#tx = tx;
    return true;
  }

  async #finish(commit: boolean): Promise<void> {
    const tx = this.#tx;
    this.#tx = undefined;
    if (!tx) return;
    try {
      await (commit ? tx.commit() : tx.rollback());
    } catch (error) {
      throw libsqlError(error);
    } finally {
      tx.close();
    }
  }
}

/**
 * LibsqlError messages repeat the code ("SQLITE_UNKNOWN: SQLITE_UNKNOWN: SQLite error: no
 * such table: t"): keep the server's text. sqld reports generic errors as SQLITE_UNKNOWN.
 */
function libsqlError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const e = (error ?? {}) as { message?: unknown; code?: unknown };
  if (typeof e.message !== "string" || typeof e.code !== "string") return sqliteError(error);
  if (e.code === "TRANSACTION_TIMEOUT") {
    return new DatabaseError(
      "The libSQL server aborted this connection's transaction: another client waited longer than the server's transaction timeout",
      { code: "SQLITE_BUSY", cause: error },
    );
  }
  const message = e.message.replace(/^(?:[A-Z_]+: )+/, "").replace(/^SQLite error: /, "");
  const code = e.code === "SQLITE_UNKNOWN" ? "SQLITE_ERROR" : e.code;
  return sqliteError(Object.assign(new Error(message), { code, cause: error }));
}

function toRows(rs: ResultSet): Row[] {
  return rs.rows.map((row) => Object.fromEntries(rs.columns.map((column, i) => [column, row[i]])));
}

function toLibsql(value: unknown): InValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && !(value instanceof Date) && !(value instanceof Uint8Array) && !(value instanceof ArrayBuffer)) {
    return JSON.stringify(value);
  }
  return value as InValue;
}

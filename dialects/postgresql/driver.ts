/**
 * PostgreSQL through postgres.js. One connection (`max: 1`): BEGIN/COMMIT and the
 * session-level advisory lock must all happen on the same server session.
 */
import type { Driver, Row } from "../../core/driver.ts";
import { DatabaseError } from "../../core/errors.ts";
import type { DbUrl } from "../../core/url.ts";
import { type ConnectOptions, connectionError, withDeadline } from "../driver_support.ts";
import { AdvisoryLocks } from "./driver_lock.ts";
import { pgStatementError } from "./driver_errors.ts";

type Sql = import("postgres").Sql;

/** URL parameters postgres.js understands as options rather than server settings. */
const CLIENT_PARAMS = new Set(["sslmode", "ssl", "connect_timeout", "target_session_attrs"]);

export async function connect(url: DbUrl, options: ConnectOptions = {}): Promise<Driver> {
  const { default: postgres } = await import("postgres");
  const params = { ...url.params };
  const host = url.host ?? params.host;
  delete params.host;
  const connection: Record<string, string> = { application_name: "mig" };
  const clientOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (CLIENT_PARAMS.has(key)) clientOptions[key === "sslmode" ? "ssl" : key] = value;
    else connection[key] = value;
  }
  if (clientOptions.ssl === "disable" || clientOptions.ssl === "false") clientOptions.ssl = false;
  // `connect_timeout` in the URL (seconds, libpq's name) or the caller's bound, 10 s by default.
  const timeoutSeconds = Number(params.connect_timeout) > 0 ? Number(params.connect_timeout) : Math.ceil((options.connectTimeoutMs ?? 10_000) / 1000);
  const clientConfig = {
    ...(host ? { host } : {}),
    ...(url.port ? { port: url.port } : {}),
    ...(url.user !== undefined ? { user: url.user } : {}),
    ...(url.password !== undefined ? { password: url.password } : {}),
    ...(url.database ? { database: url.database } : {}),
    ...clientOptions,
    max: 1,
    connect_timeout: timeoutSeconds,
    idle_timeout: 0,
    max_lifetime: null,
    // Migrations run each statement once: no named prepared statements (also PgBouncer-safe),
    // and no type-fetching round trip at connect.
    prepare: false,
    fetch_types: false,
    connection,
    onnotice: (notice: { message?: unknown }) => options.onNotice?.(String(notice.message ?? "")),
    // postgres.js reconnects silently; a new session would have lost our lock and transaction.
    onclose: () => driver?.connectionLost(),
  };
  let driver: PostgresDriver | undefined;
  const sql = postgres(clientConfig as import("postgres").Options<Record<string, never>>);
  let version: string;
  try {
    const rows = await withDeadline(sql.unsafe("SHOW server_version"), timeoutSeconds * 1000 + 1000);
    version = String(rows[0]?.server_version ?? "").split(" ")[0]!;
  } catch (error) {
    await sql.end({ timeout: 0 }).catch(() => {});
    throw connectionError(url, error);
  }
  driver = new PostgresDriver(sql, version, url);
  return driver;
}

class PostgresDriver implements Driver {
  readonly serverVersion: string;
  readonly concurrentWriters = true;
  #sql: Sql;
  #url: DbUrl;
  #locks = new AdvisoryLocks((text, params) => this.query(text, params));
  #lost = false;
  #closing = false;

  constructor(sql: Sql, serverVersion: string, url: DbUrl) {
    this.#sql = sql;
    this.serverVersion = serverVersion;
    this.#url = url;
  }

  /** Called by the client when the session ends; from then on every call fails. */
  connectionLost(): void {
    if (!this.#closing) this.#lost = true;
  }

  async query(text: string, params: readonly unknown[] = []): Promise<Row[]> {
    this.#checkSession();
    try {
      const rows = await this.#sql.unsafe(text, params as never[]);
      return Array.from(rows) as Row[];
    } catch (error) {
      throw pgStatementError(error, text);
    }
  }

  async exec(text: string): Promise<void> {
    this.#checkSession();
    try {
      // No parameters: postgres.js uses the simple query protocol, which runs a whole script.
      await this.#sql.unsafe(text);
    } catch (error) {
      throw pgStatementError(error, text);
    }
  }

  async affected(text: string): Promise<number> {
    this.#checkSession();
    try {
      return (await this.#sql.unsafe(text)).count;
    } catch (error) {
      throw pgStatementError(error, text);
    }
  }

  begin(): Promise<void> {
    return this.exec("BEGIN");
  }
  commit(): Promise<void> {
    return this.exec("COMMIT");
  }
  rollback(): Promise<void> {
    return this.exec("ROLLBACK");
  }

  acquireLock(name: string, timeoutMs: number): Promise<void> {
    return this.#locks.acquire(name, timeoutMs);
  }

  releaseLock(name: string): Promise<void> {
    return this.#locks.release(name);
  }

  async close(): Promise<void> {
    if (this.#lost) this.#locks.forget();
    // Ending the session releases its advisory locks; unlock first anyway so a pooled
    // server-side session (PgBouncer session mode) does not keep them.
    await this.#locks.releaseAll();
    this.#closing = true;
    await this.#sql.end({ timeout: 5 });
  }

  #checkSession(): void {
    if (this.#lost) {
      throw new DatabaseError(
        `Lost the connection to '${this.#url.masked}': its session, open transaction and migration lock are gone`,
        { code: "CONNECTION_LOST" },
      );
    }
  }
}

/**
 * MySQL and MariaDB through mysql2. One connection with `multipleStatements` so `exec`
 * runs whole scripts; MySQL commits implicitly around DDL, so begin/rollback only undo
 * data changes (callers read `Dialect` capabilities for that, not the driver).
 */
import type { Driver, Row } from "../../core/driver.ts";
import type { DbUrl } from "../../core/url.ts";
import { type ConnectOptions, connectionError } from "../driver_support.ts";
import { acquireUserLock, releaseUserLock } from "./driver_lock.ts";
import { mysqlStatementError } from "./driver_errors.ts";

type Connection = import("mysql2/promise").Connection;

const TRUE = new Set(["1", "true", "required", "require", "verify_ca", "verify_identity"]);

export async function connect(url: DbUrl, options: ConnectOptions = {}): Promise<Driver> {
  const mysql = await import("mysql2/promise");
  const p = url.params;
  const ssl = p.ssl ?? p["ssl-mode"] ?? p.ssl_mode ?? p.sslmode;
  const socketPath = p.socket ?? p.unix_socket ?? p.socketPath;
  let connection: Connection;
  try {
    connection = await mysql.createConnection({
      ...(url.host && !socketPath ? { host: url.host } : {}),
      ...(url.port ? { port: url.port } : {}),
      ...(socketPath ? { socketPath } : {}),
      ...(url.user !== undefined ? { user: url.user } : {}),
      ...(url.password !== undefined ? { password: url.password } : {}),
      ...(url.database ? { database: url.database } : {}),
      ...(ssl && TRUE.has(ssl.toLowerCase()) ? { ssl: {} } : {}),
      charset: p.charset ?? "utf8mb4",
      // `connect_timeout` in the URL (seconds), else the caller's bound, 10 s by default.
      connectTimeout: Number(p.connect_timeout) > 0 ? Number(p.connect_timeout) * 1000 : options.connectTimeoutMs ?? 10_000,
      multipleStatements: true,
      supportBigNumbers: true,
    });
  } catch (error) {
    throw connectionError(url, error);
  }
  // A dead socket later must not crash the process with an unhandled 'error' event.
  connection.on("error", () => {});
  const [rows] = await connection.query("SELECT VERSION() AS v");
  return new MysqlDriver(connection, String((rows as Row[])[0]?.v ?? ""), options.onNotice);
}

class MysqlDriver implements Driver {
  readonly serverVersion: string;
  readonly concurrentWriters = true;
  #connection: Connection;
  #onNotice?: (message: string) => void;
  #locks = new Set<string>();

  constructor(connection: Connection, serverVersion: string, onNotice?: (message: string) => void) {
    this.#connection = connection;
    this.serverVersion = serverVersion;
    if (onNotice) this.#onNotice = onNotice;
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    let result: unknown;
    try {
      // query (client-side placeholders), not execute: servers refuse many DDL statements
      // as prepared statements.
      [result] = await this.#connection.query(sql, params as unknown[]);
    } catch (error) {
      throw mysqlStatementError(error);
    }
    await this.#reportWarnings(result);
    return Array.isArray(result) ? (result as Row[]) : [];
  }

  async affected(sql: string): Promise<number> {
    let result: unknown;
    try {
      [result] = await this.#connection.query(sql);
    } catch (error) {
      throw mysqlStatementError(error);
    }
    await this.#reportWarnings(result);
    return Number((result as { affectedRows?: number }).affectedRows ?? 0);
  }

  async exec(sql: string): Promise<void> {
    // Other servers accept an empty script; MySQL says "Query was empty".
    if (sql.trim() === "") return;
    let result: unknown;
    try {
      [result] = await this.#connection.query(sql);
    } catch (error) {
      throw mysqlStatementError(error);
    }
    await this.#reportWarnings(result);
  }

  begin(): Promise<void> {
    return this.exec("START TRANSACTION");
  }
  commit(): Promise<void> {
    return this.exec("COMMIT");
  }
  rollback(): Promise<void> {
    return this.exec("ROLLBACK");
  }

  async acquireLock(name: string, timeoutMs: number): Promise<void> {
    await acquireUserLock((sql, params) => this.query(sql, params), name, timeoutMs);
    this.#locks.add(name);
  }

  async releaseLock(name: string): Promise<void> {
    if (!this.#locks.delete(name)) return;
    await releaseUserLock((sql, params) => this.query(sql, params), name);
  }

  async close(): Promise<void> {
    for (const name of [...this.#locks]) await this.releaseLock(name).catch(() => {});
    await this.#connection.end().catch(() => this.#connection.destroy());
  }

  /** Warnings cost a round trip (SHOW WARNINGS), so only when someone listens. */
  async #reportWarnings(result: unknown): Promise<void> {
    if (!this.#onNotice) return;
    const headers = Array.isArray(result) ? result : [result];
    const count = headers.reduce((n: number, h) => n + Number((h as { warningStatus?: number })?.warningStatus ?? 0), 0);
    if (!count) return;
    const [rows] = await this.#connection.query("SHOW WARNINGS");
    for (const row of rows as Row[]) this.#onNotice(`${row.Level}: ${row.Message}`);
  }
}

/**
 * SQLite files and memory through `node:sqlite`.
 *
 * Why node:sqlite: it is the one SQLite binding built into both runtimes we ship on.
 * Bun implements it natively, so it also works inside a `bun build --compile` binary
 * run from an empty directory (checked by scripts/sqlite_binary_smoke.ts), and Deno has
 * it built in. `bun:sqlite` exists only in Bun, and @libsql/client's local-file mode
 * needs a native addon (@libsql/linux-x64-gnu) that `bun build --compile` does not embed.
 * `file:` URLs therefore open here too: a libSQL file is an SQLite file.
 *
 * The binding is synchronous; statements are wrapped in promises to fit `Driver`.
 */
import type { Driver, Row } from "../../core/driver.ts";
import type { DbUrl } from "../../core/url.ts";
import * as fs from "node:fs";
import { type ConnectOptions, connectionError } from "../driver_support.ts";
import { sqliteError } from "./driver_errors.ts";
import { TransactionNesting } from "./driver_nesting.ts";

type Database = import("node:sqlite").DatabaseSync;
type SqlValue = null | number | bigint | string | Uint8Array;

export async function connect(url: DbUrl, options: ConnectOptions = {}): Promise<Driver> {
  const { DatabaseSync } = await import("node:sqlite");
  let db: Database;
  const created = url.path !== undefined && !fs.existsSync(url.path) ? url.path : undefined;
  try {
    db = new DatabaseSync(url.path ?? ":memory:");
  } catch (error) {
    throw connectionError(url, sqliteError(error));
  }
  return new SqliteDriver(db, options.busyTimeoutMs ?? 5000, created);
}

/**
 * Opening an SQLite file creates it; a run that then created nothing (bad input found after
 * connecting, a read-only command on a mistyped path) must not leave an empty database
 * behind. Called before closing, while the schema can still be read.
 */
function holdsNothing(db: Database): boolean {
  try {
    return db.prepare("SELECT count(*) AS n FROM sqlite_master").get()?.n === 0;
  } catch {
    return false;
  }
}

function removeDatabaseFile(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

class SqliteDriver implements Driver {
  readonly serverVersion: string;
  #db: Database;
  #busyTimeoutMs: number;
  #nesting: TransactionNesting;

  readonly #createdFile: string | undefined;

  constructor(db: Database, busyTimeoutMs: number, createdFile: string | undefined) {
    this.#db = db;
    this.#createdFile = createdFile;
    this.#busyTimeoutMs = busyTimeoutMs;
    db.exec(`PRAGMA foreign_keys = ON; PRAGMA busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
    const row = db.prepare("SELECT sqlite_version() AS v").get() as Row;
    this.serverVersion = String(row.v);
    this.#nesting = new TransactionNesting({
      begin: async (immediate) => this.#begin(immediate),
      finish: async (commit) => this.#run(commit ? "COMMIT" : "ROLLBACK"),
      exec: async (sql) => this.#run(sql),
    });
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    try {
      // Spread: the binding's rows have a null prototype, which surprises callers.
      return this.#db.prepare(sql).all(...params.map(toSqlite)).map((row) => ({ ...row }));
    } catch (error) {
      throw sqliteError(error);
    }
  }

  async exec(sql: string): Promise<void> {
    this.#run(sql);
  }

  async affected(sql: string): Promise<number> {
    try {
      return Number(this.#db.prepare(sql).run().changes);
    } catch (error) {
      throw sqliteError(error);
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
    if (!this.#db.isOpen) return;
    try {
      await this.#nesting.close();
    } finally {
      const remove = this.#createdFile !== undefined && holdsNothing(this.#db);
      this.#db.close();
      if (remove) removeDatabaseFile(this.#createdFile!);
    }
  }

  #run(sql: string): void {
    try {
      this.#db.exec(sql);
    } catch (error) {
      throw sqliteError(error);
    }
  }

  /**
   * One attempt at BEGIN IMMEDIATE with the busy timeout off: the binding blocks the whole
   * thread while SQLite waits, so the lock is polled from JS instead (see TransactionNesting).
   */
  #begin(immediate: boolean): boolean {
    if (!immediate) {
      // Still IMMEDIATE, waiting the busy timeout: a deferred transaction that reads first
      // fails at once with SQLITE_BUSY (the busy handler is not consulted) when it later
      // writes while another connection writes, e.g. a run waiting on the lock table.
      this.#run("BEGIN IMMEDIATE");
      return true;
    }
    this.#db.exec("PRAGMA busy_timeout = 0");
    try {
      this.#db.exec("BEGIN IMMEDIATE");
      return true;
    } catch (error) {
      const e = sqliteError(error);
      if (e.code === "SQLITE_BUSY" || e.code === "SQLITE_LOCKED") return false;
      throw e;
    } finally {
      this.#db.exec(`PRAGMA busy_timeout = ${Math.trunc(this.#busyTimeoutMs)}`);
    }
  }
}

/** node:sqlite binds only null, numbers, bigints, strings and bytes. */
function toSqlite(value: unknown): SqlValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "string") return value;
  if (value instanceof Uint8Array) return value;
  return JSON.stringify(value);
}

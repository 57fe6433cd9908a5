/**
 * Transactions and the migration lock on SQLite (local files and libSQL alike).
 *
 * SQLite has no named locks: the migration lock is a write transaction taken with
 * `BEGIN IMMEDIATE`, which shuts out every other writer. So while the lock is held, the
 * runner's begin/commit/rollback become savepoints inside it:
 *   begin    -> SAVEPOINT mig_N          (first taking the write lock again if a commit let it go)
 *   commit   -> RELEASE mig_N; and for the outermost one COMMIT, so a committed
 *               migration is on disk at once (transaction_per_migration survives a kill)
 *   rollback -> ROLLBACK TO mig_N; RELEASE mig_N
 * Between a COMMIT and the next begin another writer may take the database: the runner
 * checks the version table when it has the lock again (run_steps.ts). Releasing the lock
 * (or closing) rolls back savepoints still open and commits the rest. Consequences for
 * scripts: no BEGIN/COMMIT of their own and no `PRAGMA foreign_keys` changes (a no-op
 * inside a transaction; `PRAGMA defer_foreign_keys = ON` works instead).
 * Without the lock, begin/commit/rollback are plain BEGIN/COMMIT/ROLLBACK (the file driver
 * begins IMMEDIATE even then, see driver.ts).
 */
import { DatabaseError } from "../../core/errors.ts";
import { lockTimeoutError, pollUntil } from "../driver_support.ts";

/** How one client starts and ends its outermost transaction. */
export interface OuterTransaction {
  /** BEGIN, or BEGIN IMMEDIATE when `immediate`; resolves false if another writer holds the database. */
  begin(immediate: boolean): Promise<boolean>;
  finish(commit: boolean): Promise<void>;
  exec(sql: string): Promise<void>;
}

export class TransactionNesting {
  #outer: OuterTransaction;
  #lock: string | undefined;
  #savepoints = 0;
  #plain = false;
  /** The lock is ours but its transaction was committed: the next begin takes the write lock again. */
  #idle = false;
  #timeoutMs = 0;

  constructor(outer: OuterTransaction) {
    this.#outer = outer;
  }

  async begin(): Promise<void> {
    if (this.#lock !== undefined) {
      if (this.#idle) {
        await this.#take(this.#lock, this.#timeoutMs);
        this.#idle = false;
      }
      await this.#outer.exec(`SAVEPOINT mig_${this.#savepoints + 1}`);
      this.#savepoints++;
    } else if (this.#plain) {
      throw new DatabaseError("A transaction is already open on this connection");
    } else {
      await this.#outer.begin(false);
      this.#plain = true;
    }
  }

  async commit(): Promise<void> {
    if (this.#savepoints > 0) {
      await this.#outer.exec(`RELEASE mig_${this.#savepoints}`);
      this.#savepoints--;
      if (this.#savepoints === 0) {
        await this.#outer.finish(true);
        this.#idle = true;
      }
    } else if (this.#plain) {
      this.#plain = false;
      await this.#outer.finish(true);
    } else {
      throw new DatabaseError("No transaction is open on this connection");
    }
  }

  /** Lenient when nothing is open: error paths call it and must not hide the first error. */
  async rollback(): Promise<void> {
    if (this.#savepoints > 0) {
      const n = this.#savepoints--;
      await this.#outer.exec(`ROLLBACK TO mig_${n}; RELEASE mig_${n}`);
    } else if (this.#plain) {
      this.#plain = false;
      await this.#outer.finish(false);
    }
  }

  async acquire(name: string, timeoutMs: number): Promise<void> {
    if (this.#lock !== undefined) throw new DatabaseError(`Migration lock '${this.#lock}' is already held by this connection`);
    if (this.#plain) throw new DatabaseError("Cannot take the migration lock inside an open transaction");
    await this.#take(name, timeoutMs);
    this.#lock = name;
    this.#timeoutMs = timeoutMs;
    this.#idle = false;
  }

  async #take(name: string, timeoutMs: number): Promise<void> {
    const got = await pollUntil(() => this.#outer.begin(true), timeoutMs);
    if (!got) throw lockTimeoutError(name, timeoutMs, "another connection (SQLite cannot tell which process)");
  }

  async release(name: string): Promise<void> {
    if (this.#lock !== name) return;
    while (this.#savepoints > 0) await this.rollback();
    this.#lock = undefined;
    if (this.#idle) this.#idle = false;
    else await this.#outer.finish(true);
  }

  /** On close: keep what the lock's run committed, drop an unfinished plain transaction. */
  async close(): Promise<void> {
    if (this.#lock !== undefined) await this.release(this.#lock);
    else if (this.#plain) await this.rollback();
  }
}

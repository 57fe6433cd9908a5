/**
 * `lock_strategy = "table"`: the migration lock as a row in `<version_table>_lock`, for
 * engines whose advisory locks cannot be trusted (CockroachDB's are no-ops, Vitess pins
 * GET_LOCK to one shard). Taking the lock is an INSERT of the lock's row; a duplicate key
 * means another run holds it, and the run waits as it waits for an advisory lock (same
 * bound, same message). The row carries a lease: the holder renews it while it runs, so a
 * run killed with SIGKILL blocks the others only until its lease runs out, after which the
 * next run deletes the stale row (saying so) and takes the lock.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Dialect } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import { DatabaseError } from "../errors.ts";
import { lockTimeoutError, pollUntil } from "../lock_wait.ts";
import { LeaseRenewal } from "./lease_renewal.ts";
import type { MigrationLock } from "./migration_lock.ts";

export interface TableLockOptions {
  /** The run's connection; the lock is taken and released on it, outside any transaction. */
  readonly driver: Driver;
  readonly dialect: Dialect;
  readonly table: string;
  readonly schema?: string;
  /** The lock's name, its row's id (`mig:<schema>.<version_table>`). */
  readonly name: string;
  readonly timeoutMs: number;
  readonly leaseMs: number;
  readonly log: (line: string) => void;
  /** A second connection to the same database, to renew the lease while the run's transaction is open. */
  readonly openConnection: () => Promise<Driver>;
}

export class TableLock implements MigrationLock {
  /** Who holds the row, as another run's timeout message shows it; the suffix tells two runs of one pid apart. */
  readonly holder = `mig pid ${process.pid} on ${hostname()} (${randomUUID().slice(0, 8)})`.slice(0, 200);
  readonly #options: TableLockOptions;
  /** The holder another run's row named the last time this one looked. */
  #seen: string | undefined;
  #renewal: LeaseRenewal | undefined;

  constructor(options: TableLockOptions) {
    this.#options = options;
  }

  async acquire(): Promise<void> {
    const { name, timeoutMs, driver } = this.#options;
    await this.#ensureTable();
    const got = await pollUntil(() => this.#attempt(), timeoutMs);
    if (!got) throw lockTimeoutError(name, timeoutMs, this.#seen);
    // Where writers take turns (SQLite, libSQL) a renewal would queue behind the run's own
    // transaction; there the lease must outlast the run (README: lock_lease).
    if (driver.concurrentWriters) {
      const { name, leaseMs, log, openConnection, schema } = this.#options;
      const statement = this.#sql.renew(...this.#key, this.#leaseSeconds, schema);
      this.#renewal = new LeaseRenewal({ name, leaseMs, statement, log, openConnection });
      this.#renewal.start();
    }
  }

  async release(): Promise<void> {
    await this.#renewal?.stop();
    this.#renewal = undefined;
    await this.#options.driver.exec(this.#sql.release(...this.#key, this.#options.schema));
  }

  get #sql() {
    return this.#options.dialect.lockTable;
  }

  /** Table, lock name and holder: the arguments every statement of this lock starts with. */
  get #key(): [string, string, string] {
    return [this.#options.table, this.#options.name, this.holder];
  }

  get #leaseSeconds(): number {
    return this.#options.leaseMs / 1000;
  }

  /** One look: free -> take it; held by a live run -> wait; held past its lease -> take it over. */
  async #attempt(): Promise<boolean> {
    const { driver, table, name, schema } = this.#options;
    const row = await this.#read();
    if (row?.holder === this.holder) return true;
    if (row && !row.expired) {
      this.#seen = row.holder;
      return false;
    }
    try {
      if (row) await this.#takeOver(row.holder);
      await driver.exec(this.#sql.insert(table, name, this.holder, this.#leaseSeconds, schema));
      return true;
    } catch (error) {
      // A duplicate key: another run inserted first. On SQLite, also "database is locked"
      // while another run's transaction holds the file. Either way its row says who.
      const now = await this.#read().catch(() => undefined);
      if (now?.holder === this.holder) return true;
      if (!now) throw error;
      this.#seen = now.holder;
      return false;
    }
  }

  async #read(): Promise<{ holder: string; expired: boolean } | undefined> {
    const { driver, table, name, schema } = this.#options;
    const row = (await driver.query(this.#sql.read(table, name, schema)))[0];
    return row ? { holder: String(row["holder"]), expired: Number(row["expired"]) === 1 } : undefined;
  }

  /** Deletes the stale row only if it is still that holder's and still expired (two waiters may race). */
  async #takeOver(stale: string): Promise<void> {
    const { driver, table, name, schema, log } = this.#options;
    const deleted = await driver.affected(this.#sql.deleteExpired(table, name, stale, schema));
    if (deleted > 0) {
      log(`WARNING [mig] Took over migration lock '${name}' from ${stale}: its lease ran out without a release (a run that was killed or lost its connection)`);
    }
  }

  async #ensureTable(): Promise<void> {
    const { driver, dialect, table, schema } = this.#options;
    const exists = async () => (await driver.query(dialect.versionTable.exists(table, schema))).length > 0;
    // Look first: where DDL is refused (a PlanetScale production branch) a lock table created
    // beforehand must not trip over CREATE TABLE IF NOT EXISTS.
    if (await exists()) return;
    try {
      await driver.exec(this.#sql.create(table, schema));
    } catch (error) {
      // Two first runs may create it at once (PostgreSQL can then report a duplicate type).
      if (await exists().catch(() => false)) return;
      const e = error as DatabaseError;
      throw new DatabaseError(`Could not create lock table '${table}' (lock_strategy = "table"): ${e.message}`, {
        ...(e.code ? { code: e.code } : {}),
      });
    }
  }
}

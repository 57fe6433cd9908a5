/**
 * A driver that passes everything through and, while asked to, keeps the statements the
 * runner executes, so `mig check` can look at what each revision really sent (for
 * `target_postgres_version`). Queries (version table reads, reflection) are not kept.
 * It also hands each statement to the lint's watcher, which needs to know whether a
 * transaction is open.
 */
import type { Driver, Row } from "../driver.ts";
import type { DialectName } from "../ops/context.ts";
import { StatementWatcher } from "./lint/watcher.ts";

export class RecordingDriver implements Driver {
  readonly #driver: Driver;
  #recorded: string[] | undefined;
  #inTransaction = false;
  readonly watcher: StatementWatcher;

  /** `dialect`: the database's, for the lint's watcher (which only works while asked to). */
  constructor(driver: Driver, dialect: DialectName = "postgresql") {
    this.#driver = driver;
    this.watcher = new StatementWatcher(driver, dialect);
  }

  get serverVersion(): string {
    return this.#driver.serverVersion;
  }

  /** Runs `fn`, returning what it returned and the statements executed meanwhile. */
  async recording<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    const statements: string[] = [];
    this.#recorded = statements;
    try {
      return { result: await fn(), statements };
    } finally {
      this.#recorded = undefined;
    }
  }

  query(sql: string, params?: readonly unknown[]): Promise<Row[]> {
    return this.#driver.query(sql, params);
  }

  exec(sql: string): Promise<void> {
    this.#recorded?.push(sql);
    return this.watcher.run(sql, this.#inTransaction, () => this.#driver.exec(sql));
  }

  affected(sql: string): Promise<number> {
    this.#recorded?.push(sql);
    return this.watcher.run(sql, this.#inTransaction, () => this.#driver.affected(sql));
  }

  async begin(): Promise<void> {
    await this.#driver.begin();
    this.#inTransaction = true;
  }

  async commit(): Promise<void> {
    this.#inTransaction = false;
    await this.#driver.commit();
  }

  async rollback(): Promise<void> {
    this.#inTransaction = false;
    await this.#driver.rollback();
  }

  acquireLock(name: string, timeoutMs: number): Promise<void> {
    return this.#driver.acquireLock(name, timeoutMs);
  }

  releaseLock(name: string): Promise<void> {
    return this.#driver.releaseLock(name);
  }

  close(): Promise<void> {
    return this.#driver.close();
  }
}

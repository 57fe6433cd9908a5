import type { Driver, Row } from "../driver.ts";
import type { Executor } from "./executor.ts";

/** Statements run on a live connection, one at a time, in the order compiled. */
export class OnlineExecutor implements Executor {
  readonly offline = false;
  readonly #driver: Driver;

  constructor(driver: Driver) {
    this.#driver = driver;
  }

  execute(sql: string): Promise<void> {
    return this.#driver.exec(sql);
  }

  affected(sql: string): Promise<number> {
    return this.#driver.affected(sql);
  }

  executeScript(sql: string): Promise<void> {
    return this.#driver.exec(sql);
  }

  query(sql: string, params?: readonly unknown[]): Promise<Row[]> {
    return this.#driver.query(sql, params);
  }

  begin(): Promise<void> {
    return this.#driver.begin();
  }

  commit(): Promise<void> {
    return this.#driver.commit();
  }

  rollback(): Promise<void> {
    return this.#driver.rollback();
  }

  comment(): void {}
}

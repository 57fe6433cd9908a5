import type { Executor } from "./executor.ts";

/**
 * Tracks whether a transaction is open so that a block that must run outside one
 * (`-- migrate:up transaction:false`, `op.autocommitBlock`) can commit, run, and begin
 * again. Disabled (every call a no-op) where the output carries no transaction markers.
 */
export class Transactions {
  readonly #executor: Executor;
  readonly #enabled: boolean;
  #open = false;

  constructor(executor: Executor, enabled: boolean) {
    this.#executor = executor;
    this.#enabled = enabled;
  }

  get open(): boolean {
    return this.#open;
  }

  async begin(): Promise<void> {
    if (!this.#enabled || this.#open) return;
    await this.#executor.begin();
    this.#open = true;
  }

  async commit(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    await this.#executor.commit();
  }

  async rollback(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    await this.#executor.rollback();
  }

  /** Runs `fn` with no transaction open, reopening one afterwards if one was open. */
  async outside<T>(fn: () => Promise<T>): Promise<T> {
    const wasOpen = this.#open;
    await this.commit();
    const result = await fn();
    if (wasOpen) await this.begin();
    return result;
  }
}

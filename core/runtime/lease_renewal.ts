/**
 * Keeps a table lock's lease alive while its run works: every third of the lease, an
 * UPDATE from a second connection (the run's own may be inside a long transaction, whose
 * writes nobody sees until it commits). A run that is killed stops renewing, and its
 * lease runs out. Renewal problems are reported once and retried, never thrown: the run
 * in progress is what matters, and the lease is only its safety net.
 */
import type { Driver } from "../driver.ts";

export interface LeaseRenewalOptions {
  readonly name: string;
  readonly leaseMs: number;
  /** The UPDATE that moves this holder's expiry forward (changes no row once the lock was taken over). */
  readonly statement: string;
  readonly log: (line: string) => void;
  readonly openConnection: () => Promise<Driver>;
}

export class LeaseRenewal {
  readonly #options: LeaseRenewalOptions;
  #timer: ReturnType<typeof setInterval> | undefined;
  #inFlight: Promise<void> | undefined;
  #connection: Driver | undefined;
  #lost = false;
  #warned = false;

  constructor(options: LeaseRenewalOptions) {
    this.#options = options;
  }

  start(): void {
    this.#timer = setInterval(() => {
      this.#inFlight ??= this.#renew().finally(() => (this.#inFlight = undefined));
    }, Math.max(50, this.#options.leaseMs / 3));
    // Never what keeps the process alive; stop() clears it anyway.
    (this.#timer as { unref?: () => void }).unref?.();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#inFlight;
    await this.#connection?.close().catch(() => {});
    this.#connection = undefined;
  }

  async #renew(): Promise<void> {
    const { name, statement, log } = this.#options;
    try {
      this.#connection ??= await this.#options.openConnection();
      const renewed = await this.#connection.affected(statement);
      if (renewed === 0 && !this.#lost) {
        this.#lost = true;
        log(`WARNING [mig] Lost migration lock '${name}': its lease ran out and another run took it over while this one was still running`);
      }
    } catch (error) {
      if (this.#warned) return;
      this.#warned = true;
      log(`WARNING [mig] Could not renew migration lock '${name}' (retrying): ${(error as Error).message}`);
    }
  }
}

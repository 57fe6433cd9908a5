/**
 * The lock a run holds from before it reads the version table until it is done, chosen
 * by `lock_strategy`: the driver's own lock ("advisory"), a lock table ("table"), or none.
 * Offline (`--sql`) runs never get here: a script takes no lock.
 */
import type { LockStrategy } from "../config/keys.ts";
import type { Dialect } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import { TableLock } from "./table_lock.ts";

export interface MigrationLock {
  /** Resolves when held; rejects after the lock timeout with the holder's name where known. */
  acquire(): Promise<void>;
  release(): Promise<void>;
}

export interface MigrationLockOptions {
  readonly strategy: LockStrategy;
  readonly driver: Driver;
  readonly dialect: Dialect;
  readonly versionTable: string;
  readonly versionTableSchema?: string;
  readonly timeoutMs: number;
  readonly leaseMs: number;
  readonly log: (line: string) => void;
  /** Another connection to the run's database (the table lock renews its lease on one). */
  readonly openConnection: () => Promise<Driver>;
}

const NO_LOCK: MigrationLock = { acquire: async () => {}, release: async () => {} };

export function migrationLock(options: MigrationLockOptions): MigrationLock {
  const { driver, versionTable, versionTableSchema: schema } = options;
  const name = `mig:${schema ?? ""}.${versionTable}`;
  switch (options.strategy) {
    case "none":
      return NO_LOCK;
    case "advisory":
      return {
        acquire: () => driver.acquireLock(name, options.timeoutMs),
        release: () => driver.releaseLock(name),
      };
    case "table":
      return new TableLock({
        driver,
        dialect: options.dialect,
        table: `${versionTable}_lock`,
        ...(schema !== undefined ? { schema } : {}),
        name,
        timeoutMs: options.timeoutMs,
        leaseMs: options.leaseMs,
        log: options.log,
        openConnection: options.openConnection,
      });
  }
}

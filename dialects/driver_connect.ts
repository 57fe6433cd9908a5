/**
 * Open a Driver for a parsed URL. Each adapter and its client library is imported only
 * here, on demand, so commands that never connect (and `mig --version`) load none of them.
 */
import type { Driver } from "../core/driver.ts";
import { DatabaseError } from "../core/errors.ts";
import type { DbUrl } from "../core/url.ts";
import { type ConnectOptions, sleep } from "./driver_support.ts";

export type { ConnectOptions };

export interface ConnectDriverOptions extends ConnectOptions {
  /** Keep retrying a failed connection this long (dbmate's `--wait`); default 0, one attempt. */
  waitMs?: number;
  /** Pause between attempts while waiting; default 1000 ms. */
  waitIntervalMs?: number;
}

export async function connectDriver(url: DbUrl, options: ConnectDriverOptions = {}): Promise<Driver> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    try {
      return await open(url, options);
    } catch (error) {
      const left = deadline - Date.now();
      if (left <= 0 || !(error instanceof DatabaseError)) {
        if (options.waitMs && error instanceof DatabaseError) {
          throw new DatabaseError(`Gave up waiting ${options.waitMs} ms for the database: ${error.message}`, {
            ...(error.code ? { code: error.code } : {}),
          });
        }
        throw error;
      }
      await sleep(Math.min(options.waitIntervalMs ?? 1000, left));
    }
  }
}

/** Resolve once `url` accepts connections, or fail after `timeoutMs` with the last reason. */
export async function waitForDatabase(url: DbUrl, timeoutMs: number, options: ConnectDriverOptions = {}): Promise<void> {
  const driver = await connectDriver(url, { ...options, waitMs: timeoutMs });
  await driver.close();
}

function open(url: DbUrl, options: ConnectOptions): Promise<Driver> {
  switch (url.driver) {
    case "postgres":
      return import("./postgresql/driver.ts").then((m) => m.connect(url, options));
    case "pglite":
      return import("./postgresql/pglite_driver.ts").then((m) => m.connect(url, options));
    case "mysql2":
      return import("./mysql/driver.ts").then((m) => m.connect(url, options));
    case "sqlite":
      return import("./sqlite/driver.ts").then((m) => m.connect(url, options));
    case "libsql":
      return import("./sqlite/libsql_driver.ts").then((m) => m.connect(url, options));
  }
}

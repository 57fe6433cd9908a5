/** Driver-test helpers: the shared server helpers, plus lock contention between drivers. */
import type { Driver } from "../../core/driver.ts";

export { MYSQL_URL, POSTGRES_URL, reachable, uniqueName, withDatabase } from "../support/servers.ts";

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * Eight connections race for one lock; the holder does a read-sleep-write on a shared
 * counter, which loses updates unless the lock really excludes the others. Returns the
 * order in which they got it and whether two ever held it at once.
 */
export async function contend(drivers: Driver[], options: {
  lock: string;
  read: (d: Driver) => Promise<number>;
  write: (d: Driver, value: number) => Promise<void>;
}): Promise<{ order: number[]; overlapped: boolean }> {
  const order: number[] = [];
  let inside = 0;
  let overlapped = false;
  await Promise.all(drivers.map(async (driver, i) => {
    await driver.acquireLock(options.lock, 30_000);
    try {
      if (++inside > 1) overlapped = true;
      order.push(i);
      const value = await options.read(driver);
      await sleep(15);
      await options.write(driver, value + 1);
    } finally {
      inside--;
      await driver.releaseLock(options.lock);
    }
  }));
  return { order, overlapped };
}

/**
 * Real servers for driver tests: URLs from MIG_TEST_POSTGRES_URL / MIG_TEST_MYSQL_URL
 * (defaulting to the local ones), a throwaway database per test file, and the rule that
 * a test may skip only when the server is absent and CI is unset.
 */
import { connectDriver } from "../../dialects/driver_connect.ts";
import type { Driver } from "../../core/driver.ts";
import { type DbUrl, parseDbUrl } from "../../core/url.ts";

export const POSTGRES_URL = process.env.MIG_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
export const MYSQL_URL = process.env.MIG_TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test";

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** The admin driver, or undefined when the server is absent and we may skip; throws under CI. */
export async function reachable(url: string): Promise<Driver | undefined> {
  try {
    return await connectDriver(parseDbUrl(url), { connectTimeoutMs: 3000 });
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(`skipping: ${(error as Error).message}`);
    return undefined;
  }
}

/** `url` with its database name replaced. */
export function withDatabase(url: string, database: string): DbUrl {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parseDbUrl(parsed.toString());
}

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

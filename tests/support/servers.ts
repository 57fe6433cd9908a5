/**
 * The real servers tests talk to: URLs from MIG_TEST_POSTGRES_URL / MIG_TEST_MYSQL_URL
 * (defaulting to the local ones), unique names for what a test creates, and the rule
 * that a test may skip only when its server is absent and CI is unset.
 */
import type { Driver } from "../../core/driver.ts";
import { type DbUrl, parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";

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

/**
 * Throwaway databases on the real servers for executing golden SQL: a PostgreSQL schema
 * (first on the search_path), a MariaDB database, a SQLite file. A server that is absent
 * skips its tests only when CI is unset.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver, Row } from "../../core/driver.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";

export const POSTGRES_URL = process.env.MIG_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
export const MYSQL_URL = process.env.MIG_TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test";

export interface TestDb {
  /** The schema (PostgreSQL), database (MariaDB) or file (SQLite) the test owns. */
  readonly namespace: string;
  readonly driver: Driver;
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  exec(sql: string): Promise<void>;
  dispose(): Promise<void>;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A driver to the server, or undefined (skip) when it is absent and CI is unset. */
export async function reachable(url: string): Promise<Driver | undefined> {
  try {
    return await connectDriver(parseDbUrl(url), { connectTimeoutMs: 3000 });
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(`skipping: ${(error as Error).message}`);
    return undefined;
  }
}

function wrap(namespace: string, driver: Driver, dispose: () => Promise<void>): TestDb {
  return { namespace, driver, query: (s, p) => driver.query(s, p), exec: (s) => driver.exec(s), dispose };
}

/** A fresh schema on the shared connection, first on its search_path. */
export async function postgresSchema(admin: Driver): Promise<TestDb> {
  const schema = uniqueName("mig_ops");
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.exec(`SET search_path TO ${schema}`);
  return wrap(schema, admin, async () => {
    await admin.exec("SET search_path TO public");
    await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
  });
}

/** A fresh database and a connection to it. */
export async function mariadbDatabase(admin: Driver): Promise<TestDb> {
  const database = uniqueName("mig_ops");
  await admin.exec(`CREATE DATABASE ${database} CHARACTER SET utf8mb4`);
  const url = new URL(MYSQL_URL);
  url.pathname = `/${database}`;
  const driver = await connectDriver(parseDbUrl(url.toString()));
  return wrap(database, driver, async () => {
    await driver.close();
    await admin.exec(`DROP DATABASE ${database}`);
  });
}

/** A fresh SQLite file (foreign keys on, as the driver sets them). */
export async function sqliteFile(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "mig-ops-"));
  const file = join(dir, "test.db");
  const driver = await connectDriver(parseDbUrl(`sqlite:///${file}`));
  return wrap(file, driver, async () => {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

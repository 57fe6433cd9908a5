/**
 * Throwaway databases on the real servers for executing golden SQL: a PostgreSQL schema
 * (first on the search_path), a MariaDB database, a SQLite file. A server that is absent
 * skips its tests only when CI is unset.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver, Row } from "../../core/driver.ts";
import { MYSQL_URL, uniqueName } from "../support/servers.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";

export { MYSQL_URL, POSTGRES_URL, reachable, uniqueName } from "../support/servers.ts";

export interface TestDb {
  /** The schema (PostgreSQL), database (MariaDB) or file (SQLite) the test owns. */
  readonly namespace: string;
  readonly driver: Driver;
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  exec(sql: string): Promise<void>;
  dispose(): Promise<void>;
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

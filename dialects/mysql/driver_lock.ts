/**
 * The migration lock on MySQL/MariaDB: a named user lock (`GET_LOCK`), held by the
 * connection for the whole run and dropped by the server if the connection dies.
 */
import type { Row } from "../../core/driver.ts";
import { hash64, lockTimeoutError } from "../driver_support.ts";

type Query = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/** Lock names are limited to 64 characters: longer ones keep a prefix plus a hash. */
export function mysqlLockName(name: string): string {
  return name.length <= 64 ? name : `${name.slice(0, 47)}_${hash64(name).toString(16).padStart(16, "0")}`;
}

export async function acquireUserLock(query: Query, name: string, timeoutMs: number): Promise<void> {
  const lockName = mysqlLockName(name);
  // GET_LOCK waits on the server (fractional seconds allowed), so no polling is needed.
  const rows = await query("SELECT GET_LOCK(?, ?) AS ok", [lockName, Math.max(0, timeoutMs) / 1000]);
  if (Number(rows[0]?.ok) === 1) return;
  throw lockTimeoutError(name, timeoutMs, await describeHolder(query, lockName));
}

export async function releaseUserLock(query: Query, name: string): Promise<void> {
  await query("SELECT RELEASE_LOCK(?) AS ok", [mysqlLockName(name)]);
}

/** `MySQL connection id 12 (user 'root', host 'localhost:4711')`, as far as we may see. */
async function describeHolder(query: Query, lockName: string): Promise<string | undefined> {
  const id = (await query("SELECT IS_USED_LOCK(?) AS id", [lockName]).catch(() => []))[0]?.id;
  if (id === null || id === undefined) return undefined;
  const rows = await query(
    "SELECT USER AS user, HOST AS host FROM information_schema.PROCESSLIST WHERE ID = ?",
    [id],
  ).catch(() => []);
  const row = rows[0];
  const facts = row ? ` (user '${row.user}', host '${row.host}')` : "";
  return `MySQL connection id ${id}${facts}`;
}

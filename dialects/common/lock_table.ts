/**
 * The lock table of `lock_strategy = "table"`: the same statements on every dialect, apart
 * from the column types and how the database says "now" and "now plus the lease". Times
 * come from the database, never from the client, so machines with skewed clocks agree on
 * when a lease ran out. Names and values are quoted literals, like the version table's.
 */

import type { LockTableSql } from "../../core/dialect.ts";
import type { LiteralValue } from "../../core/ops/sql.ts";

export interface LockTableParts {
  readonly quote: (name: string) => string;
  readonly literal: (value: LiteralValue) => string;
  /** Column type of `id` (the lock name) and `holder`; `id` is a primary key, so bounded on MySQL. */
  readonly idType: string;
  readonly holderType: string;
  /** Column type of `acquired_at` and `expires_at`. */
  readonly timeType: string;
  /** The database's current time, as stored in those columns. */
  readonly now: string;
  /** The database's current time plus `ms` milliseconds (a positive integer). */
  readonly later: (ms: number) => string;
}

export function lockTableSql(parts: LockTableParts): LockTableSql {
  const { quote, literal, now } = parts;
  const name = (table: string, schema?: string) => (schema === undefined ? quote(table) : `${quote(schema)}.${quote(table)}`);
  const until = (seconds: number) => parts.later(Math.max(1, Math.round(seconds * 1000)));
  const mine = (lock: string, holder: string) => `id = ${literal(lock)} AND holder = ${literal(holder)}`;
  return Object.freeze({
    create: (table: string, schema?: string) =>
      `CREATE TABLE IF NOT EXISTS ${name(table, schema)} (\n    id ${parts.idType} NOT NULL,\n` +
      `    holder ${parts.holderType} NOT NULL,\n    acquired_at ${parts.timeType} NOT NULL,\n` +
      `    expires_at ${parts.timeType} NOT NULL,\n    PRIMARY KEY (id)\n)`,
    read: (table: string, lock: string, schema?: string) =>
      `SELECT holder, CASE WHEN expires_at < ${now} THEN 1 ELSE 0 END AS expired FROM ${name(table, schema)} ` +
      `WHERE id = ${literal(lock)}`,
    insert: (table: string, lock: string, holder: string, leaseSeconds: number, schema?: string) =>
      `INSERT INTO ${name(table, schema)} (id, holder, acquired_at, expires_at) ` +
      `VALUES (${literal(lock)}, ${literal(holder)}, ${now}, ${until(leaseSeconds)})`,
    renew: (table: string, lock: string, holder: string, leaseSeconds: number, schema?: string) =>
      `UPDATE ${name(table, schema)} SET expires_at = ${until(leaseSeconds)} WHERE ${mine(lock, holder)}`,
    deleteExpired: (table: string, lock: string, holder: string, schema?: string) =>
      `DELETE FROM ${name(table, schema)} WHERE ${mine(lock, holder)} AND expires_at < ${now}`,
    release: (table: string, lock: string, holder: string, schema?: string) =>
      `DELETE FROM ${name(table, schema)} WHERE ${mine(lock, holder)}`,
  });
}

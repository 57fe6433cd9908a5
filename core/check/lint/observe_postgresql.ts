/**
 * Watching PostgreSQL run a statement: the relations of user schemas with their storage
 * (`relfilenode`), and the locks this backend holds, read before and after it. Locks
 * pile up until the transaction ends, so what a statement took is the difference: a
 * relation locked more strongly than before. A changed `relfilenode` is new storage,
 * i.e. a rewrite. One round trip per reading.
 */
import type { Row } from "../../driver.ts";
import type { StatementLabel } from "./label.ts";
import { type LockMode, lockModeOf, lockRank, stronger } from "./lock_mode.ts";

export type QueryRows = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

interface Relation {
  readonly name: string;
  readonly node: string;
  /** pg_class.relkind: r table, p partitioned table, m matview, i/I index, S sequence. */
  readonly kind: string;
}

export interface Reading {
  readonly relations: ReadonlyMap<string, Relation>;
  readonly locks: ReadonlyMap<string, LockMode>;
  /** `lock_timeout` in effect ("0" when unset). */
  readonly lockTimeout: string;
}

const READING = `SELECT
  (SELECT json_agg(json_build_object('oid', c.oid::text, 'node', c.relfilenode::text, 'kind', c.relkind,
     'name', CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END))
   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I', 'S')
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
     AND n.nspname NOT LIKE 'pg\\_temp%') AS relations,
  (SELECT json_agg(json_build_object('oid', relation::text, 'mode', mode))
   FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS locks,
  current_setting('lock_timeout') AS lock_timeout`;

export async function readState(query: QueryRows): Promise<Reading> {
  const row = (await query(READING))[0] ?? {};
  const relations = new Map<string, Relation>();
  for (const r of json(row["relations"]) as { oid: string; node: string; kind: string; name: string }[]) {
    relations.set(r.oid, { name: r.name, node: r.node, kind: r.kind });
  }
  const locks = new Map<string, LockMode>();
  for (const l of json(row["locks"]) as { oid: string; mode: string }[]) {
    const mode = lockModeOf(l.mode);
    if (mode) locks.set(l.oid, stronger(locks.get(l.oid), mode)!);
  }
  return { relations, locks, lockTimeout: String(row["lock_timeout"] ?? "0") };
}

/** The label of what ran between `before` and `after`, counting only relations in `existing` (oids). */
export function labelBetween(before: Reading, after: Reading, existing: ReadonlySet<string>): StatementLabel {
  const taken = new Map<string, LockMode>();
  for (const [oid, mode] of after.locks) {
    if (!existing.has(oid)) continue;
    if (lockRank(mode) > lockRank(before.locks.get(oid))) taken.set(oid, mode);
  }
  const isTable = (oid: string) => /[rpm]/.test(before.relations.get(oid)?.kind ?? "");
  // The table's lock says it; an index's own lock is named only when no table was locked.
  const tables = [...taken.keys()].filter(isTable);
  const considered = tables.length ? tables : [...taken.keys()];
  let lock: LockMode | undefined;
  for (const oid of considered) lock = stronger(lock, taken.get(oid));
  const on = considered.filter((oid) => taken.get(oid) === lock).map((oid) => before.relations.get(oid)?.name ?? oid);
  const renewed = [...existing].filter((oid) => {
    const was = before.relations.get(oid);
    const now = after.relations.get(oid);
    return was && now && was.node !== now.node && now.node !== "0";
  });
  const rewrites = renewed.filter(isTable);
  const rewrittenTables = new Set(rewrites);
  // An index of a rewritten table is rebuilt with it: naming it again says nothing.
  const rebuilds = renewed.filter((oid) => !isTable(oid) && rewrittenTables.size === 0);
  const name = (oid: string) => before.relations.get(oid)!.name;
  return Object.freeze({
    lock: lock ?? null,
    on: Object.freeze(on.sort()),
    rewrites: Object.freeze(rewrites.map(name).sort()),
    rebuilds: Object.freeze(rebuilds.map(name).sort()),
  });
}

/** Oids of the tables, indexes and sequences of user schemas. */
export const relationOids = (reading: Reading): ReadonlySet<string> => new Set(reading.relations.keys());

/** Names (as labels print them) of the relations in `reading`, lower-cased: "created earlier" checks. */
export const relationNames = (reading: Reading): ReadonlySet<string> =>
  new Set([...reading.relations.values()].map((r) => r.name.toLowerCase()));

function json(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return (typeof value === "string" ? JSON.parse(value) : value) as unknown[];
}

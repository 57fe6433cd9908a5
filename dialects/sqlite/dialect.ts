/** The SQLite dialect (files, memory, libSQL): compiler, quoting, literals, version table and introspection. */

import type { CompileContext, Dialect, TableRef } from "../../core/dialect.ts";
import type { OpNode } from "../../core/ops/op_node.ts";
import { makeLiteral } from "../common/literal.ts";
import { makeDialect, walkOps } from "../common/make_dialect.ts";
import { makeQuoter } from "../common/quoting.ts";
import { lockTableSql } from "../common/lock_table.ts";
import { versionTableSql } from "../common/version_table.ts";
import { batchRecreates } from "./batch.ts";
import { SQLITE_CAPABILITIES } from "./capabilities.ts";
import { SqliteCompiler } from "./compiler.ts";
import { introspectSqlite } from "./introspect.ts";
import { SQLITE_RESERVED } from "./reserved_words.ts";
import { catalogSqlite, sqliteTypeFromCatalog } from "./catalog.ts";
import { snapshotSqlite } from "./snapshot.ts";
import { SQLITE_TYPES } from "./types.ts";

const quote = makeQuoter({ quote: '"', reserved: SQLITE_RESERVED });

/** Booleans are 1/0 (what SQLAlchemy stores); dates are the text SQLite's date functions read. */
const literal = makeLiteral({
  backslashEscapes: false,
  true: "1",
  false: "0",
  date: (text) => `'${text}'`,
  bytes: (hex) => `X'${hex}'`,
});

const compiler = new SqliteCompiler({ displayName: "SQLite", capabilities: SQLITE_CAPABILITIES, quote, literal, types: SQLITE_TYPES });

/** Online, a batch that recreates its table without copyFrom reads the table first. */
function reflectionNeeds(node: OpNode, ctx: CompileContext): TableRef[] {
  if (ctx.offline) return [];
  return walkOps(node).flatMap((op) =>
    op.kind === "batchAlterTable" && op.copyFrom === undefined && batchRecreates(compiler, op)
      ? [op.schema === undefined ? { table: op.table } : { table: op.table, schema: op.schema }]
      : []
  );
}

export const sqliteDialect: Dialect = makeDialect({
  name: "sqlite",
  variant: "sqlite",
  compiler,
  versionTable: versionTableSql({
    quote,
    literal,
    exists: (table, schema) =>
      `SELECT 1 FROM ${schema === undefined ? "" : `${quote(schema)}.`}sqlite_master WHERE type = 'table' AND name = ${literal(table)}`,
  }),
  // Times are UTC text with milliseconds ('2026-01-02 03:04:05.678'), which compares correctly as text.
  lockTable: lockTableSql({
    quote,
    literal,
    idType: "TEXT",
    holderType: "TEXT",
    timeType: "DATETIME",
    now: "strftime('%Y-%m-%d %H:%M:%f', 'now')",
    later: (ms) => `strftime('%Y-%m-%d %H:%M:%f', 'now', '+${(ms / 1000).toFixed(3)} seconds')`,
  }),
  introspect: introspectSqlite,
  snapshotSchema: snapshotSqlite,
  introspectCatalog: catalogSqlite,
  typeFromCatalog: sqliteTypeFromCatalog,
  reflectionNeeds,
  // Batch mode drops and recreates tables; with keys enforced that would cascade into
  // child rows, so runs switch enforcement off and check every key before committing.
  foreignKeyGuard: {
    disable: "PRAGMA foreign_keys=OFF",
    check: "PRAGMA foreign_key_check",
    enable: "PRAGMA foreign_keys=ON",
  },
});

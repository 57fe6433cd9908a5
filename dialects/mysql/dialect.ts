/**
 * The MySQL dialect and its MariaDB variant. `mariadb://` picks the variant offline;
 * online, `forServerVersion` picks it from the server's version string.
 */

import type { CompileContext, Dialect, TableRef } from "../../core/dialect.ts";
import type { OpNode } from "../../core/ops/op_node.ts";
import { makeLiteral } from "../common/literal.ts";
import { makeDialect, walkOps } from "../common/make_dialect.ts";
import { makeQuoter } from "../common/quoting.ts";
import { lockTableSql } from "../common/lock_table.ts";
import { versionTableSql } from "../common/version_table.ts";
import { alterNeedsReflection } from "./alter_column.ts";
import { MARIADB_CAPABILITIES, MYSQL_CAPABILITIES } from "./capabilities.ts";
import { MariadbCompiler, MysqlCompiler } from "./compiler.ts";
import { introspectMariadb, introspectMysql } from "./introspect.ts";
import { MYSQL_RESERVED } from "./reserved_words.ts";
import { mysqlCatalog, mysqlTypeFromCatalog } from "./catalog.ts";
import { mysqlSnapshot } from "./snapshot.ts";
import { mysqlTypes } from "./types.ts";

const quote = makeQuoter({ quote: "`", reserved: MYSQL_RESERVED, maxLength: 64, lengthUnit: "characters" });

/** MySQL's default sql_mode reads backslashes as escapes, so they are doubled as well as quotes. */
const literal = makeLiteral({
  backslashEscapes: true,
  true: "true",
  false: "false",
  date: (text) => `'${text}'`,
  bytes: (hex) => `X'${hex}'`,
});

const setup = { quote, literal, types: mysqlTypes(literal) };

const versionTable = versionTableSql({
  quote,
  literal,
  exists: (table, schema) =>
    `SELECT 1 FROM information_schema.tables WHERE table_schema = ${schema === undefined ? "DATABASE()" : literal(schema)} ` +
    `AND table_name = ${literal(table)}`,
});

/**
 * UTC_TIMESTAMP, not NOW(): DATETIME holds no zone, and two clients with different
 * time_zone settings must still compare each other's leases correctly.
 */
const lockTable = lockTableSql({
  quote,
  literal,
  idType: "VARCHAR(190)",
  holderType: "VARCHAR(255)",
  timeType: "DATETIME(6)",
  now: "UTC_TIMESTAMP(6)",
  later: (ms) => `UTC_TIMESTAMP(6) + INTERVAL ${ms * 1000} MICROSECOND`,
});

/** Online, a MODIFY/CHANGE missing existing* options reads the column to restate it. */
function reflectionNeeds(node: OpNode, ctx: CompileContext): TableRef[] {
  if (ctx.offline) return [];
  return walkOps(node).flatMap((op) =>
    op.kind === "alterColumn" && alterNeedsReflection(op)
      ? [op.schema === undefined ? { table: op.table } : { table: op.table, schema: op.schema }]
      : []
  );
}

const pick = (version: string): Dialect => (/mariadb/i.test(version) ? mariadbDialect : mysqlDialect);

export const mysqlDialect: Dialect = makeDialect({
  name: "mysql",
  variant: "mysql",
  compiler: new MysqlCompiler({ ...setup, displayName: "MySQL", capabilities: MYSQL_CAPABILITIES }),
  versionTable,
  lockTable,
  introspect: introspectMysql,
  snapshotSchema: mysqlSnapshot(introspectMysql),
  introspectCatalog: mysqlCatalog(false),
  typeFromCatalog: mysqlTypeFromCatalog,
  reflectionNeeds,
  forServerVersion: pick,
});

export const mariadbDialect: Dialect = makeDialect({
  name: "mysql",
  variant: "mariadb",
  compiler: new MariadbCompiler({ ...setup, displayName: "MariaDB", capabilities: MARIADB_CAPABILITIES }),
  versionTable,
  lockTable,
  introspect: introspectMariadb,
  snapshotSchema: mysqlSnapshot(introspectMariadb),
  introspectCatalog: mysqlCatalog(true),
  typeFromCatalog: mysqlTypeFromCatalog,
  reflectionNeeds,
  forServerVersion: pick,
});

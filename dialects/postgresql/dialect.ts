/** The PostgreSQL dialect (also PGlite): the compiler, quoting, literals, version table and introspection. */

import type { CompileContext, Dialect, TableRef } from "../../core/dialect.ts";
import type { OpNode } from "../../core/ops/op_node.ts";
import { makeLiteral } from "../common/literal.ts";
import { makeDialect, walkOps } from "../common/make_dialect.ts";
import { makeQuoter } from "../common/quoting.ts";
import { lockTableSql } from "../common/lock_table.ts";
import { versionTableSql } from "../common/version_table.ts";
import { POSTGRESQL_CAPABILITIES } from "./capabilities.ts";
import { PostgresqlCompiler } from "./compiler.ts";
import { catalogPostgresql } from "./catalog.ts";
import { postgresqlTypeFromCatalog } from "./catalog_types.ts";
import { introspectPostgresql, reflectPostgresql } from "./introspect.ts";
import { postgresqlNewerSyntax } from "./newer_syntax.ts";
import { POSTGRESQL_RESERVED } from "./reserved_words.ts";
import { snapshotPostgresql } from "./snapshot.ts";
import { postgresqlTypes } from "./types.ts";

const quote = makeQuoter({ quote: '"', reserved: POSTGRESQL_RESERVED, maxLength: 63, lengthUnit: "bytes" });

/** standard_conforming_strings (on since 9.1): only quotes are doubled, backslashes stay as typed. */
const literal = makeLiteral({
  backslashEscapes: false,
  true: "true",
  false: "false",
  date: (text) => `'${text}+00'`,
  bytes: (hex) => `'\\x${hex}'::bytea`,
});

const compiler = new PostgresqlCompiler({
  displayName: "PostgreSQL",
  capabilities: POSTGRESQL_CAPABILITIES,
  quote,
  literal,
  types: postgresqlTypes(quote),
});

/** Online, dropping a table or column reads its enum columns first, to drop types left unused. */
function reflectionNeeds(node: OpNode, ctx: CompileContext): TableRef[] {
  if (ctx.offline) return [];
  return walkOps(node).flatMap((op) =>
    op.kind === "dropTable" || op.kind === "dropColumn"
      ? [op.schema === undefined ? { table: op.table } : { table: op.table, schema: op.schema }]
      : []
  );
}

export const postgresqlDialect: Dialect = makeDialect({
  name: "postgresql",
  variant: "postgresql",
  compiler,
  versionTable: versionTableSql({
    quote,
    literal,
    // pg_catalog with its (relname, relnamespace) index, not information_schema.tables: a
    // view PGlite takes ~2 ms to evaluate, paid twice per run (mig check runs hundreds).
    exists: (table, schema) =>
      `SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace ` +
      `WHERE c.relname = ${literal(table)} AND n.nspname = ${schema === undefined ? "current_schema()" : literal(schema)} ` +
      `AND c.relkind IN ('r', 'p')`,
  }),
  // timestamptz: an instant, whatever each client's TimeZone setting.
  lockTable: lockTableSql({
    quote,
    literal,
    idType: "VARCHAR(190)",
    holderType: "VARCHAR(255)",
    timeType: "TIMESTAMP WITH TIME ZONE",
    now: "CURRENT_TIMESTAMP",
    later: (ms) => `CURRENT_TIMESTAMP + INTERVAL '${ms} milliseconds'`,
  }),
  introspect: introspectPostgresql,
  reflect: reflectPostgresql,
  snapshotSchema: snapshotPostgresql,
  newerSyntax: postgresqlNewerSyntax,
  reflectionNeeds,
  introspectCatalog: catalogPostgresql,
  typeFromCatalog: postgresqlTypeFromCatalog,
});

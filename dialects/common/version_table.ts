/**
 * The version table statements, in exactly Alembic's text (with mig's table name), so
 * offline scripts read the same and tools that grep them keep working.
 */

import type { VersionTableSql } from "../../core/dialect.ts";
import type { LiteralValue } from "../../core/ops/sql.ts";

export interface VersionTableParts {
  readonly quote: (name: string) => string;
  readonly literal: (value: LiteralValue) => string;
  /** The existence query for a table name literal and an optional schema literal. */
  readonly exists: (table: string, schema: string | undefined) => string;
}

export function versionTableSql(parts: VersionTableParts): VersionTableSql {
  const { quote, literal } = parts;
  const name = (table: string, schema?: string) => (schema === undefined ? quote(table) : `${quote(schema)}.${quote(table)}`);
  return Object.freeze({
    create: (table: string, schema?: string) =>
      `CREATE TABLE ${name(table, schema)} (\n    version_num VARCHAR(32) NOT NULL,\n` +
      `    CONSTRAINT ${quote(`${table}_pkc`)} PRIMARY KEY (version_num)\n)`,
    drop: (table: string, schema?: string) => `DROP TABLE ${name(table, schema)}`,
    insert: (table: string, version: string, schema?: string) =>
      `INSERT INTO ${name(table, schema)} (version_num) VALUES (${literal(version)})`,
    update: (table: string, from: string, to: string, schema?: string) =>
      `UPDATE ${name(table, schema)} SET version_num=${literal(to)} WHERE ${name(table, schema)}.version_num = ${literal(from)}`,
    delete: (table: string, version: string, schema?: string) =>
      `DELETE FROM ${name(table, schema)} WHERE ${name(table, schema)}.version_num = ${literal(version)}`,
    select: (table: string, schema?: string) => `SELECT version_num FROM ${name(table, schema)}`,
    exists: (table: string, schema?: string) => parts.exists(table, schema),
  });
}

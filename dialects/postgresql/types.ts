/** Type names as PostgreSQL spells them (SQLAlchemy's PG type compiler output). */

import type { TypeVisitor } from "../../core/ops/elements/type.ts";

export function postgresqlTypes(quote: (name: string) => string): TypeVisitor {
  return {
    integer: () => "INTEGER",
    bigInteger: () => "BIGINT",
    smallInteger: () => "SMALLINT",
    string: (t) => (t.length === undefined ? "VARCHAR" : `VARCHAR(${t.length})`),
    text: () => "TEXT",
    boolean: () => "BOOLEAN",
    dateTime: (t) => (t.timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE"),
    date: () => "DATE",
    time: () => "TIME WITHOUT TIME ZONE",
    numeric: (t) => numeric(t.precision, t.scale),
    float: () => "FLOAT",
    json: () => "JSON",
    uuid: () => "UUID",
    binary: () => "BYTEA",
    enum: (t) => (t.schema === undefined ? quote(t.name) : `${quote(t.schema)}.${quote(t.name)}`),
    raw: (t) => t.sql,
  };
}

export function numeric(precision?: number, scale?: number): string {
  if (precision === undefined) return "NUMERIC";
  return scale === undefined ? `NUMERIC(${precision})` : `NUMERIC(${precision}, ${scale})`;
}

/** The SERIAL flavour of an autoincrementing integer key. */
export const SERIAL: Readonly<Record<string, string>> = { integer: "SERIAL", bigInteger: "BIGSERIAL", smallInteger: "SMALLSERIAL" };

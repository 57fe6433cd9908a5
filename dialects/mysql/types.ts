/** Type names as MySQL spells them (SQLAlchemy's MySQL type compiler output). */

import { CompileError } from "../../core/errors.ts";
import type { TypeVisitor } from "../../core/ops/elements/type.ts";
import { numeric } from "../postgresql/types.ts";

export function mysqlTypes(literal: (value: string) => string): TypeVisitor {
  return {
    integer: () => "INTEGER",
    bigInteger: () => "BIGINT",
    smallInteger: () => "SMALLINT",
    string: (t) => {
      if (t.length === undefined) throw new CompileError("VARCHAR requires a length on dialect mysql: use t.string(length) or t.text()");
      return `VARCHAR(${t.length})`;
    },
    text: () => "TEXT",
    boolean: () => "BOOL",
    dateTime: () => "DATETIME",
    date: () => "DATE",
    time: () => "TIME",
    numeric: (t) => numeric(t.precision, t.scale),
    float: () => "FLOAT",
    json: () => "JSON",
    uuid: () => "CHAR(32)",
    binary: () => "BLOB",
    enum: (t) => `ENUM(${t.values.map(literal).join(",")})`,
    raw: (t) => t.sql,
  };
}

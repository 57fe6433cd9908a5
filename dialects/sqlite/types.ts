/**
 * Type names for SQLite (SQLAlchemy's SQLite output). SQLite stores by affinity, so these
 * mostly document intent; `affinity` below is what actually decides storage.
 */

import type { TypeVisitor } from "../../core/ops/elements/type.ts";
import { numeric } from "../postgresql/types.ts";

export const SQLITE_TYPES: TypeVisitor = {
  integer: () => "INTEGER",
  bigInteger: () => "BIGINT",
  smallInteger: () => "SMALLINT",
  string: (t) => (t.length === undefined ? "VARCHAR" : `VARCHAR(${t.length})`),
  text: () => "TEXT",
  boolean: () => "BOOLEAN",
  dateTime: () => "DATETIME",
  date: () => "DATE",
  time: () => "TIME",
  numeric: (t) => numeric(t.precision, t.scale),
  float: () => "FLOAT",
  json: () => "JSON",
  uuid: () => "CHAR(32)",
  binary: () => "BLOB",
  enum: (t) => `VARCHAR(${Math.max(...t.values.map((v) => [...v].length))})`,
  raw: (t) => t.sql,
};

/** SQLite's column affinity for a declared type (the rules of its "Datatypes" page, in order). */
export function affinity(declared: string): "INTEGER" | "TEXT" | "BLOB" | "REAL" | "NUMERIC" {
  const t = declared.toUpperCase();
  if (t.includes("INT")) return "INTEGER";
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return "TEXT";
  if (t.includes("BLOB") || t.trim() === "") return "BLOB";
  if (t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB")) return "REAL";
  return "NUMERIC";
}

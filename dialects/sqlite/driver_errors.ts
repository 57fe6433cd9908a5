/**
 * SQLite errors (node:sqlite in Bun and Deno) as DatabaseError with the primary result
 * code's name (SQLITE_BUSY, SQLITE_CONSTRAINT, ...) as code.
 */
import { DatabaseError } from "../../core/errors.ts";

const PRIMARY: Record<number, string> = {
  1: "SQLITE_ERROR", 2: "SQLITE_INTERNAL", 3: "SQLITE_PERM", 4: "SQLITE_ABORT", 5: "SQLITE_BUSY",
  6: "SQLITE_LOCKED", 7: "SQLITE_NOMEM", 8: "SQLITE_READONLY", 9: "SQLITE_INTERRUPT",
  10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT", 13: "SQLITE_FULL", 14: "SQLITE_CANTOPEN",
  19: "SQLITE_CONSTRAINT", 20: "SQLITE_MISMATCH", 21: "SQLITE_MISUSE", 23: "SQLITE_AUTH",
  25: "SQLITE_RANGE", 26: "SQLITE_NOTADB",
};

/** Fallback when the binding reports no result code: SQLite's fixed wording for each. */
const BY_MESSAGE: [RegExp, string][] = [
  [/^database is locked/, "SQLITE_BUSY"],
  [/^database table is locked/, "SQLITE_LOCKED"],
  [/constraint failed/, "SQLITE_CONSTRAINT"],
  [/^unable to open database file/, "SQLITE_CANTOPEN"],
  [/^attempt to write a readonly database/, "SQLITE_READONLY"],
  [/^file is not a database/, "SQLITE_NOTADB"],
];

interface SqliteErrorFields {
  message?: unknown;
  errcode?: unknown;
  errstr?: unknown;
  code?: unknown;
}

export function sqliteError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const e = (error ?? {}) as SqliteErrorFields;
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  const errcode = typeof e.errcode === "number" ? e.errcode : undefined;
  // node:sqlite gives a number (Deno's exec() none at all), libSQL's client a name.
  const code = errcode !== undefined
    ? (PRIMARY[errcode & 0xff] ?? `SQLITE_${errcode}`)
    : typeof e.code === "string" && e.code.startsWith("SQLITE_")
    ? e.code.replace(/^(SQLITE_[A-Z]+).*$/, "$1")
    : BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1] ??
      (e.code === "ERR_SQLITE_ERROR" ? "SQLITE_ERROR" : undefined);
  return new DatabaseError(message, {
    ...(code ? { code } : {}),
    ...(typeof e.errstr === "string" && e.errstr !== message ? { detail: e.errstr } : {}),
    cause: error,
  });
}

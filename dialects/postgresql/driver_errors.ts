/**
 * PostgreSQL errors, from postgres.js and PGlite alike (both carry the server's error
 * fields), as DatabaseError with code, position, line/column and detail.
 */
import { DatabaseError } from "../../core/errors.ts";
import { lineColumn } from "../driver_support.ts";

interface PgErrorFields {
  message?: unknown;
  code?: unknown;
  position?: unknown;
  detail?: unknown;
  hint?: unknown;
}

/** Translate an error thrown while running `sql`; already translated errors pass through. */
export function pgStatementError(error: unknown, sql: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const e = (error ?? {}) as PgErrorFields;
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  // postgres.js gives position as a string, PGlite as a string or number.
  const position = e.position === undefined || e.position === "" ? undefined : Number(e.position);
  const details = {
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(position !== undefined && Number.isFinite(position) ? { position, ...lineColumn(sql, position) } : {}),
    ...(typeof e.detail === "string" && e.detail ? { detail: e.detail } : {}),
    ...(typeof e.hint === "string" && e.hint ? { hint: e.hint } : {}),
    cause: error,
  };
  return new DatabaseError(message, details);
}

/**
 * MySQL/MariaDB errors from mysql2 as DatabaseError: the ER_* name as code, and the
 * line the server names in syntax errors ("... near 'x' at line 3").
 */
import { DatabaseError } from "../../core/errors.ts";

interface MysqlErrorFields {
  code?: unknown;
  errno?: unknown;
  sqlState?: unknown;
  sqlMessage?: unknown;
  message?: unknown;
}

export function mysqlStatementError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const e = (error ?? {}) as MysqlErrorFields;
  const message = String(e.sqlMessage ?? e.message ?? error);
  const line = /at line (\d+)\s*$/.exec(message)?.[1];
  return new DatabaseError(message, {
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(line ? { line: Number(line) } : {}),
    ...(typeof e.sqlState === "string" ? { detail: `SQLSTATE ${e.sqlState}, errno ${e.errno}` } : {}),
    cause: error,
  });
}

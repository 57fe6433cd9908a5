/**
 * Errors callers catch. Each layer throws its own subclass; the CLI translates them once
 * into `FAILED: <message>` (exit 255) or a usage error (exit 2).
 */

/** Base of every error mig reports to the user as a command failure. */
export class MigError extends Error {
  override name = "MigError";
}

/** Bad command-line usage: unknown option, missing argument. Exit status 2. */
export class UsageError extends MigError {
  override name = "UsageError";
}

/** mig.toml missing, malformed or naming something that does not exist. */
export class ConfigError extends MigError {
  override name = "ConfigError";
}

/** A revision script that cannot be read: bad header, duplicate id, bad file name. */
export class ScriptError extends MigError {
  override name = "ScriptError";
  constructor(message: string, readonly path?: string, readonly line?: number) {
    super(message);
  }
}

/** Graph-level failures: unknown revision, multiple heads, cycles, bad ranges. */
export class RevisionError extends MigError {
  override name = "RevisionError";
}

/** An operation the target dialect cannot express (e.g. ALTER COLUMN TYPE on SQLite). */
export class CompileError extends MigError {
  override name = "CompileError";
}

/** Where and why a database refused a statement, as far as the server tells. */
export interface DatabaseErrorDetails {
  /** The server's error code: SQLSTATE (PostgreSQL), ER_* name (MySQL), SQLITE_* (SQLite). */
  code?: string;
  /** 1-based character offset into the statement, as PostgreSQL reports it. */
  position?: number;
  /** 1-based line and column in the statement, when known. */
  line?: number;
  column?: number;
  detail?: string;
  hint?: string;
  cause?: unknown;
}

/** A database refused a statement or could not be reached. */
export class DatabaseError extends MigError {
  override name = "DatabaseError";
  readonly code?: string;
  readonly position?: number;
  readonly line?: number;
  readonly column?: number;
  readonly detail?: string;
  readonly hint?: string;
  constructor(message: string, details: DatabaseErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    if (details.code !== undefined) this.code = details.code;
    if (details.position !== undefined) this.position = details.position;
    if (details.line !== undefined) this.line = details.line;
    if (details.column !== undefined) this.column = details.column;
    if (details.detail !== undefined) this.detail = details.detail;
    if (details.hint !== undefined) this.hint = details.hint;
  }
}

import { DatabaseError } from "../errors.ts";
import type { Allowance } from "../ops/allowance.ts";
import type { CallSite } from "../ops/call_site.ts";
import { withStatementOrigin } from "./current_statement.ts";

/** Where a failing statement came from: an op call in a `.ts` script or a line of a `.sql` section. */
export interface StatementOrigin {
  readonly revision: string;
  readonly file: string;
  /** The op's call site (TypeScript scripts). */
  readonly site?: CallSite;
  /** 1-based file line where the statement text starts (SQL sections, version table: none). */
  readonly firstLine?: number;
  /** `op.allow(...)` calls just before the op: findings of `mig check` it silences. */
  readonly allow?: readonly Allowance[];
}

/**
 * A statement of a migration that the database refused: names the revision, the place in
 * the script, the statement and the database's own message with its line and column.
 */
export class StatementFailedError extends DatabaseError {
  override name = "StatementFailedError";
  readonly origin: StatementOrigin;
  readonly statement: string;
  readonly reason: DatabaseError;

  constructor(origin: StatementOrigin, statement: string, cause: DatabaseError) {
    super(describe(origin, statement, cause), {
      ...(cause.code !== undefined ? { code: cause.code } : {}),
      ...(cause.position !== undefined ? { position: cause.position } : {}),
    });
    this.origin = origin;
    this.statement = statement;
    this.reason = cause;
  }
}

function describe(origin: StatementOrigin, statement: string, cause: DatabaseError): string {
  const where = scriptLocation(origin, cause);
  const inStatement =
    origin.site?.file && cause.line !== undefined
      ? ` (line ${cause.line}${cause.column !== undefined ? `, column ${cause.column}` : ""} of the statement)`
      : "";
  const lines = [`Revision ${origin.revision} failed at ${where}: ${cause.message.split("\n")[0]}${inStatement}`];
  if (cause.detail) lines.push(`DETAIL: ${cause.detail}`);
  if (cause.hint) lines.push(`HINT: ${cause.hint}`);
  lines.push("Statement:", indent(statement));
  return lines.join("\n");
}

/** `file:line:column` in the user's script, as precise as the database let us be. */
function scriptLocation(origin: StatementOrigin, cause: DatabaseError): string {
  if (origin.site?.file) return `${origin.site.file}:${origin.site.line}:${origin.site.column}`;
  if (origin.firstLine !== undefined && cause.line !== undefined) {
    const line = origin.firstLine + cause.line - 1;
    return cause.column !== undefined ? `${origin.file}:${line}:${cause.column}` : `${origin.file}:${line}`;
  }
  if (origin.firstLine !== undefined) return `${origin.file}:${origin.firstLine}`;
  return origin.file;
}

function indent(statement: string): string {
  return statement
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

/** Runs `fn`, turning a database refusal into a StatementFailedError with its origin. */
export async function attributed<T>(origin: StatementOrigin, statement: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await withStatementOrigin(origin, fn);
  } catch (error) {
    if (error instanceof DatabaseError && !(error instanceof StatementFailedError)) {
      throw new StatementFailedError(origin, statement, error);
    }
    throw error;
  }
}

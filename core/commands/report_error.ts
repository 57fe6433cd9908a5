import { MigError, UsageError } from "../errors.ts";
import { scrubSecrets } from "../secrets.ts";

/** Exit statuses, as Alembic's: 255 for a failed command, 2 for bad usage. */
export const EXIT_FAILED = 255;
export const EXIT_USAGE = 2;

/**
 * Turns any error into the single line users see (`FAILED: <message>` on stderr) and
 * the exit status. Unexpected errors keep their stack only with `--raiseerr`.
 */
export function reportError(error: unknown, options: { raiseErr: boolean }): { text: string; status: number } {
  const { text, status } = describeError(error, options);
  return { text: scrubSecrets(text), status };
}

function describeError(error: unknown, options: { raiseErr: boolean }): { text: string; status: number } {
  if (error instanceof UsageError) return { text: `mig: error: ${error.message}`, status: EXIT_USAGE };
  if (error instanceof MigError) {
    const text = options.raiseErr && error.stack ? error.stack : `FAILED: ${error.message}`;
    // An error may carry a status of its own (import-alembic's bad input: 2).
    return { text, status: (error as { exitStatus?: number }).exitStatus ?? EXIT_FAILED };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  const text = options.raiseErr ? (e.stack ?? e.message) : `FAILED: ${e.message}`;
  return { text, status: EXIT_FAILED };
}

import { DatabaseError, MigError } from "../errors.ts";
import type { PlannedStep } from "./planned_step.ts";

/**
 * A run that stopped part-way: the original error, plus what the version table now says,
 * so nobody has to guess which revision the database is at (MySQL cannot roll back DDL).
 */
export class RunFailedError extends MigError {
  override name = "RunFailedError";
  readonly reason: unknown;
  readonly heads: readonly string[];

  constructor(options: { error: unknown; failedStep: PlannedStep | undefined; heads: readonly string[]; rolledBack: boolean }) {
    super(describe(options));
    this.reason = options.error;
    this.heads = options.heads;
  }
}

function describe(options: { error: unknown; failedStep: PlannedStep | undefined; heads: readonly string[]; rolledBack: boolean }): string {
  const { error, failedStep, heads, rolledBack } = options;
  const message = error instanceof Error ? error.message : String(error);
  const at = heads.length === 0 ? "base (no revision)" : heads.join(", ");
  if (rolledBack) return `${message}\nRolled back: the database is at ${at}`;
  const partial =
    failedStep && error instanceof DatabaseError
      ? `; statements of ${failedStep.revision} that ran before the failure were committed (this database cannot roll back DDL)`
      : "";
  return `${message}\nThe database is at ${at}${partial}`;
}

import { MigError } from "../errors.ts";

/**
 * The Alembic project cannot be imported as it is (no alembic.ini, an unreadable script, a
 * cycle): one line naming the file, line or revision; exit status 2, nothing written.
 */
export class AlembicInputError extends MigError {
  override name = "AlembicInputError";
  readonly exitStatus = 2;
}

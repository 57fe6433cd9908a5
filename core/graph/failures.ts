/**
 * Failures raised inside the graph, mirroring Alembic's RevisionError subclasses, and
 * their translation into the wording users see (Alembic's `_catch_revision_errors`).
 * Every public graph function translates; callers only ever see plain RevisionErrors
 * whose `cause` keeps the detailed failure.
 */
import { RevisionError } from "../errors.ts";

/** An identifier that names nothing, or too many things. */
export class ResolutionFailure extends RevisionError {
  override name = "ResolutionFailure";
  constructor(message: string, readonly argument: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** A symbol such as `head` that names more than one revision. */
export class MultipleHeadsFailure extends RevisionError {
  override name = "MultipleHeadsFailure";
  constructor(readonly heads: readonly string[], readonly argument: string) {
    super(`Multiple heads are present for given argument '${argument}'; ${heads.join(", ")}`);
  }
}

/** The two ends of a walk are not on one line of descent. */
export class RangeNotAncestorFailure extends RevisionError {
  override name = "RangeNotAncestorFailure";
  constructor(readonly lower: string, readonly upper: string) {
    super(`Revision ${lower} is not an ancestor of revision ${upper}`);
  }
}

export interface Wording {
  /** For RangeNotAncestorFailure; `{start}` and `{end}` are replaced. */
  readonly ancestor?: string;
  /** For MultipleHeadsFailure; `{arg}` is replaced. */
  readonly multipleHeads?: string;
  readonly start?: string;
  readonly end?: string;
}

const ANCESTOR =
  "Requested range {start}:{end} does not refer to ancestor/descendant revisions along the same branch";
const MULTIPLE_HEADS =
  "Multiple head revisions are present for given argument '{arg}'; please specify a specific " +
  "target revision, '<branchname>@{arg}' to narrow to a specific head, or 'heads' for all heads";

/** Runs `fn`, rewording graph failures for users. */
export function translated<T>(wording: Wording, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw translate(error, wording);
  }
}

function translate(error: unknown, wording: Wording): unknown {
  let message: string;
  if (error instanceof RangeNotAncestorFailure) {
    message = (wording.ancestor ?? ANCESTOR)
      .replaceAll("{start}", wording.start ?? error.lower)
      .replaceAll("{end}", wording.end ?? error.upper);
  } else if (error instanceof MultipleHeadsFailure) {
    message = (wording.multipleHeads ?? MULTIPLE_HEADS).replaceAll("{arg}", wording.end ?? error.argument);
  } else if (error instanceof ResolutionFailure) {
    message = `Can't locate revision identified by '${error.argument}'`;
  } else {
    return error;
  }
  return new RevisionError(message, { cause: error });
}

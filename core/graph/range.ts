/**
 * `START:END` arguments of `upgrade`/`downgrade`/`stamp --sql`. Online runs refuse
 * them (`Range revision not allowed`); offline runs start from START instead of the
 * database (RevisionMap.startingHeads).
 */
export interface RevisionRange {
  /** Null when the argument has no colon. */
  readonly start: string | null;
  readonly end: string;
}

/** Splits at the first colon, as Alembic does; `a:b` -> start a, end b. */
export function splitRange(argument: string): RevisionRange {
  const at = argument.indexOf(":");
  if (at < 0) return { start: null, end: argument };
  return { start: argument.slice(0, at), end: argument.slice(at + 1) };
}

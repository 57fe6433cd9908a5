/** PostgreSQL's table lock modes, weakest first, in the words its documentation uses. */

export const LOCK_MODES = [
  "ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE",
  "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE",
] as const;

export type LockMode = typeof LOCK_MODES[number];

/** `pg_locks.mode` ("AccessExclusiveLock") in the documentation's words ("ACCESS EXCLUSIVE"). */
export function lockModeOf(pgMode: string): LockMode | undefined {
  const words = pgMode.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
  return (LOCK_MODES as readonly string[]).includes(words) ? words as LockMode : undefined;
}

export const lockRank = (mode: LockMode | undefined | null): number => (mode ? LOCK_MODES.indexOf(mode) : -1);

export function stronger(a: LockMode | undefined, b: LockMode | undefined): LockMode | undefined {
  return lockRank(a) >= lockRank(b) ? a : b;
}

/** Modes that stop writes (SHARE and up) or reads too (ACCESS EXCLUSIVE) while held. */
export const blocksWrites = (mode: LockMode | null | undefined) => lockRank(mode) >= lockRank("SHARE");
export const blocksReads = (mode: LockMode | null | undefined) => mode === "ACCESS EXCLUSIVE";

// Status codes returned by every export. The TS facade (core/graph/engine.ts) mirrors
// these numbers and turns them into typed errors; nothing in this module traps.
export const OK: i32 = 0;
export const SELF_LOOP: i32 = 1;
export const DEPENDENCY_SELF_LOOP: i32 = 2;
export const CYCLE: i32 = 3;
export const DEPENDENCY_CYCLE: i32 = 4;
export const BAD_INPUT: i32 = 5;
export const OUT_OF_MEMORY: i32 = 6;
export const NOT_ANCESTOR: i32 = 7;
export const NOT_BUILT: i32 = 8;

// Edge modes: revision edges only (down revisions), or revision edges plus dependencies.
export const VERSIONED: i32 = 0;
export const ALL: i32 = 1;

// Dependency edge flags.
export const DEP_KEPT: i32 = 0;
/** The dependency names one of the revision's own parents (Alembic dedupes it). */
export const DEP_DUPLICATE: i32 = 1;
/** A revision-edge ancestor already declares the same dependency (Alembic normalizes it away). */
export const DEP_IMPLIED: i32 = 2;

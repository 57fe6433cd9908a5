/**
 * The boundary between the revision-graph facade and the engine doing the set work.
 * Revisions are numbered 0..size-1 in "map order" (the order headers were given);
 * every list an engine returns is in that order unless documented otherwise.
 *
 * The WebAssembly engine (wasm_engine.ts) is the one mig runs; tests/graph/reference.ts
 * implements the same contract in plain TypeScript as the oracle for property tests.
 */

/** Which edges a traversal follows. */
export const EdgeMode = {
  /** Down revisions only (Alembic's `include_dependencies=False`). */
  versioned: 0,
  /** Down revisions plus dependencies (`depends_on`). */
  all: 1,
} as const;
export type EdgeMode = (typeof EdgeMode)[keyof typeof EdgeMode];

/** Flags per dependency edge, aligned with `GraphRows.dependencies`. */
export const DependencyFlag = {
  kept: 0,
  /** Names one of the revision's own down revisions; adds nothing. */
  duplicate: 1,
  /** A down-revision ancestor declares the same dependency, so it is not "own". */
  implied: 2,
} as const;

/** Lists `collect` can produce. */
export const Classification = {
  /** No children (versioned heads). */
  heads: 0,
  /** No children and no dependents. */
  realHeads: 1,
  /** No down revisions. */
  bases: 2,
  /** No down revisions and no dependencies. */
  realBases: 3,
  /** Two or more children. */
  branchPoints: 4,
  /** Two or more children and dependents together. */
  realBranchPoints: 5,
  /** Two or more down revisions. */
  mergePoints: 6,
} as const;
export type Classification = (typeof Classification)[keyof typeof Classification];

/** Down revisions and resolved dependencies as compressed rows. */
export interface GraphRows {
  readonly size: number;
  /** size + 1 entries; row i is parents[parentOffsets[i]..parentOffsets[i+1]). */
  readonly parentOffsets: Int32Array;
  readonly parents: Int32Array;
  readonly dependencyOffsets: Int32Array;
  readonly dependencies: Int32Array;
}

export type GraphProblem = "self-loop" | "dependency-self-loop" | "cycle" | "dependency-cycle";

export type EngineBuild =
  | { readonly ok: true; readonly engine: GraphEngine }
  /** `nodes`: the revisions involved, ascending ids. */
  | { readonly ok: false; readonly problem: GraphProblem; readonly nodes: Int32Array };

export type EngineFactory = (rows: GraphRows) => EngineBuild;

export interface UpgradeSetOptions {
  /** Also take dependencies from other bases (Alembic's `implicit_base`). */
  readonly implicitBase: boolean;
  /** Include the current revisions themselves. */
  readonly inclusive: boolean;
  /** Require every current revision to lie below the targets. */
  readonly checkAncestry: boolean;
}

export type UpgradeSet =
  | { readonly ok: true; readonly mask: Uint8Array }
  /** `offender`: a current revision that is not below the targets. */
  | { readonly ok: false; readonly offender: number };

export interface ReachOptions {
  /** Only count revisions strictly below the sources. */
  readonly strict: boolean;
  readonly mode: EdgeMode;
}

/** A built, acyclic graph. Masks are Uint8Array(size) with 1 for members. */
export interface GraphEngine {
  readonly size: number;
  /** Children (reverse of down revisions), ascending within each row. */
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;
  /** Revisions depending on each revision (duplicate edges left out), ascending. */
  readonly dependentOffsets: Int32Array;
  readonly dependents: Int32Array;
  /** One DependencyFlag per entry of GraphRows.dependencies. */
  readonly dependencyFlags: Uint8Array;

  collect(kind: Classification): Int32Array;
  /**
   * Every revision, parents first (Kahn's algorithm: ready revisions in id order, each
   * releasing its children, then its dependents). Linear; any topological order will do
   * for callers that do not print it.
   */
  topological(): Int32Array;
  /** The ids and everything below them. */
  ancestors(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array;
  /** The ids and everything above them (children, plus dependents in `all` mode). */
  descendants(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array;
  /** Everything on a line of descent through any of the ids. */
  lineage(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array;
  /** Per candidate: 1 when it is an ancestor of one of the sources. */
  reach(candidates: ArrayLike<number>, sources: ArrayLike<number>, options: ReachOptions): Uint8Array;
  /**
   * Newest-first topological order of the ids (duplicates ignored), as Alembic's
   * `_topological_sort` produces it: one walk per tip in id order, each following first
   * down revisions; a revision still below another walk's tip hands over to the oldest
   * such walk; a finished walk hands back to the one before it; further down revisions
   * of a merge start new walks at the end.
   */
  order(ids: ArrayLike<number>): Int32Array;
  /**
   * Whether the last `order` followed Alembic's walk throughout. Engines may bound the
   * walk's work and finish a pathological graph (dense random merges and dependencies,
   * nothing like a real history) with the linear rule: most recently freed revision first.
   */
  lastOrderExact(): boolean;
  /** Alembic's upgrade selection: what targets need minus what current implies. */
  upgradeSet(targets: ArrayLike<number>, current: ArrayLike<number>, options: UpgradeSetOptions): UpgradeSet;
  /** Alembic's downgrade selection from roots under the current heads. */
  downgradeSet(roots: ArrayLike<number>, heads: ArrayLike<number>, implicitBase: boolean): Uint8Array;
}

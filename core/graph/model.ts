/**
 * The built graph every facade module works on: revisions numbered in map order, the
 * engine holding the edges, and the lookups Alembic's RevisionMap keeps. Internal;
 * users see RevisionMap and Revision.
 */
import { RevisionError } from "../errors.ts";
import type { RevisionHeader } from "../script/revision_header.ts";
import {
  Classification, DependencyFlag, EdgeMode, type EngineFactory, type GraphEngine,
  type GraphProblem, type GraphRows,
} from "./engine.ts";
import { internHeaders } from "./intern.ts";
import type { KeyIndex } from "./keys.ts";
import { inheritLabels } from "./labels.ts";

const PROBLEM_KIND: Record<GraphProblem, string> = {
  "self-loop": "Self-loop",
  "dependency-self-loop": "Dependency self-loop",
  "cycle": "Cycle",
  "dependency-cycle": "Dependency cycle",
};

export class GraphModel {
  readonly ids: readonly string[];
  readonly headers: readonly RevisionHeader[];
  readonly keys: KeyIndex;
  readonly rows: GraphRows;
  readonly engine: GraphEngine;
  readonly warnings: readonly string[];
  /** Own and inherited branch labels per revision. */
  readonly labels: readonly (readonly string[])[];
  /** No children, map order (Alembic's `heads`). */
  readonly heads: readonly number[];
  /** No children and no dependents (Alembic's `_real_heads`; what `heads` resolves to). */
  readonly realHeads: readonly number[];
  /** No down revisions, map order. */
  readonly bases: readonly number[];
  /** Declared down revisions per revision, present or not. */
  readonly declaredParentCounts: Int32Array;

  constructor(headers: readonly RevisionHeader[], engineFactory: EngineFactory) {
    const interned = internHeaders(headers);
    this.ids = interned.ids;
    this.headers = interned.headers;
    this.keys = interned.keys;
    this.rows = interned.rows;
    this.warnings = interned.warnings;
    this.declaredParentCounts = interned.declaredParentCounts;
    const built = engineFactory(interned.rows);
    if (!built.ok) throw this.#problem(built.problem, built.nodes);
    this.engine = built.engine;
    this.heads = [...this.engine.collect(Classification.heads)];
    this.realHeads = [...this.engine.collect(Classification.realHeads)];
    this.bases = [...this.engine.collect(Classification.bases)];
    this.labels = inheritLabels({
      size: this.size,
      parentsFirst: this.engine.topological(),
      parentOffsets: this.rows.parentOffsets,
      parents: this.rows.parents,
      childOffsets: this.engine.childOffsets,
      children: this.engine.children,
      dependentOffsets: this.engine.dependentOffsets,
      declaredParentCounts: this.declaredParentCounts,
      ownLabels: interned.ownLabels,
    });
  }

  /** Alembic lists every revision when no head or no base exists, else sorts the ids. */
  #problem(problem: GraphProblem, nodes: Int32Array): RevisionError {
    const names = [...nodes].map((i) => this.ids[i]!);
    const whole = nodes.length === this.size && problem.endsWith("cycle") && !this.#hasEnds(problem);
    if (!whole) names.sort();
    return new RevisionError(`${PROBLEM_KIND[problem]} is detected in revisions (${names.join(", ")})`);
  }

  #hasEnds(problem: GraphProblem): boolean {
    const rows = this.rows;
    const withDeps = problem === "dependency-cycle";
    const isParent = new Uint8Array(this.size);
    let base = false;
    for (let i = 0; i < this.size; i++) {
      const parents = rows.parents.subarray(rows.parentOffsets[i], rows.parentOffsets[i + 1]);
      const deps = rows.dependencies.subarray(rows.dependencyOffsets[i], rows.dependencyOffsets[i + 1]);
      parents.forEach((p) => (isParent[p] = 1));
      if (withDeps) deps.forEach((d) => (isParent[d] = 1));
      if (parents.length === 0 && (!withDeps || deps.every((d) => parents.includes(d)))) base = true;
    }
    return base && isParent.includes(0);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Present down revisions in declared order. */
  parents(i: number): Int32Array {
    return this.rows.parents.subarray(this.rows.parentOffsets[i], this.rows.parentOffsets[i + 1]);
  }

  /** Resolved dependencies that are not also down revisions. */
  dependencies(i: number): number[] {
    return this.#dependencies(i, (flag) => flag !== DependencyFlag.duplicate);
  }

  /**
   * Alembic's `_normalized_down_revisions`: down revisions, then dependencies no
   * down-revision ancestor already declares. What a step moves from or to.
   */
  normalizedDown(i: number): number[] {
    return [...this.parents(i), ...this.#dependencies(i, (flag) => flag === DependencyFlag.kept)];
  }

  #dependencies(i: number, keep: (flag: number) => boolean): number[] {
    const start = this.rows.dependencyOffsets[i]!;
    const end = this.rows.dependencyOffsets[i + 1]!;
    const out: number[] = [];
    for (let e = start; e < end; e++) {
      if (keep(this.engine.dependencyFlags[e]!)) out.push(this.rows.dependencies[e]!);
    }
    return out;
  }

  /** Children along down-revision edges (Alembic's `nextrev`), map order. */
  children(i: number): Int32Array {
    const e = this.engine;
    return e.children.subarray(e.childOffsets[i], e.childOffsets[i + 1]);
  }

  /** Revisions that depend on this one. */
  dependents(i: number): Int32Array {
    const e = this.engine;
    return e.dependents.subarray(e.dependentOffsets[i], e.dependentOffsets[i + 1]);
  }

  childCount(i: number): number {
    return this.engine.childOffsets[i + 1]! - this.engine.childOffsets[i]!;
  }

  dependentCount(i: number): number {
    return this.engine.dependentOffsets[i + 1]! - this.engine.dependentOffsets[i]!;
  }

  isHead(i: number): boolean {
    return this.childCount(i) === 0;
  }

  isRealHead(i: number): boolean {
    return this.childCount(i) === 0 && this.dependentCount(i) === 0;
  }

  isBranchPoint(i: number): boolean {
    return this.childCount(i) > 1;
  }

  isMergePoint(i: number): boolean {
    return this.declaredParentCounts[i]! > 1;
  }

  /** Alembic's `_shares_lineage`: is `i` an ancestor or descendant of one of `against`. */
  sharesLineage(i: number, against: readonly number[], withDependencies = false): boolean {
    if (against.length === 0) return true;
    const mode = withDependencies ? EdgeMode.all : EdgeMode.versioned;
    return this.engine.lineage([i], mode).some((bit, x) => bit === 1 && against.includes(x));
  }

  /** Keeps the ids sharing a line of descent with any of `against` (one traversal). */
  sharingLineage(ids: readonly number[], against: readonly number[], withDependencies = false): number[] {
    if (against.length === 0) return [...ids];
    const mode = withDependencies ? EdgeMode.all : EdgeMode.versioned;
    const mask = this.engine.lineage(against, mode);
    return ids.filter((i) => mask[i] === 1);
  }
}

/**
 * Seeded random revision graphs for property tests: generated in topological order,
 * then renumbered by a random permutation so id order says nothing about ancestry.
 */
import type { GraphRows } from "../../core/graph/engine.ts";

/** mulberry32: small, fast and deterministic; test data and the benchmarks' graphs share it. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Shape {
  readonly size: number;
  /** Chance a revision starts a new base. */
  readonly baseRate: number;
  /** Chance a revision merges two or three earlier ones. */
  readonly mergeRate: number;
  /** Chance a revision declares a dependency on an earlier one. */
  readonly dependencyRate: number;
  /** How far back a parent may be (small: long chains; large: bushy). */
  readonly reach: number;
  /** Extra edges pointing forward, which make cycles. */
  readonly backEdges?: number;
  /** Dependencies instead of down revisions for the back edges. */
  readonly backEdgesAsDependencies?: boolean;
}

export interface RandomGraph {
  readonly rows: GraphRows;
  readonly parents: number[][];
  readonly dependencies: number[][];
}

export function randomGraph(shape: Shape, seed: number): RandomGraph {
  const next = random(seed);
  const pick = (below: number) => Math.max(0, below - 1 - Math.floor(next() * Math.min(shape.reach, below)));
  const parents: number[][] = [];
  const dependencies: number[][] = [];
  for (let i = 0; i < shape.size; i++) {
    const own = new Set<number>();
    if (i > 0 && next() >= shape.baseRate) {
      own.add(pick(i));
      if (next() < shape.mergeRate) own.add(pick(i));
      if (next() < shape.mergeRate / 3) own.add(pick(i));
    }
    parents.push([...own]);
    const deps = new Set<number>();
    if (i > 0 && next() < shape.dependencyRate) deps.add(Math.floor(next() * i));
    dependencies.push([...deps]);
  }
  for (let k = 0; k < (shape.backEdges ?? 0) && shape.size > 1; k++) {
    const from = Math.floor(next() * (shape.size - 1));
    const to = from + 1 + Math.floor(next() * (shape.size - from - 1));
    const list = shape.backEdgesAsDependencies ? dependencies[from]! : parents[from]!;
    if (!list.includes(to)) list.push(to);
  }
  return renumber(parents, dependencies, permutation(shape.size, next));
}

function permutation(size: number, next: () => number): Int32Array {
  const order = Int32Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function renumber(parents: number[][], dependencies: number[][], to: Int32Array): RandomGraph {
  const size = parents.length;
  const p: number[][] = Array.from({ length: size }, () => []);
  const d: number[][] = Array.from({ length: size }, () => []);
  for (let i = 0; i < size; i++) {
    p[to[i]!] = parents[i]!.map((x) => to[x]!);
    d[to[i]!] = dependencies[i]!.map((x) => to[x]!);
  }
  return { rows: toRows(p, d), parents: p, dependencies: d };
}

export function toRows(parents: readonly number[][], dependencies: readonly number[][]): GraphRows {
  const size = parents.length;
  const parentOffsets = new Int32Array(size + 1);
  const dependencyOffsets = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) {
    parentOffsets[i + 1] = parentOffsets[i]! + parents[i]!.length;
    dependencyOffsets[i + 1] = dependencyOffsets[i]! + dependencies[i]!.length;
  }
  return {
    size,
    parentOffsets,
    parents: Int32Array.from(parents.flat()),
    dependencyOffsets,
    dependencies: Int32Array.from(dependencies.flat()),
  };
}

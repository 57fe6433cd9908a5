/**
 * The WebAssembly engine against the plain TypeScript reference (tests/graph/reference.ts)
 * on thousands of seeded random graphs: merges, several bases, cross dependencies, and
 * some with cycles; then a few at 100,000 revisions.
 */
import { describe, expect, test } from "bun:test";
import {
  Classification, EdgeMode, type GraphEngine, type GraphRows,
} from "../../core/graph/engine.ts";
import { wasmEngine } from "../../core/graph/wasm_engine.ts";
import { referenceEngine } from "./reference.ts";
import { random, randomGraph, toRows, type Shape } from "./random_graphs.ts";

const CLASSIFICATIONS = Object.values(Classification);
const MODES = [EdgeMode.versioned, EdgeMode.all] as const;

function sample(next: () => number, size: number, count: number): number[] {
  return Array.from({ length: count }, () => Math.floor(next() * size));
}

function members(mask: Uint8Array): number[] {
  return [...mask.keys()].filter((i) => mask[i] === 1);
}

/** Every revision comes before its down revisions and dependencies within the set. */
function expectTopological(order: Int32Array, set: readonly number[], rows: GraphRows): void {
  expect([...order].sort((a, b) => a - b)).toEqual([...new Set(set)].sort((a, b) => a - b));
  const position = new Map([...order].map((x, i) => [x, i]));
  for (const x of order) {
    const below = [
      ...rows.parents.subarray(rows.parentOffsets[x], rows.parentOffsets[x + 1]),
      ...rows.dependencies.subarray(rows.dependencyOffsets[x], rows.dependencyOffsets[x + 1]),
    ];
    for (const p of below) if (position.has(p)) expect(position.get(p)!).toBeGreaterThan(position.get(x)!);
  }
}

/** Topological always; Alembic's order exactly (no fallback to the linear rule) on these graphs. */
function expectOrder(wasm: GraphEngine, reference: GraphEngine | null, set: number[], rows: GraphRows): void {
  const order = wasm.order(set);
  expectTopological(order, set, rows);
  expect(wasm.lastOrderExact()).toBe(true);
  if (reference) expect([...order]).toEqual([...reference.order(set)]);
}

/** Builds with both engines; compares everything on a few random inputs. */
function compare(rows: GraphRows, seed: number, options: { orderReference?: boolean } = {}): boolean {
  const wasm = wasmEngine(rows);
  const reference = referenceEngine(rows);
  if (!wasm.ok || !reference.ok) {
    expect(wasm.ok).toBe(reference.ok);
    if (!wasm.ok && !reference.ok) {
      expect(wasm.problem).toBe(reference.problem);
      expect([...wasm.nodes]).toEqual([...reference.nodes]);
    }
    return false;
  }
  const a = wasm.engine;
  const b = reference.engine;
  const n = rows.size;
  const next = random(seed * 7919);
  expect([...a.dependencyFlags]).toEqual([...b.dependencyFlags]);
  expect([...a.childOffsets]).toEqual([...b.childOffsets]);
  expect([...a.children]).toEqual([...b.children]);
  expect([...a.dependentOffsets]).toEqual([...b.dependentOffsets]);
  expect([...a.dependents]).toEqual([...b.dependents]);
  for (const kind of CLASSIFICATIONS) expect([...a.collect(kind)]).toEqual([...b.collect(kind)]);
  expect([...a.topological()]).toEqual([...b.topological()]);
  if (n === 0) return true;
  const some = sample(next, n, 1 + Math.floor(next() * 4));
  const other = sample(next, n, Math.floor(next() * 3));
  for (const mode of MODES) {
    expect(a.ancestors(some, mode)).toEqual(b.ancestors(some, mode));
    expect(a.descendants(some, mode)).toEqual(b.descendants(some, mode));
    expect(a.lineage(some, mode)).toEqual(b.lineage(some, mode));
    for (const strict of [false, true]) {
      expect(a.reach(some, other, { strict, mode })).toEqual(b.reach(some, other, { strict, mode }));
      expect(a.reach(other, some, { strict, mode })).toEqual(b.reach(other, some, { strict, mode }));
    }
  }
  for (const implicitBase of [false, true]) {
    for (const inclusive of [false, true]) {
      const flags = { implicitBase, inclusive, checkAncestry: !implicitBase };
      expect(a.upgradeSet(some, other, flags)).toEqual(b.upgradeSet(some, other, flags));
    }
    expect(a.downgradeSet(other, some, implicitBase)).toEqual(b.downgradeSet(other, some, implicitBase));
  }
  const orderReference = options.orderReference ?? true ? b : null;
  const all = [...Array(n).keys()];
  expectOrder(a, orderReference, all, rows);
  const up = a.upgradeSet(some, other, { implicitBase: true, inclusive: false, checkAncestry: false });
  if (up.ok) expectOrder(a, orderReference, members(up.mask), rows);
  expectOrder(a, orderReference, members(a.downgradeSet(other, some, false)), rows);
  return true;
}

function shapes(seed: number): Shape {
  const next = random(seed);
  return {
    size: Math.floor(next() * 60),
    baseRate: next() * 0.3,
    mergeRate: next() * 0.4,
    dependencyRate: next() * 0.3,
    reach: 1 + Math.floor(next() * 8),
    backEdges: seed % 9 === 0 ? 1 + Math.floor(next() * 2) : 0,
    backEdgesAsDependencies: seed % 2 === 0,
  };
}

describe("wasm engine matches the reference", () => {
  test("on 3,000 small random graphs (some cyclic)", () => {
    let built = 0;
    let refused = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      if (compare(randomGraph(shapes(seed), seed).rows, seed)) built++;
      else refused++;
    }
    // Both kinds must actually occur for the comparison to mean something.
    expect(built).toBeGreaterThan(2500);
    expect(refused).toBeGreaterThan(100);
  }, 60_000);

  test("on 25 medium graphs (2,000 revisions)", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const shape: Shape = {
        size: 2000, baseRate: 0.01, mergeRate: 0.1, dependencyRate: 0.01, reach: 20,
        backEdges: seed % 10 === 0 ? 1 : 0,
      };
      compare(randomGraph(shape, 10_000 + seed).rows, seed);
    }
  }, 60_000);

  test("self-loops are reported for the first revision in order, down revisions first", () => {
    const rows = toRows([[], [1], [2]], [[], [], [2]]);
    expect(wasmEngine(rows)).toMatchObject({ ok: false, problem: "self-loop", nodes: Int32Array.of(1) });
    const deps = toRows([[], [0], [1]], [[], [1], []]);
    expect(wasmEngine(deps)).toMatchObject({ ok: false, problem: "dependency-self-loop", nodes: Int32Array.of(1) });
  });
});

describe("at 100,000 revisions", () => {
  test("a linear chain: every query, including Alembic's walk order", () => {
    const size = 100_000;
    const parents = Array.from({ length: size }, (_, i) => (i === 0 ? [] : [i - 1]));
    const deps = Array.from({ length: size }, (_, i) => (i > 10 && i % 25_000 === 0 ? [i - 10] : []));
    expect(compare(toRows(parents, deps), 1)).toBe(true);
  }, 60_000);

  test("a branchy forest with merges and dependencies: every query; walk order checked for validity", () => {
    const shape: Shape = { size: 100_000, baseRate: 0.001, mergeRate: 0.1, dependencyRate: 0.0005, reach: 30 };
    expect(compare(randomGraph(shape, 4242).rows, 2, { orderReference: false })).toBe(true);
  }, 60_000);
});

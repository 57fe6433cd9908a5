/**
 * Alembic's walk order on the shapes that used to exhaust the WebAssembly walk's
 * search budget (it then finished with the linear rule, valid but not Alembic's order):
 * the graph benchmark's branchy project, and lines forking near the base that never
 * merge, with and without dependencies across them. Each must come out exactly as the
 * reference (a transcription of Alembic's `_topological_sort`) walks it, with
 * `lastOrderExact()` true. A dense random graph, far from any real history, still
 * exhausts the walk's budget and gets the linear rule: topological, reported as such.
 */
import { describe, expect, test } from "bun:test";
import type { GraphEngine, GraphRows } from "../../core/graph/engine.ts";
import { internHeaders } from "../../core/graph/intern.ts";
import { wasmEngine } from "../../core/graph/wasm_engine.ts";
import type { RevisionHeader } from "../../core/script/revision_header.ts";
import { forkedHistory, projectHistory } from "./order_shapes.ts";
import { referenceEngine } from "./reference.ts";
import { randomGraph, toRows } from "./random_graphs.ts";

function engine(factory: typeof wasmEngine, rows: GraphRows): GraphEngine {
  const built = factory(rows);
  if (!built.ok) throw new Error(`graph refused: ${built.problem}`);
  return built.engine;
}

/** Every revision once, each before its down revisions and dependencies. */
function expectTopological(order: Int32Array, rows: GraphRows): void {
  expect(order.length).toBe(rows.size);
  const position = new Int32Array(rows.size).fill(-1);
  order.forEach((x, i) => (position[x] = i));
  expect(position.includes(-1)).toBe(false);
  for (let x = 0; x < rows.size; x++) {
    for (const below of [
      rows.parents.subarray(rows.parentOffsets[x], rows.parentOffsets[x + 1]),
      rows.dependencies.subarray(rows.dependencyOffsets[x], rows.dependencyOffsets[x + 1]),
    ]) {
      for (const p of below) if (position[p]! <= position[x]!) throw new Error(`${p} is not after ${x}`);
    }
  }
}

/** The WebAssembly walk, exact, equal to the reference's on every revision. */
function expectAlembicOrder(headers: readonly RevisionHeader[]): void {
  const rows = internHeaders(headers).rows;
  const all = [...Array(rows.size).keys()];
  const wasm = engine(wasmEngine, rows);
  const order = wasm.order(all);
  expect(wasm.lastOrderExact()).toBe(true);
  expectTopological(order, rows);
  const reference = engine(referenceEngine, rows).order(all);
  // Compared as arrays of numbers: a mismatch then names the first differing position.
  expect(Array.from(order)).toEqual(Array.from(reference));
}

describe("Alembic's walk order, exactly, at 10,000 revisions", () => {
  test("the graph benchmark's branchy project (a branch every ~10 revisions, three labeled lines, 1% dependencies)", () => {
    expectAlembicOrder(projectHistory(10_000));
  }, 30_000);

  test("three lines forking near the base, never merging", () => {
    expectAlembicOrder(forkedHistory({ size: 10_000, branches: 3, dependencyRate: 0 }));
  }, 30_000);

  test("three lines forking near the base, 1% dependencies across them", () => {
    expectAlembicOrder(forkedHistory({ size: 10_000, branches: 3, dependencyRate: 0.01 }));
  }, 30_000);

  test("three lines forking near the base, each with feature branches merging back, 1% dependencies across them", () => {
    expectAlembicOrder(forkedHistory({ size: 10_000, branches: 3, dependencyRate: 0.01, featureRate: 0.1 }, 2));
  }, 30_000);

  test("eight lines, 5% dependencies across them", () => {
    expectAlembicOrder(forkedHistory({ size: 10_000, branches: 8, dependencyRate: 0.05 }, 3));
  }, 30_000);
});

describe("at 100,000 revisions", () => {
  test("three lines forking near the base, with a few dependencies across them: equal to the reference", () => {
    expectAlembicOrder(forkedHistory({ size: 100_000, branches: 3, dependencyRate: 0.0005 }));
  }, 60_000);

  test("the branchy project, and forked lines with 1% dependencies, with and without feature branches: exact (the reference takes minutes here)", () => {
    for (const headers of [
      projectHistory(100_000),
      forkedHistory({ size: 100_000, branches: 3, dependencyRate: 0.01 }),
      forkedHistory({ size: 100_000, branches: 3, dependencyRate: 0, featureRate: 0.1 }),
      forkedHistory({ size: 100_000, branches: 3, dependencyRate: 0.01, featureRate: 0.1 }),
    ]) {
      const rows = internHeaders(headers).rows;
      const wasm = engine(wasmEngine, rows);
      const order = wasm.order([...Array(rows.size).keys()]);
      expect(wasm.lastOrderExact()).toBe(true);
      expectTopological(order, rows);
    }
  }, 60_000);
});

/**
 * A line s1..sL, and a second line b1..bL where each bk depends on sk. Walking the b
 * line first starts one walk per s revision, the one on sL oldest; walking the s line
 * then hands it from walk to walk, each younger than the last, so the oldest walk above
 * every deeper revision changes at every step (bookkeeping per revision would be
 * quadratic here; along first-parent lines it is one range minimum).
 */
function agingLine(length: number): GraphRows {
  // Ids: bL = 0 (the only tip), then s1..sL = 1..L, then b1..b(L-1) = L+1..2L-1.
  const s = (k: number) => k;
  const b = (k: number) => (k === length ? 0 : length + k);
  const parents: number[][] = Array.from({ length: 2 * length }, () => []);
  const deps: number[][] = Array.from({ length: 2 * length }, () => []);
  for (let k = 2; k <= length; k++) {
    parents[s(k)]!.push(s(k - 1));
    parents[b(k)]!.push(b(k - 1));
  }
  for (let k = 1; k <= length; k++) deps[b(k)]!.push(s(k));
  return toRows(parents, deps);
}

describe("hard cases", () => {
  test("a line handed from walk to ever younger walk: exact", () => {
    const rows = agingLine(1_500);
    const all = [...Array(rows.size).keys()];
    const wasm = engine(wasmEngine, rows);
    const order = wasm.order(all);
    expect(wasm.lastOrderExact()).toBe(true);
    expect(Array.from(order)).toEqual(Array.from(engine(referenceEngine, rows).order(all)));
  });

  test("a dense random graph (30% merges reaching 200 back, 5% dependencies) at 50,000: the linear rule, topological, reported as not exact", () => {
    const rows = randomGraph({ size: 50_000, baseRate: 0.01, mergeRate: 0.3, dependencyRate: 0.05, reach: 200 }, 7).rows;
    const wasm = engine(wasmEngine, rows);
    const order = wasm.order([...Array(rows.size).keys()]);
    expect(wasm.lastOrderExact()).toBe(false);
    expectTopological(order, rows);
  }, 30_000);
});

/**
 * The raw WebAssembly exports never trap: bad sizes, bad offsets, out-of-range ids and
 * queries before a build all come back as status codes (wasm/graph/status.ts).
 */
import { describe, expect, test } from "bun:test";
import { GRAPH_WASM_BASE64 } from "../../wasm/graph_wasm.ts";
import { wasmEngine } from "../../core/graph/wasm_engine.ts";
import { toRows } from "./random_graphs.ts";

const OK = 0;
const BAD_INPUT = 5;
const NOT_BUILT = 8;

interface Raw {
  memory: WebAssembly.Memory;
  prepare(n: number, p: number, d: number): number;
  build(): number;
  begin(a: number, b: number): number;
  ancestors(mode: number): number;
  descendants(mode: number): number;
  lineage(mode: number): number;
  reach(strict: number, mode: number): number;
  order(): number;
  upgradeSet(flags: number): number;
  downgradeSet(flags: number): number;
  collect(kind: number): number;
  address(which: number): number;
  resultLength(): number;
}

function instance(): Raw {
  const bytes = Uint8Array.from(atob(GRAPH_WASM_BASE64), (c) => c.charCodeAt(0));
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as Raw;
}

/** A chain of three written straight into memory. */
function chain(raw: Raw): void {
  expect(raw.prepare(3, 2, 0)).toBe(OK);
  new Int32Array(raw.memory.buffer, raw.address(0), 4).set([0, 0, 1, 2]);
  new Int32Array(raw.memory.buffer, raw.address(1), 2).set([0, 1]);
  new Int32Array(raw.memory.buffer, raw.address(2), 4).set([0, 0, 0, 0]);
}

function query(raw: Raw, a: number[], b: number[] = []): void {
  expect(raw.begin(a.length, b.length)).toBe(OK);
  new Int32Array(raw.memory.buffer, raw.address(11), a.length).set(a);
  new Int32Array(raw.memory.buffer, raw.address(12), b.length).set(b);
}

describe("raw exports", () => {
  test("queries before a build say NOT_BUILT", () => {
    const raw = instance();
    expect(raw.collect(0)).toBe(NOT_BUILT);
    expect(raw.begin(0, 0)).toBe(OK);
    expect(raw.ancestors(0)).toBe(NOT_BUILT);
    expect(raw.order()).toBe(NOT_BUILT);
  });

  test("negative sizes, bad offsets and ids out of range are BAD_INPUT", () => {
    const raw = instance();
    expect(raw.prepare(-1, 0, 0)).toBe(BAD_INPUT);
    chain(raw);
    new Int32Array(raw.memory.buffer, raw.address(1), 2).set([0, 7]);
    expect(raw.build()).toBe(BAD_INPUT);
    chain(raw);
    new Int32Array(raw.memory.buffer, raw.address(0), 4).set([0, 2, 1, 2]);
    expect(raw.build()).toBe(BAD_INPUT);
    chain(raw);
    expect(raw.build()).toBe(OK);
    query(raw, [3]);
    expect(raw.ancestors(0)).toBe(BAD_INPUT);
    query(raw, [-1]);
    expect(raw.order()).toBe(BAD_INPUT);
    query(raw, [0], [99]);
    expect(raw.reach(0, 1)).toBe(BAD_INPUT);
    expect(raw.begin(-5, 0)).toBe(BAD_INPUT);
    query(raw, [0]);
    expect(raw.ancestors(7)).toBe(BAD_INPUT);
    expect(raw.collect(99)).toBe(BAD_INPUT);
    expect(raw.address(99)).toBe(0);
  });

  test("still answers correctly after refusing bad input", () => {
    const raw = instance();
    chain(raw);
    expect(raw.build()).toBe(OK);
    query(raw, [2]);
    expect(raw.ancestors(0)).toBe(OK);
    expect([...new Uint8Array(raw.memory.buffer, raw.address(10), raw.resultLength())]).toEqual([1, 1, 1]);
    query(raw, [0, 1, 2]);
    expect(raw.order()).toBe(OK);
    expect([...new Int32Array(raw.memory.buffer, raw.address(10), raw.resultLength())]).toEqual([2, 1, 0]);
  });

  test("many queries on one instance do not grow memory without bound", () => {
    const built = wasmEngine(toRows(Array.from({ length: 5000 }, (_, i) => (i ? [i - 1] : [])), Array.from({ length: 5000 }, () => [])));
    if (!built.ok) throw new Error(built.problem);
    for (let k = 0; k < 2000; k++) built.engine.ancestors([k], 1);
    const raw = instance();
    chain(raw);
    raw.build();
    const before = raw.memory.buffer.byteLength;
    for (let k = 0; k < 2000; k++) {
      query(raw, [k % 3]);
      raw.descendants(1);
    }
    expect(raw.memory.buffer.byteLength).toBe(before);
  });

  test("the TS wrapper turns engine failures into errors, never traps", () => {
    const built = wasmEngine(toRows([[], [0]], [[], []]));
    if (!built.ok) throw new Error(built.problem);
    expect(() => built.engine.ancestors([5], 0)).toThrow("Revision graph engine failed in ancestors: badInput");
  });
});

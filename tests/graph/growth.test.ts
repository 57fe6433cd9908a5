/**
 * The graph's work grows linearly with the number of revisions (issue 12). Work is
 * counted, never timed: a build of the WebAssembly engine compiled with
 * `--use COUNT_WORK=1` counts every read of its arrays (wasm/graph/state.ts), and the
 * test runs what `heads`, `history`, `branches` and a full `upgrade`/`downgrade` plan
 * ask of it on linear and branchy histories of 1,000, 10,000 and 100,000 revisions.
 * A quadratic step anywhere in those paths multiplies the count by ~100 per 10x.
 */
import { beforeAll, describe, expect, test } from "bun:test";
import { RevisionMap } from "../../core/graph/mod.ts";
import { type WasmGraph, wasmEngineOn } from "../../core/graph/wasm_engine.ts";
import type { EngineFactory } from "../../core/graph/engine.ts";
import type { RevisionHeader } from "../../core/script/revision_header.ts";
import { compileGraphWasm } from "../../scripts/build_wasm.ts";
import { linearHistory } from "./history_shapes.ts";
import { projectHistory } from "./order_shapes.ts";

const SIZES = [1_000, 10_000, 100_000] as const;
const SHAPES: Record<string, (size: number) => RevisionHeader[]> = { linear: linearHistory, branchy: projectHistory };
/** Room above exact proportionality for logarithmic factors (heaps, skip levels) and constant costs. */
const SLACK = 1.5;

let counting: WebAssembly.Module;
beforeAll(async () => {
  counting = new WebAssembly.Module(new Uint8Array(await compileGraphWasm(["--use", "COUNT_WORK=1"])));
}, 60_000);

/** Array reads done by the engines behind one map while it answers the graph commands and plans. */
function workFor(headers: readonly RevisionHeader[]): number {
  const engines: WasmGraph[] = [];
  const on = wasmEngineOn(counting);
  const engine: EngineFactory = (rows) => {
    const built = on(rows);
    if (built.ok) engines.push(built.engine as WasmGraph);
    return built;
  };
  const map = new RevisionMap(headers, { engine });
  const heads = map.heads().map((r) => r.revision);
  expect(heads.length).toBeGreaterThan(0);
  expect(map.history().length).toBe(headers.length);
  map.branchPoints();
  expect(map.planUpgrade([], "heads").steps.length).toBe(headers.length);
  expect(map.planDowngrade(heads, "base").steps.length).toBe(headers.length);
  const counts = engines.map((e) => e.workDone());
  expect(counts.every((c) => c >= 0)).toBe(true);
  return counts.reduce((a, b) => a + b, 0);
}

describe("graph work grows linearly from 1,000 to 100,000 revisions", () => {
  const perRevision: Record<string, number[]> = {};

  for (const [shape, history] of Object.entries(SHAPES)) {
    test(shape, () => {
      const work = SIZES.map((size) => workFor(history(size)));
      perRevision[shape] = work.map((w, i) => w / SIZES[i]!);
      for (let i = 1; i < SIZES.length; i++) {
        const growth = work[i]! / work[i - 1]!;
        const sizeGrowth = SIZES[i]! / SIZES[i - 1]!;
        if (growth > sizeGrowth * SLACK) {
          throw new Error(`${shape}: ${SIZES[i - 1]} -> ${SIZES[i]} revisions multiplied the work by ${growth.toFixed(1)} (${work.join(", ")} reads)`);
        }
      }
    }, 120_000);
  }

  test("a linear chain costs no more per revision than a branchy history", () => {
    const linear = perRevision.linear!.at(-1)!;
    const branchy = perRevision.branchy!.at(-1)!;
    expect(linear).toBeLessThanOrEqual(branchy);
  });
});

test("mig's own engine is built without the counter", async () => {
  const map = new RevisionMap(linearHistory(10));
  expect(map.heads().length).toBe(1);
  const { wasmEngine } = await import("../../core/graph/wasm_engine.ts");
  const built = wasmEngine({ size: 1, parentOffsets: new Int32Array([0, 0]), parents: new Int32Array(0), dependencyOffsets: new Int32Array([0, 0]), dependencies: new Int32Array(0) });
  expect(built.ok && (built.engine as WasmGraph).workDone()).toBe(-1);
});

/**
 * Times the revision graph on the WebAssembly engine against the plain TypeScript
 * reference (tests/graph/reference.ts) at 1,000 / 10,000 / 100,000 revisions and prints
 * one table with ratios. Not a test; numbers vary by machine. Shapes: linear; branchy
 * (tests/graph/history_shapes.ts); project (the graph benchmark's branchy project,
 * scripts/bench/graph_projects.ts: feature branches, three labeled lines, 1%
 * dependencies); forked (three lines from near the base, never merging, each with
 * feature branches, 1% dependencies across them).
 *
 *   bun scripts/bench_graph_engine.ts [--sizes 1000,10000,100000] [--shapes linear,project]
 *
 * Engine rows time single engine calls; map rows time what a command does end to end
 * on top of the engine (build the RevisionMap, format `history`, plan `upgrade heads`).
 * The reference's walk order recomputes ancestor sets as Alembic does (quadratic on
 * branchy graphs); a row whose reference run would exceed the budget is skipped. The
 * walk order row also says whether the engine followed Alembic's walk to the end
 * (`lastOrderExact()`) or finished with its linear rule.
 */
import { RevisionMap, historyEntry } from "../core/graph/mod.ts";
import { Classification, EdgeMode, type EngineFactory, type GraphEngine } from "../core/graph/engine.ts";
import { internHeaders } from "../core/graph/intern.ts";
import { wasmEngine } from "../core/graph/wasm_engine.ts";
import type { RevisionHeader } from "../core/script/revision_header.ts";
import { referenceEngine } from "../tests/graph/reference.ts";
import { branchyHistory, linearHistory } from "../tests/graph/history_shapes.ts";
import { forkedHistory, projectHistory } from "../tests/graph/order_shapes.ts";

function option(name: string): string[] | null {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]!.split(",") : null;
}

const SIZES = option("--sizes")?.map(Number) ?? [1_000, 10_000, 100_000];
const SHAPES: Record<string, (size: number) => RevisionHeader[]> = {
  linear: (size) => linearHistory(size),
  branchy: (size) => branchyHistory({ size, parallel: 8, branchRate: 0.4, dependencyRate: 0.002 }),
  project: (size) => projectHistory(size),
  forked: (size) => forkedHistory({ size, branches: 3, dependencyRate: 0.01, featureRate: 0.1 }),
};
const SHAPE_NAMES = option("--shapes") ?? Object.keys(SHAPES);
/** Skip a reference measurement expected to take longer than this. */
const BUDGET_MS = 20_000;

interface Row {
  shape: string;
  size: number;
  operation: string;
  wasm: number;
  reference: number | null;
  /** Walk order only: whether the engine followed Alembic's walk throughout. */
  exact?: boolean;
}

/** Collects garbage left by the previous measurement (Bun only; a no-op elsewhere). */
function settle(): void {
  (globalThis as { Bun?: { gc(force: boolean): void } }).Bun?.gc(true);
}

function time(fn: () => unknown): number {
  settle();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Best of three runs (the first warms the JIT), one more only for slow ones. Also used by bench_graph.ts. */
export function measure(fn: () => unknown): number {
  const first = time(fn);
  if (first > 2_000) return first;
  return Math.min(first, time(fn), time(fn));
}

function built(factory: EngineFactory, headers: readonly RevisionHeader[]): GraphEngine {
  const result = factory(internHeaders(headers).rows);
  if (!result.ok) throw new Error(result.problem);
  return result.engine;
}

function engineRows(shape: string, headers: readonly RevisionHeader[], rows: Row[]): void {
  const size = headers.length;
  const interned = internHeaders(headers);
  const all = [...Array(size).keys()];
  const engines = { wasm: built(wasmEngine, headers), reference: built(referenceEngine, headers) };
  const heads = engines.wasm.collect(Classification.realHeads);
  const operations: Array<[string, (engine: GraphEngine, factory: EngineFactory) => unknown, boolean]> = [
    ["engine: build", (_e, factory) => factory(interned.rows), true],
    ["engine: heads", (e) => e.collect(Classification.heads), true],
    ["engine: ancestors of heads", (e) => e.ancestors(heads, EdgeMode.all), true],
    ["engine: upgrade set base->heads", (e) => e.upgradeSet(heads, [], { implicitBase: true, inclusive: false, checkAncestry: false }), true],
    ["engine: Alembic walk order", (e) => e.order(all), shape === "linear" || size <= 10_000],
  ];
  for (const [operation, run, referenceFeasible] of operations) {
    const wasm = measure(() => run(engines.wasm, wasmEngine));
    const exact = operation.includes("walk order") ? engines.wasm.lastOrderExact() : undefined;
    const reference = referenceFeasible ? measure(() => run(engines.reference, referenceEngine)) : null;
    rows.push({ shape, size, operation, wasm, reference, exact });
  }
}

function mapRows(shape: string, headers: readonly RevisionHeader[], rows: Row[]): void {
  const size = headers.length;
  const feasible = shape === "linear" || size <= 10_000;
  const run = (engine: EngineFactory) => {
    const map = new RevisionMap(headers, { engine });
    const build = measure(() => new RevisionMap(headers, { engine }));
    const history = measure(() => map.history().map((r) => historyEntry(r)).join("\n"));
    const plan = measure(() => map.planUpgrade([], "heads"));
    return { build, history, plan };
  };
  const wasm = run(wasmEngine);
  const reference = feasible ? run(referenceEngine) : null;
  rows.push(
    { shape, size, operation: "map: build RevisionMap", wasm: wasm.build, reference: reference?.build ?? null },
    { shape, size, operation: "map: history, formatted", wasm: wasm.history, reference: reference?.history ?? null },
    { shape, size, operation: "map: plan upgrade base->heads", wasm: wasm.plan, reference: reference?.plan ?? null },
  );
}

function print(rows: readonly Row[]): void {
  const header = ["shape", "revisions", "operation", "wasm ms", "reference ms", "reference/wasm", "exact"];
  const lines = rows.map((r) => [
    r.shape,
    r.size.toLocaleString("en-US"),
    r.operation,
    r.wasm.toFixed(1),
    r.reference === null ? `skipped (> ${BUDGET_MS / 1000} s)` : r.reference.toFixed(1),
    r.reference === null ? "-" : `${(r.reference / Math.max(r.wasm, 0.01)).toFixed(1)}x`,
    r.exact === undefined ? "" : r.exact ? "yes" : "NO (linear rule)",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i >= 3 && i <= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  console.log(format(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
}

// Runs only as a script: bench_graph.ts imports `measure` from here.
if (import.meta.main) main();

function main(): void {
  const rows: Row[] = [];
  for (const size of SIZES) {
    for (const shape of SHAPE_NAMES) {
      const make = SHAPES[shape];
      if (!make) throw new Error(`unknown shape ${shape}; known: ${Object.keys(SHAPES).join(", ")}`);
      const headers = make(size);
      engineRows(shape, headers, rows);
      mapRows(shape, headers, rows);
      console.error(`measured ${shape} ${size}`);
    }
  }
  print(rows);
}

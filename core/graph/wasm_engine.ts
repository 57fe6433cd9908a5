/**
 * The WebAssembly engine: one module compiled per process, one instance per graph.
 * Inputs are written into the instance's memory, results copied out, so nothing
 * returned here aliases WebAssembly memory (which moves when it grows).
 */
import { GRAPH_WASM_BASE64 } from "../../wasm/graph_wasm.ts";
import { Address, PROBLEMS, Status, UpgradeFlag, type Exports } from "./wasm_abi.ts";
import type {
  Classification, EdgeMode, EngineBuild, EngineFactory, GraphEngine, GraphRows, ReachOptions,
  UpgradeSet, UpgradeSetOptions,
} from "./engine.ts";

let compiled: WebAssembly.Module | undefined;

function graphModule(): WebAssembly.Module {
  if (!compiled) {
    const text = atob(GRAPH_WASM_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    compiled = new WebAssembly.Module(bytes);
  }
  return compiled;
}

/** Anything but OK here is a bug in the caller or exhausted memory, never user input. */
function expectOk(status: number, what: string): void {
  if (status === Status.ok) return;
  const name = Object.entries(Status).find(([, code]) => code === status)?.[0] ?? String(status);
  throw new Error(`Revision graph engine failed in ${what}: ${name}`);
}

export const wasmEngine: EngineFactory = (rows: GraphRows): EngineBuild => buildOn(graphModule(), rows);

/** The engine on another build of the module (tests/graph/growth.test.ts passes its work-counting one). */
export function wasmEngineOn(module: WebAssembly.Module): EngineFactory {
  return (rows) => buildOn(module, rows);
}

function buildOn(module: WebAssembly.Module, rows: GraphRows): EngineBuild {
  const exports = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
  expectOk(
    exports.prepare(rows.size, rows.parents.length, rows.dependencies.length),
    "prepare",
  );
  const buffer = exports.memory.buffer;
  new Int32Array(buffer, exports.address(Address.parentOffsets), rows.size + 1).set(rows.parentOffsets);
  new Int32Array(buffer, exports.address(Address.parents), rows.parents.length).set(rows.parents);
  new Int32Array(buffer, exports.address(Address.dependencyOffsets), rows.size + 1)
    .set(rows.dependencyOffsets);
  new Int32Array(buffer, exports.address(Address.dependencies), rows.dependencies.length)
    .set(rows.dependencies);
  const status = exports.build();
  const problem = PROBLEMS[status];
  if (problem) return { ok: false, problem, nodes: resultList(exports) };
  expectOk(status, "build");
  return { ok: true, engine: new WasmGraph(exports, rows) };
}

function resultList(exports: Exports): Int32Array {
  return new Int32Array(exports.memory.buffer, exports.address(Address.result), exports.resultLength())
    .slice();
}

function resultBytes(exports: Exports): Uint8Array {
  return new Uint8Array(exports.memory.buffer, exports.address(Address.result), exports.resultLength())
    .slice();
}

export class WasmGraph implements GraphEngine {
  readonly #x: Exports;
  readonly size: number;
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;
  readonly dependentOffsets: Int32Array;
  readonly dependents: Int32Array;
  readonly dependencyFlags: Uint8Array;

  constructor(exports: Exports, rows: GraphRows) {
    this.#x = exports;
    this.size = rows.size;
    this.childOffsets = this.#copy(Address.childOffsets, rows.size + 1);
    this.children = this.#copy(Address.children, this.childOffsets[rows.size] ?? 0);
    this.dependentOffsets = this.#copy(Address.dependentOffsets, rows.size + 1);
    this.dependents = this.#copy(Address.dependents, this.dependentOffsets[rows.size] ?? 0);
    this.dependencyFlags = new Uint8Array(
      exports.memory.buffer, exports.address(Address.dependencyFlags), rows.dependencies.length,
    ).slice();
  }

  #copy(which: number, length: number): Int32Array {
    return new Int32Array(this.#x.memory.buffer, this.#x.address(which), length).slice();
  }

  #input(a: ArrayLike<number>, b: ArrayLike<number> = []): void {
    const x = this.#x;
    expectOk(x.begin(a.length, b.length), "begin");
    new Int32Array(x.memory.buffer, x.address(Address.inputA), a.length).set(a);
    new Int32Array(x.memory.buffer, x.address(Address.inputB), b.length).set(b);
  }

  collect(kind: Classification): Int32Array {
    expectOk(this.#x.collect(kind), "collect");
    return resultList(this.#x);
  }

  topological(): Int32Array {
    expectOk(this.#x.topological(), "topological");
    return resultList(this.#x);
  }

  ancestors(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array {
    this.#input(ids);
    expectOk(this.#x.ancestors(mode), "ancestors");
    return resultBytes(this.#x);
  }

  descendants(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array {
    this.#input(ids);
    expectOk(this.#x.descendants(mode), "descendants");
    return resultBytes(this.#x);
  }

  lineage(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array {
    this.#input(ids);
    expectOk(this.#x.lineage(mode), "lineage");
    return resultBytes(this.#x);
  }

  reach(candidates: ArrayLike<number>, sources: ArrayLike<number>, options: ReachOptions): Uint8Array {
    this.#input(candidates, sources);
    expectOk(this.#x.reach(options.strict ? 1 : 0, options.mode), "reach");
    return resultBytes(this.#x);
  }

  order(ids: ArrayLike<number>): Int32Array {
    this.#input(ids);
    expectOk(this.#x.order(), "order");
    return resultList(this.#x);
  }

  /** Array reads so far on a work-counting build (wasm/graph/state.ts), else -1. */
  workDone(): number {
    return this.#x.workDone();
  }

  lastOrderExact(): boolean {
    return this.#x.orderWasExact() === 1;
  }

  upgradeSet(
    targets: ArrayLike<number>, current: ArrayLike<number>, options: UpgradeSetOptions,
  ): UpgradeSet {
    this.#input(targets, current);
    const flags = (options.implicitBase ? UpgradeFlag.implicitBase : 0)
      | (options.inclusive ? UpgradeFlag.inclusive : 0)
      | (options.checkAncestry ? UpgradeFlag.checkAncestry : 0);
    const status = this.#x.upgradeSet(flags);
    if (status === Status.notAncestor) return { ok: false, offender: resultList(this.#x)[0] ?? -1 };
    expectOk(status, "upgradeSet");
    return { ok: true, mask: resultBytes(this.#x) };
  }

  downgradeSet(roots: ArrayLike<number>, heads: ArrayLike<number>, implicitBase: boolean): Uint8Array {
    this.#input(roots, heads);
    expectOk(this.#x.downgradeSet(implicitBase ? UpgradeFlag.implicitBase : 0), "downgradeSet");
    return resultBytes(this.#x);
  }
}

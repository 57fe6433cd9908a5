/**
 * The numbers the WebAssembly module (wasm/graph.ts) and its host agree on: status
 * codes, memory addresses, flags and the exports' signatures. Kept in one place so a
 * change on one side has one place to change on the other.
 */
import type { GraphProblem } from "./engine.ts";

/** Mirrors wasm/graph/status.ts. */
export const Status = {
  ok: 0, selfLoop: 1, dependencySelfLoop: 2, cycle: 3, dependencyCycle: 4,
  badInput: 5, outOfMemory: 6, notAncestor: 7, notBuilt: 8,
} as const;

export const PROBLEMS: Record<number, GraphProblem> = {
  [Status.selfLoop]: "self-loop",
  [Status.dependencySelfLoop]: "dependency-self-loop",
  [Status.cycle]: "cycle",
  [Status.dependencyCycle]: "dependency-cycle",
};

/** Mirrors `address` in wasm/graph/collect.ts. */
export const Address = {
  parentOffsets: 0, parents: 1, dependencyOffsets: 2, dependencies: 3, dependencyFlags: 4,
  childOffsets: 5, children: 6, ranks: 9, result: 10, inputA: 11, inputB: 12,
  dependentOffsets: 13, dependents: 14,
} as const;

/** Mirrors the flags of `upgradeSet` in wasm/graph/queries.ts. */
export const UpgradeFlag = { implicitBase: 1, inclusive: 2, checkAncestry: 4 } as const;

export interface Exports {
  readonly memory: WebAssembly.Memory;
  prepare(size: number, parentCount: number, dependencyCount: number): number;
  build(): number;
  begin(aLength: number, bLength: number): number;
  ancestors(mode: number): number;
  descendants(mode: number): number;
  lineage(mode: number): number;
  reach(strict: number, mode: number): number;
  order(): number;
  orderWasExact(): number;
  upgradeSet(flags: number): number;
  downgradeSet(flags: number): number;
  collect(kind: number): number;
  topological(): number;
  address(which: number): number;
  resultLength(): number;
  workDone(): number;
}

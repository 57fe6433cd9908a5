/**
 * The graph work of `heads`, `history` and `branches` alone, in process: build the
 * RevisionMap from headers already read, ask it what the command asks, format the
 * lines. Timed on the WebAssembly engine and on the plain-TypeScript reference
 * (tests/graph/reference.ts) with bench_graph_engine.ts's `measure` (best of three).
 */
import { branchesEntry, headsEntry, historyEntry, RevisionMap } from "../../core/graph/mod.ts";
import type { EngineFactory } from "../../core/graph/engine.ts";
import { wasmEngine } from "../../core/graph/wasm_engine.ts";
import type { RevisionHeader } from "../../core/script/revision_header.ts";
import { referenceEngine } from "../../tests/graph/reference.ts";
import { measure } from "../bench_graph_engine.ts";

export type GraphCommand = "heads" | "history" | "branches";

export const ENGINES: Record<"wasm" | "reference", EngineFactory> = { wasm: wasmEngine, reference: referenceEngine };

/** What the command prints, as the command builds it (core/commands/{heads,history,branches}.ts). */
export function graphWork(command: GraphCommand, headers: readonly RevisionHeader[], engine: EngineFactory): string {
  const map = new RevisionMap(headers, { engine });
  if (command === "heads") return map.heads().map((rev) => headsEntry(rev)).join("\n");
  if (command === "history") return map.history().map((rev) => historyEntry(rev)).join("\n");
  return map.branchPoints()
    .map((point) => branchesEntry(point, point.children.map((id) => map.get(id)!)))
    .join("\n");
}

/** Milliseconds, best of three. */
export function timeGraphWork(command: GraphCommand, headers: readonly RevisionHeader[], engine: EngineFactory): number {
  return measure(() => graphWork(command, headers, engine));
}

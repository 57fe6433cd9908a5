// The revision graph engine, compiled to WebAssembly by scripts/build_wasm.ts.
//
// The host (core/graph/wasm_engine.ts) numbers revisions 0..n-1, writes down revisions
// and resolved dependencies as compressed rows, and calls `build`. Every export takes
// and returns numbers only, reports problems as status codes (graph/status.ts) and
// never traps on bad input: ids are range-checked and memory growth failure is a status.
export { prepare, build } from "./graph/build";
export {
  begin, ancestors, descendants, lineage, reach, upgradeSet, downgradeSet,
} from "./graph/queries";
export { order, orderWasExact } from "./graph/order";
export { collect, topological, address, resultLength } from "./graph/collect";
export { workDone } from "./graph/state";

/** The revision graph: heads, identifiers, history, plans and Alembic's output lines. */
export { RevisionMap, type RevisionMapOptions } from "./revision_map.ts";
export { Revision, type RevisionJson } from "./revision.ts";
export type { Plan, PlanStep } from "./plan.ts";
export type { VersionChange } from "./bookkeeping.ts";
export { historyNeedsCurrent, parseHistoryRange, type HistoryOptions, type HistoryRange } from "./history.ts";
export type { NewRevision, NewRevisionOptions } from "./new_revision.ts";
export { splitRange, type RevisionRange } from "./range.ts";
export {
  branchesEntry, currentEntry, currentHeader, downRevisionText, headsEntry, historyEntry,
  revisionLine, verboseEntry, type EntryOptions, type LineOptions,
} from "./format.ts";
export type { EngineFactory, GraphEngine, GraphRows } from "./engine.ts";
export { wasmEngine } from "./wasm_engine.ts";

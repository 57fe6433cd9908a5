// Loading a graph: the host reserves input rows with `prepare`, writes them, then calls
// `build`, which validates them and derives everything the queries need.
import { G, get, getByte, put, putByte, valid, words, bytes } from "./state";
import { alloc, allocZeroed, clear, keepAllocations } from "./heap";
import { reverseRows, rowsOf, concatRows } from "./rows";
import { findCycle } from "./cycles";
import { rankAll } from "./rank";
import { markImpliedDependencies } from "./normalize";
import {
  OK, BAD_INPUT, OUT_OF_MEMORY, SELF_LOOP, DEPENDENCY_SELF_LOOP, CYCLE,
  DEPENDENCY_CYCLE, VERSIONED, ALL, DEP_DUPLICATE, DEP_KEPT,
} from "./status";
// Persistent arrays are allocated before `keepAllocations`; every later phase works in
// scratch that the next phase (or the first query) rewinds.

/** Reserves the input rows for `n` revisions; the host then fills them. */
export function prepare(n: i32, parentCount: i32, depCount: i32): i32 {
  G.built = false;
  if (n < 0 || parentCount < 0 || depCount < 0) return BAD_INPUT;
  clear();
  G.n = n;
  G.parentCount = parentCount;
  G.depCount = depCount;
  G.parentOff = alloc(words(n + 1));
  G.parents = alloc(words(parentCount));
  G.depOff = alloc(words(n + 1));
  G.deps = alloc(words(depCount));
  if (G.parentOff == 0 || G.parents == 0 || G.depOff == 0 || G.deps == 0) return OUT_OF_MEMORY;
  return OK;
}

/** Validates the rows and derives children, dependents, ranks and dependency flags. */
export function build(): i32 {
  G.built = false;
  G.result = 0;
  G.resultLen = 0;
  if (!rowsValid(G.parentOff, G.parents, G.parentCount)) return BAD_INPUT;
  if (!rowsValid(G.depOff, G.deps, G.depCount)) return BAD_INPUT;
  const loop = findSelfLoop();
  if (loop != OK) return loop;
  G.depFlag = allocZeroed(bytes(G.depCount));
  if (G.depFlag == 0) return OUT_OF_MEMORY;
  flagDuplicateDependencies();
  G.childOff = reverseRows(G.parentOff, G.parents, G.parentCount, 0, 0);
  if (G.childOff == 0) return OUT_OF_MEMORY;
  G.children = rowsOf(G.childOff);
  G.dependentOff = reverseRows(G.depOff, G.deps, G.depCount, G.depFlag, DEP_DUPLICATE);
  if (G.dependentOff == 0) return OUT_OF_MEMORY;
  G.dependents = rowsOf(G.dependentOff);
  if (!concatRows()) return OUT_OF_MEMORY;
  G.seen = allocZeroed(words(G.n));
  G.rank = alloc(words(G.n));
  if (G.seen == 0 || G.rank == 0) return OUT_OF_MEMORY;
  G.stamp = 0;
  keepAllocations();
  const cycle = findCycle(VERSIONED);
  if (cycle != OK) return cycle == OUT_OF_MEMORY ? cycle : CYCLE;
  const depCycle = findCycle(ALL);
  if (depCycle != OK) return depCycle == OUT_OF_MEMORY ? depCycle : DEPENDENCY_CYCLE;
  if (!rankAll()) return OUT_OF_MEMORY;
  if (!markImpliedDependencies()) return OUT_OF_MEMORY;
  G.built = true;
  return OK;
}

function rowsValid(off: usize, idx: usize, count: i32): bool {
  if (get(off, 0) != 0 || get(off, G.n) != count) return false;
  for (let i = 0; i < G.n; i++) {
    if (get(off, i + 1) < get(off, i)) return false;
  }
  for (let e = 0; e < count; e++) {
    if (!valid(get(idx, e))) return false;
  }
  return true;
}

/** First revision (in host order) listing itself as parent, then as dependency. */
function findSelfLoop(): i32 {
  for (let x = 0; x < G.n; x++) {
    for (let e = get(G.parentOff, x), end = get(G.parentOff, x + 1); e < end; e++) {
      if (get(G.parents, e) == x) return selfLoop(x, SELF_LOOP);
    }
    for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
      if (get(G.deps, e) == x) return selfLoop(x, DEPENDENCY_SELF_LOOP);
    }
  }
  return OK;
}

function selfLoop(x: i32, status: i32): i32 {
  const out = alloc(4);
  if (out == 0) return OUT_OF_MEMORY;
  put(out, 0, x);
  G.result = out;
  G.resultLen = 1;
  return status;
}

/** A dependency that repeats one of the revision's parents adds nothing. */
function flagDuplicateDependencies(): void {
  for (let x = 0; x < G.n; x++) {
    const pStart = get(G.parentOff, x);
    const pEnd = get(G.parentOff, x + 1);
    for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
      const d = get(G.deps, e);
      for (let p = pStart; p < pEnd; p++) {
        if (get(G.parents, p) == d) {
          putByte(G.depFlag, e, DEP_DUPLICATE);
          break;
        }
      }
      if (getByte(G.depFlag, e) != DEP_DUPLICATE) putByte(G.depFlag, e, DEP_KEPT);
    }
  }
}

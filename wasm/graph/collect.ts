// Per-revision classifications as id lists (ascending), and raw addresses for the host.
import { G, get, getByte, put, words } from "./state";
import { alloc, rewind } from "./heap";
import { OK, BAD_INPUT, NOT_BUILT, OUT_OF_MEMORY, DEP_DUPLICATE } from "./status";

export const HEADS: i32 = 0;
export const REAL_HEADS: i32 = 1;
export const BASES: i32 = 2;
export const REAL_BASES: i32 = 3;
export const BRANCH_POINTS: i32 = 4;
export const REAL_BRANCH_POINTS: i32 = 5;
export const MERGE_POINTS: i32 = 6;

/**
 * HEADS: no children; REAL_HEADS: no children and no dependents; BASES: no down
 * revisions; REAL_BASES: no down revisions and no dependencies; BRANCH_POINTS: two or
 * more children (REAL_: counting dependents); MERGE_POINTS: two or more down revisions.
 */
export function collect(kind: i32): i32 {
  if (!G.built) return NOT_BUILT;
  if (kind < HEADS || kind > MERGE_POINTS) return BAD_INPUT;
  rewind();
  const out = alloc(words(G.n));
  if (out == 0) return OUT_OF_MEMORY;
  let k = 0;
  for (let x = 0; x < G.n; x++) {
    if (matches(x, kind)) put(out, k++, x);
  }
  G.result = out;
  G.resultLen = k;
  return OK;
}

function matches(x: i32, kind: i32): bool {
  const children = get(G.childOff, x + 1) - get(G.childOff, x);
  const all = get(G.allOff, x + 1) - get(G.allOff, x);
  const parents = get(G.parentOff, x + 1) - get(G.parentOff, x);
  if (kind == HEADS) return children == 0;
  if (kind == REAL_HEADS) return all == 0;
  if (kind == BASES) return parents == 0;
  if (kind == REAL_BASES) return parents == 0 && !hasDependency(x);
  if (kind == BRANCH_POINTS) return children > 1;
  if (kind == REAL_BRANCH_POINTS) return all > 1;
  return parents > 1;
}

function hasDependency(x: i32): bool {
  for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
    if (getByte(G.depFlag, e) != DEP_DUPLICATE) return true;
  }
  return false;
}

/**
 * Every revision, parents first: the order ranks come from (Kahn's algorithm, ready
 * revisions in id order, each releasing its children then dependents). Linear.
 */
export function topological(): i32 {
  if (!G.built) return NOT_BUILT;
  rewind();
  const out = alloc(words(G.n));
  if (out == 0) return OUT_OF_MEMORY;
  for (let x = 0; x < G.n; x++) put(out, get(G.rank, x), x);
  G.result = out;
  G.resultLen = G.n;
  return OK;
}

/**
 * 0 parent offsets, 1 parents, 2 dependency offsets, 3 dependencies, 4 dependency
 * flags (u8), 5 child offsets, 6 children, 7 all-children offsets, 8 all children,
 * 9 ranks, 10 result, 11 input A, 12 input B, 13 dependent offsets, 14 dependents.
 * Anything else: 0.
 */
export function address(which: i32): usize {
  switch (which) {
    case 0: return G.parentOff;
    case 1: return G.parents;
    case 2: return G.depOff;
    case 3: return G.deps;
    case 4: return G.depFlag;
    case 5: return G.childOff;
    case 6: return G.children;
    case 7: return G.allOff;
    case 8: return G.all;
    case 9: return G.rank;
    case 10: return G.result;
    case 11: return G.a;
    case 12: return G.b;
    case 13: return G.dependentOff;
    case 14: return G.dependents;
  }
  return 0;
}

/** Entries in the result: bytes for masks and flags, ids for lists. */
export function resultLength(): i32 {
  return G.resultLen;
}

// Cycle detection. Alembic reports the revisions that are not both below some head and
// above some base; that test misses a cycle reachable from both sides, so a Kahn peel
// runs afterwards and reports what is left on or between cycles.
import { G, get, getByte, put, putByte, words, bytes } from "./state";
import { alloc, allocZeroed, rewind } from "./heap";
import { markAncestors, markDescendants } from "./traverse";
import { OK, CYCLE, OUT_OF_MEMORY, ALL, DEP_DUPLICATE } from "./status";

/** OK, or CYCLE with the involved revisions (ascending) in the result list. */
export function findCycle(mode: i32): i32 {
  rewind();
  const n = G.n;
  if (n == 0) return OK;
  const stack = alloc(words(n));
  const heads = alloc(words(n));
  const bases = alloc(words(n));
  const below = allocZeroed(bytes(n));
  const above = allocZeroed(bytes(n));
  const out = alloc(words(n));
  if (stack == 0 || heads == 0 || bases == 0 || below == 0 || above == 0 || out == 0) {
    return OUT_OF_MEMORY;
  }
  let h = 0;
  let b = 0;
  for (let x = 0; x < n; x++) {
    if (childCount(x, mode) == 0) put(heads, h++, x);
    if (parentCount(x, mode) == 0) put(bases, b++, x);
  }
  if (h == 0 || b == 0) {
    for (let x = 0; x < n; x++) put(out, x, x);
    return report(out, n);
  }
  markAncestors(below, heads, h, mode, stack);
  markDescendants(above, bases, b, mode, stack);
  let k = 0;
  for (let x = 0; x < n; x++) {
    if (getByte(below, x) == 0 || getByte(above, x) == 0) put(out, k++, x);
  }
  if (k > 0) return report(out, k);
  return peel(mode, out, stack, below);
}

function report(out: usize, k: i32): i32 {
  G.result = out;
  G.resultLen = k;
  return CYCLE;
}

/** Children in `mode` (children, or children plus dependents). */
function childCount(x: i32, mode: i32): i32 {
  const off = mode == ALL ? G.allOff : G.childOff;
  return get(off, x + 1) - get(off, x);
}

/** Parents in `mode` (down revisions, plus dependencies that are not duplicates). */
function parentCount(x: i32, mode: i32): i32 {
  let count = get(G.parentOff, x + 1) - get(G.parentOff, x);
  if (mode != ALL) return count;
  for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
    if (getByte(G.depFlag, e) != DEP_DUPLICATE) count++;
  }
  return count;
}

/** Kahn from the bases, then from the heads among what remains; `gone` is scratch. */
function peel(mode: i32, out: usize, queue: usize, gone: usize): i32 {
  const n = G.n;
  const degree = alloc(words(n));
  if (degree == 0) return OUT_OF_MEMORY;
  memory.fill(gone, 0, <usize>n);
  const off = mode == ALL ? G.allOff : G.childOff;
  const idx = mode == ALL ? G.all : G.children;
  let tail = 0;
  for (let x = 0; x < n; x++) {
    put(degree, x, parentCount(x, mode));
    if (get(degree, x) == 0) put(queue, tail++, x);
  }
  for (let head = 0; head < tail; head++) {
    const x = get(queue, head);
    putByte(gone, x, 1);
    for (let e = get(off, x), end = get(off, x + 1); e < end; e++) {
      const c = get(idx, e);
      put(degree, c, get(degree, c) - 1);
      if (get(degree, c) == 0) put(queue, tail++, c);
    }
  }
  if (tail == n) return OK;
  // Drop what only hangs above a cycle: peel leftovers that have no leftover children.
  tail = 0;
  for (let x = 0; x < n; x++) {
    if (getByte(gone, x) != 0) continue;
    let live = 0;
    for (let e = get(off, x), end = get(off, x + 1); e < end; e++) {
      if (getByte(gone, get(idx, e)) == 0) live++;
    }
    put(degree, x, live);
    if (live == 0) put(queue, tail++, x);
  }
  for (let head = 0; head < tail; head++) {
    const x = get(queue, head);
    putByte(gone, x, 1);
    tail = releaseParents(x, mode, degree, gone, queue, tail);
  }
  let k = 0;
  for (let x = 0; x < n; x++) {
    if (getByte(gone, x) == 0) put(out, k++, x);
  }
  return report(out, k);
}

function releaseParents(x: i32, mode: i32, degree: usize, gone: usize, queue: usize, tail: i32): i32 {
  for (let e = get(G.parentOff, x), end = get(G.parentOff, x + 1); e < end; e++) {
    tail = release(get(G.parents, e), degree, gone, queue, tail);
  }
  if (mode != ALL) return tail;
  for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
    if (getByte(G.depFlag, e) == DEP_DUPLICATE) continue;
    tail = release(get(G.deps, e), degree, gone, queue, tail);
  }
  return tail;
}

@inline function release(p: i32, degree: usize, gone: usize, queue: usize, tail: i32): i32 {
  if (getByte(gone, p) != 0) return tail;
  put(degree, p, get(degree, p) - 1);
  if (get(degree, p) == 0) put(queue, tail++, p);
  return tail;
}

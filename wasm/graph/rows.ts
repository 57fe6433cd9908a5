// Reverse rows: children from parents, dependents from dependencies. A row block is
// the n+1 offsets immediately followed by the row entries.
import { G, get, getByte, put, words } from "./state";
import { alloc, allocZeroed } from "./heap";

/** Where the entries of a row block start. */
@inline export function rowsOf(block: usize): usize {
  return block + words(G.n + 1);
}

/**
 * Lists every edge source under its target, sources ascending. Edges whose u8 flag
 * equals `skip` are left out (flags = 0 keeps all). Returns the block, or 0 when out
 * of memory.
 */
export function reverseRows(off: usize, idx: usize, edges: i32, flags: usize, skip: i32): usize {
  const n = G.n;
  let kept = 0;
  for (let e = 0; e < edges; e++) {
    if (flags == 0 || getByte(flags, e) != skip) kept++;
  }
  const block = allocZeroed(words(n + 1 + kept));
  if (block == 0) return 0;
  const rows = rowsOf(block);
  for (let e = 0; e < edges; e++) {
    if (flags != 0 && getByte(flags, e) == skip) continue;
    const t = get(idx, e);
    put(block, t, get(block, t) + 1);
  }
  // Running totals: entry t becomes the end of row t; filling backwards turns it into
  // the start of row t, which is exactly the offset layout.
  for (let t = 1; t < n; t++) put(block, t, get(block, t) + get(block, t - 1));
  put(block, n, kept);
  for (let s = n - 1; s >= 0; s--) {
    for (let e = get(off, s + 1) - 1, start = get(off, s); e >= start; e--) {
      if (flags != 0 && getByte(flags, e) == skip) continue;
      const t = get(idx, e);
      const at = get(block, t) - 1;
      put(block, t, at);
      put(rows, at, s);
    }
  }
  return block;
}

/** Children followed by dependents for every revision (Alembic's `_all_nextrev`). */
export function concatRows(): bool {
  const n = G.n;
  const total = get(G.childOff, n) + get(G.dependentOff, n);
  const block = alloc(words(n + 1 + total));
  if (block == 0) return false;
  const rows = rowsOf(block);
  let at = 0;
  for (let x = 0; x < n; x++) {
    put(block, x, at);
    for (let e = get(G.childOff, x), end = get(G.childOff, x + 1); e < end; e++) {
      put(rows, at++, get(G.children, e));
    }
    for (let e = get(G.dependentOff, x), end = get(G.dependentOff, x + 1); e < end; e++) {
      put(rows, at++, get(G.dependents, e));
    }
  }
  put(block, n, at);
  G.allOff = block;
  G.all = rows;
  return true;
}

// Depth-first marking over the compressed rows with an explicit stack (no recursion, so
// a 100,000-long chain is fine). Each revision is pushed at most once.
import { G, get, getByte, put, putByte, nextStamp } from "./state";
import { ALL, DEP_DUPLICATE } from "./status";

/** Marks `sources` and everything below them in `mask` (u8 per revision, pre-zeroed). */
export function markAncestors(
  mask: usize, sources: usize, count: i32, mode: i32, stack: usize,
): void {
  let depth = 0;
  for (let i = 0; i < count; i++) {
    const s = get(sources, i);
    if (getByte(mask, s) == 0) {
      putByte(mask, s, 1);
      put(stack, depth++, s);
    }
  }
  while (depth > 0) {
    const x = get(stack, --depth);
    for (let e = get(G.parentOff, x), end = get(G.parentOff, x + 1); e < end; e++) {
      const p = get(G.parents, e);
      if (getByte(mask, p) == 0) {
        putByte(mask, p, 1);
        put(stack, depth++, p);
      }
    }
    if (mode != ALL) continue;
    for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
      if (getByte(G.depFlag, e) == DEP_DUPLICATE) continue;
      const d = get(G.deps, e);
      if (getByte(mask, d) == 0) {
        putByte(mask, d, 1);
        put(stack, depth++, d);
      }
    }
  }
}

/** Marks `sources` and everything above them (children, plus dependents in ALL mode). */
export function markDescendants(
  mask: usize, sources: usize, count: i32, mode: i32, stack: usize,
): void {
  const off = mode == ALL ? G.allOff : G.childOff;
  const idx = mode == ALL ? G.all : G.children;
  let depth = 0;
  for (let i = 0; i < count; i++) {
    const s = get(sources, i);
    if (getByte(mask, s) == 0) {
      putByte(mask, s, 1);
      put(stack, depth++, s);
    }
  }
  while (depth > 0) {
    const x = get(stack, --depth);
    for (let e = get(off, x), end = get(off, x + 1); e < end; e++) {
      const c = get(idx, e);
      if (getByte(mask, c) == 0) {
        putByte(mask, c, 1);
        put(stack, depth++, c);
      }
    }
  }
}

/**
 * Stamps in `G.seen` every ancestor of `sources` (inclusive, or strictly below them when
 * `strict`) whose rank is at least `floor`. Nothing below `floor` can lead back up to a
 * revision ranked `floor` or higher, so the search stays near the sources. Returns the stamp.
 */
export function stampAncestorsAbove(
  sources: usize, count: i32, strict: bool, mode: i32, floor: i32, stack: usize,
): i32 {
  const stamp = nextStamp();
  let depth = 0;
  for (let i = 0; i < count; i++) {
    const s = get(sources, i);
    if (strict) {
      depth = pushBelow(s, mode, floor, stamp, stack, depth);
    } else if (get(G.rank, s) >= floor && get(G.seen, s) != stamp) {
      put(G.seen, s, stamp);
      put(stack, depth++, s);
    }
  }
  while (depth > 0) {
    depth = pushBelow(get(stack, depth - 1), mode, floor, stamp, stack, depth - 1);
  }
  return stamp;
}

function pushBelow(x: i32, mode: i32, floor: i32, stamp: i32, stack: usize, depth: i32): i32 {
  for (let e = get(G.parentOff, x), end = get(G.parentOff, x + 1); e < end; e++) {
    depth = visit(get(G.parents, e), floor, stamp, stack, depth);
  }
  if (mode != ALL) return depth;
  for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
    if (getByte(G.depFlag, e) == DEP_DUPLICATE) continue;
    depth = visit(get(G.deps, e), floor, stamp, stack, depth);
  }
  return depth;
}

@inline function visit(p: i32, floor: i32, stamp: i32, stack: usize, depth: i32): i32 {
  if (get(G.rank, p) < floor || get(G.seen, p) == stamp) return depth;
  put(G.seen, p, stamp);
  put(stack, depth, p);
  return depth + 1;
}

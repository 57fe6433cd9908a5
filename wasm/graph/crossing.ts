// Own down edges that are not forest edges (forest.ts): second parents of merges and
// dependencies. A walk above x that is not on the first-parent lines above x reaches
// them through such an edge u -> z entering x's subtree from outside: z in
// pos(x)..end(x), u not. These edges are kept as points (pos z, pos u), sorted by pos z
// and, in blocks of 1, 2, 4, ... of that order, by pos u (a merge-sort tree), so the
// edges entering a subtree are found in O(log^2 n) plus their number.
import { G, get, getByte, put, words } from "./state";
import { alloc, allocZeroed } from "./heap";
import { DEP_KEPT } from "./status";
import { F } from "./forest";

export class X {
  static count: i32 = 0;
  /** pos z per edge, ascending. */
  static target: usize = 0;
  /** Level k (k = 0..levels-1) at levels + k * count words: pos u, sorted within blocks of 2^k. */
  static sources: usize = 0;
  static levels: i32 = 0;
  /**
   * Per level, count + 1 words: the index of the next entry that may still matter (its
   * source not yet emitted); entries found dead are linked past, with path halving.
   */
  static skip: usize = 0;
}

export function setUpCrossing(): bool {
  const n = G.n;
  let count = 0;
  for (let u = 0; u < n; u++) count += ownDownCount(u) - (get(F.up, u) >= 0 ? 1 : 0);
  let levels = 1;
  while ((1 << (levels - 1)) < count) levels++;
  X.count = count;
  X.levels = levels;
  // A history without merges or dependencies (a plain line) has nothing to index.
  if (count == 0) return true;
  X.target = alloc(words(count));
  X.sources = alloc(words(count) * <usize>levels);
  X.skip = alloc(words(count + 1) * <usize>levels);
  const bucket = allocZeroed(words(n + 1));
  if (X.target == 0 || X.sources == 0 || X.skip == 0 || bucket == 0) return false;
  for (let k = 0; k < levels; k++) {
    const skip = skipLevel(k);
    for (let i = 0; i <= count; i++) put(skip, i, i);
  }
  // Counting sort by pos z.
  for (let u = 0; u < n; u++) forCrossing(u, bucket, 0, false);
  for (let p = 0; p < n; p++) put(bucket, p + 1, get(bucket, p + 1) + get(bucket, p));
  for (let u = 0; u < n; u++) forCrossing(u, bucket, X.sources, true);
  for (let p = 0; p < n; p++) {
    for (let i = p == 0 ? 0 : get(bucket, p - 1); i < get(bucket, p); i++) put(X.target, i, p);
  }
  for (let k = 1; k < levels; k++) mergeLevel(k);
  return true;
}

/** Parents plus kept dependencies. */
function ownDownCount(u: i32): i32 {
  let c = get(G.parentOff, u + 1) - get(G.parentOff, u);
  for (let e = get(G.depOff, u), end = get(G.depOff, u + 1); e < end; e++) {
    if (getByte(G.depFlag, e) == DEP_KEPT) c++;
  }
  return c;
}

/**
 * Counts (place = false: bucket[pos z + 1]++) or places (bucket[pos z] is the next
 * free slot) u's own down edges other than its forest edge, the first one.
 */
function forCrossing(u: i32, bucket: usize, out: usize, place: bool): void {
  let first = true;
  for (let e = get(G.parentOff, u), end = get(G.parentOff, u + 1); e < end; e++) {
    if (first) {
      first = false;
      continue;
    }
    one(u, get(G.parents, e), bucket, out, place);
  }
  for (let e = get(G.depOff, u), end = get(G.depOff, u + 1); e < end; e++) {
    if (getByte(G.depFlag, e) != DEP_KEPT) continue;
    if (first) {
      first = false;
      continue;
    }
    one(u, get(G.deps, e), bucket, out, place);
  }
}

@inline function one(u: i32, z: i32, bucket: usize, out: usize, place: bool): void {
  const p = get(F.pos, z);
  if (!place) {
    put(bucket, p + 1, get(bucket, p + 1) + 1);
    return;
  }
  const at = get(bucket, p);
  put(bucket, p, at + 1);
  put(out, at, get(F.pos, u));
}

@inline export function level(k: i32): usize {
  return X.sources + ((<usize>k * <usize>X.count) << 2);
}

@inline export function skipLevel(k: i32): usize {
  return X.skip + ((<usize>k * <usize>(X.count + 1)) << 2);
}

/** The first index >= i at level k not yet known to be dead. */
export function nextLive(skip: usize, i: i32): i32 {
  let j = i;
  while (true) {
    const p = get(skip, j);
    if (p == j) return j;
    const q = get(skip, p);
    put(skip, j, q);
    j = q;
  }
  return j;
}

/** Level k: adjacent sorted blocks of 2^(k-1) from level k-1, merged. */
function mergeLevel(k: i32): void {
  const from = level(k - 1);
  const to = level(k);
  const half = 1 << (k - 1);
  for (let s = 0; s < X.count; s += 2 * half) {
    let i = s;
    const iEnd = min(s + half, X.count);
    let j = iEnd;
    const jEnd = min(s + 2 * half, X.count);
    let o = s;
    while (i < iEnd && j < jEnd) {
      const a = get(from, i);
      const b = get(from, j);
      if (a <= b) {
        put(to, o++, a);
        i++;
      } else {
        put(to, o++, b);
        j++;
      }
    }
    while (i < iEnd) put(to, o++, get(from, i++));
    while (j < jEnd) put(to, o++, get(from, j++));
  }
}

/** First index in `base[from..to)` (ascending) whose value is >= v. */
export function lowerBound(base: usize, from: i32, to: i32, v: i32): i32 {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (get(base, mid) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

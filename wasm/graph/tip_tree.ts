// Walk tips by forest position (forest.ts), in a min segment tree: the oldest walk whose
// tip lies on the first-parent lines above a revision is one range query, however far
// those lines reach. Moving a walk is two point updates.
import { get, put, words } from "./state";
import { alloc } from "./heap";

/** No walk. */
export const NO_WALK: i32 = 0x7fffffff;

export class TT {
  /** Leaves: a power of two >= n; node i has children 2i and 2i+1, the root is 1. */
  static leaves: i32 = 1;
  static tree: usize = 0;
}

export function setUpTipTree(n: i32): bool {
  let leaves = 1;
  while (leaves < n) leaves <<= 1;
  TT.leaves = leaves;
  TT.tree = alloc(words(2 * leaves));
  if (TT.tree == 0) return false;
  for (let i = 0; i < 2 * leaves; i++) put(TT.tree, i, NO_WALK);
  return true;
}

/** The walk whose tip is at `position` (NO_WALK: none any more). */
export function setTip(position: i32, walk: i32): void {
  let i = TT.leaves + position;
  put(TT.tree, i, walk);
  while (i > 1) {
    i >>= 1;
    const a = get(TT.tree, 2 * i);
    const b = get(TT.tree, 2 * i + 1);
    const m = a < b ? a : b;
    if (get(TT.tree, i) == m) break;
    put(TT.tree, i, m);
  }
}

/** The oldest walk with its tip at a position in first..last (NO_WALK when first > last). */
export function oldestTip(first: i32, last: i32): i32 {
  let best = NO_WALK;
  let l = first + TT.leaves;
  let r = last + TT.leaves + 1;
  while (l < r) {
    if (l & 1) {
      const v = get(TT.tree, l++);
      if (v < best) best = v;
    }
    if (r & 1) {
      const v = get(TT.tree, --r);
      if (v < best) best = v;
    }
    l >>= 1;
    r >>= 1;
  }
  return best;
}

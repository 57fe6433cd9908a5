// The first-parent forest: every revision hangs under its first own down revision (its
// first parent, else its first kept dependency), and is numbered in preorder, so the
// revisions above x along first-parent lines are exactly the positions
// pos(x)..end(x). Most of a history's ancestry is these lines; the other own down
// edges ("crossing" edges, crossing.ts) are few.
import { G, get, getByte, put, words } from "./state";
import { alloc, allocZeroed } from "./heap";
import { DEP_KEPT } from "./status";

export class F {
  /** Per revision: first own down revision, or -1. */
  static up: usize = 0;
  /** Per revision: preorder position, and the last position of its subtree. */
  static pos: usize = 0;
  static end: usize = 0;
  /** Per position: the revision there. */
  static at: usize = 0;
}

/** First parent, else first kept dependency, else -1. */
export function firstDown(x: i32): i32 {
  const p = get(G.parentOff, x);
  if (p < get(G.parentOff, x + 1)) return get(G.parents, p);
  for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
    if (getByte(G.depFlag, e) == DEP_KEPT) return get(G.deps, e);
  }
  return -1;
}

export function setUpForest(): bool {
  const n = G.n;
  F.up = alloc(words(n));
  F.pos = alloc(words(n));
  F.end = allocZeroed(words(n));
  F.at = alloc(words(n));
  // Children rows of the forest, ascending ids in each row.
  const start = allocZeroed(words(n + 1));
  const cursor = alloc(words(n));
  const kids = alloc(words(n));
  const stack = alloc(words(n));
  if (F.up == 0 || F.pos == 0 || F.end == 0 || F.at == 0 || start == 0 || cursor == 0 || kids == 0 ||
    stack == 0) return false;
  for (let x = 0; x < n; x++) {
    const p = firstDown(x);
    put(F.up, x, p);
    if (p >= 0) put(start, p + 1, get(start, p + 1) + 1);
  }
  for (let x = 0; x < n; x++) {
    put(start, x + 1, get(start, x + 1) + get(start, x));
    put(cursor, x, get(start, x));
  }
  for (let x = 0; x < n; x++) {
    const p = get(F.up, x);
    if (p < 0) continue;
    const at = get(cursor, p);
    put(cursor, p, at + 1);
    put(kids, at, x);
  }
  // Preorder from each root in id order, children in id order (pushed last first).
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (get(F.up, root) >= 0) continue;
    let depth = 0;
    put(stack, depth++, root);
    while (depth > 0) {
      const x = get(stack, --depth);
      put(F.pos, x, next);
      put(F.at, next, x);
      next++;
      for (let e = get(start, x + 1) - 1, first = get(start, x); e >= first; e--) put(stack, depth++, get(kids, e));
    }
  }
  // Subtree sizes bottom-up over the preorder (F.end holds sizes first), then ends.
  for (let i = n - 1; i >= 0; i--) {
    const x = get(F.at, i);
    const size = get(F.end, x) + 1;
    put(F.end, x, size);
    const p = get(F.up, x);
    if (p >= 0) put(F.end, p, get(F.end, p) + size);
  }
  for (let x = 0; x < n; x++) put(F.end, x, get(F.pos, x) + get(F.end, x) - 1);
  return true;
}

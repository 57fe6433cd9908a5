// Alembic drops a dependency from a revision when one of its down-revision ancestors
// already declares the same dependency (`_normalized_resolved_dependencies`); any
// declaration counts there, even one that repeats the ancestor's own parent. Dropped
// edges keep their place in ancestry but are no longer the revision's own "down"
// revisions for ordering and version-table bookkeeping.
import { G, get, getByte, put, putByte, nextStamp, words } from "./state";
import { alloc, rewind } from "./heap";
import { reverseRows, rowsOf } from "./rows";
import { DEP_KEPT, DEP_IMPLIED } from "./status";

/**
 * For every dependency target declared by two or more revisions, marks the declarers
 * that sit above another declarer: one search per such target over the declarers'
 * descendants.
 */
export function markImpliedDependencies(): bool {
  rewind();
  const n = G.n;
  const declarerOff = reverseRows(G.depOff, G.deps, G.depCount, 0, 0);
  const stack = alloc(words(n));
  if (declarerOff == 0 || stack == 0) return false;
  const declarers = rowsOf(declarerOff);
  for (let d = 0; d < n; d++) {
    const start = get(declarerOff, d);
    const end = get(declarerOff, d + 1);
    if (end - start < 2) continue;
    const stamp = nextStamp();
    let depth = 0;
    for (let e = start; e < end; e++) {
      depth = pushChildren(get(declarers, e), stamp, stack, depth);
    }
    while (depth > 0) {
      depth = pushChildren(get(stack, depth - 1), stamp, stack, depth - 1);
    }
    for (let e = start; e < end; e++) {
      const r = get(declarers, e);
      if (get(G.seen, r) == stamp) flagEdge(r, d);
    }
  }
  return true;
}

function pushChildren(x: i32, stamp: i32, stack: usize, depth: i32): i32 {
  for (let e = get(G.childOff, x), end = get(G.childOff, x + 1); e < end; e++) {
    const c = get(G.children, e);
    if (get(G.seen, c) == stamp) continue;
    put(G.seen, c, stamp);
    put(stack, depth++, c);
  }
  return depth;
}

function flagEdge(r: i32, d: i32): void {
  for (let e = get(G.depOff, r), end = get(G.depOff, r + 1); e < end; e++) {
    if (get(G.deps, e) == d && getByte(G.depFlag, e) == DEP_KEPT) putByte(G.depFlag, e, DEP_IMPLIED);
  }
}

// Newest-first topological order of a set of revisions, exactly as Alembic's
// `_topological_sort` walks it: one walk per tip (in host order); a walk follows first
// down revisions while nothing else still sits above it; when something does, control
// moves to the oldest walk whose tip is above; a walk that runs out hands back to the
// walk before it; extra down revisions start new walks at the end.
//
// Alembic tests "is above another walk's tip" with ancestor sets (quadratic). Here it
// is a counter of children not yet emitted (walk_state.ts), and only the hand-over
// searches upward, stopping as soon as it meets the oldest walk that could be above,
// and remembering its answer while that walk waits. Searches share a budget
// proportional to the graph; a pathological graph that exhausts it (thousands of open
// tips blocked on each other) is finished by the linear rule (order_linear.ts).
import { G, get, put } from "./state";
import { checkInputs } from "./queries";
import { OK, OUT_OF_MEMORY, BAD_INPUT, ALL, DEP_KEPT } from "./status";
import { W, setUp, emit, isLive, isPending } from "./walk_state";
import { finishLinear } from "./order_linear";

/** Orders the ids in A (duplicates ignored); the result list holds the order. */
export function order(): i32 {
  const status = checkInputs(ALL);
  if (status != OK) return status;
  if (!setUp()) return OUT_OF_MEMORY;
  W.budget = 32 * (<i64>G.n + <i64>get(G.allOff, G.n)) + 4096;
  for (let x = 0; x < G.n; x++) {
    if (isPending(x) && get(W.pending, x) == 0) addWalk(x);
  }
  let cur = W.first;
  while (W.first >= 0) {
    const c = get(W.head, cur);
    if (get(W.pending, c) > 0) {
      cur = blockingWalk(c, cur);
      if (cur < 0) break;
      continue;
    }
    emit(c, false);
    cur = advance(cur, c);
  }
  if (W.outLen < W.members) finishLinear();
  G.result = W.out;
  G.resultLen = W.outLen;
  return W.outLen == W.members ? OK : BAD_INPUT;
}

/** 1 when the last `order` followed Alembic's walk throughout, 0 after the linear rule. */
export function orderWasExact(): i32 {
  return W.exact;
}

/** After emitting c from walk `cur`: continue down, spawn walks, or hand back. */
function advance(cur: i32, c: i32): i32 {
  let continued = false;
  for (let e = get(G.parentOff, c), end = get(G.parentOff, c + 1); e < end; e++) {
    continued = follow(cur, get(G.parents, e), continued);
  }
  for (let e = get(G.depOff, c), end = get(G.depOff, c + 1); e < end; e++) {
    if (load<u8>(G.depFlag + <usize>e) == DEP_KEPT) continued = follow(cur, get(G.deps, e), continued);
  }
  if (continued) return cur;
  const back = get(W.prev, cur);
  removeWalk(cur);
  return back >= 0 ? back : W.first;
}

/** The first new down revision moves this walk; later ones start walks at the end. */
function follow(cur: i32, p: i32, continued: bool): bool {
  if (!isPending(p) || get(W.inWalk, p) >= 0) return continued;
  if (continued) {
    addWalk(p);
  } else {
    put(W.head, cur, p);
    put(W.inWalk, p, cur);
  }
  return true;
}

function addWalk(x: i32): void {
  const w = W.count++;
  put(W.head, w, x);
  put(W.prev, w, W.last);
  put(W.next, w, -1);
  if (W.last >= 0) put(W.next, W.last, w);
  else W.first = w;
  W.last = w;
  put(W.inWalk, x, w);
}

function removeWalk(w: i32): void {
  const p = get(W.prev, w);
  const q = get(W.next, w);
  if (p >= 0) put(W.next, p, q);
  else W.first = q;
  if (q >= 0) put(W.prev, q, p);
  else W.last = p;
}

/**
 * The oldest walk whose tip is above c. The answer stays right while that walk waits
 * at the same tip: walks only move down, never into the region above c from outside,
 * and new walks are younger. -1 when there is none or the budget ran out.
 */
function blockingWalk(c: i32, cur: i32): i32 {
  const cached = get(W.cachedWalk, c);
  if (cached >= 0 && stillWaiting(cached, get(W.cachedHead, c))) return cached;
  const found = searchAbove(c, cur);
  if (found >= 0) {
    put(W.cachedWalk, c, found);
    put(W.cachedHead, c, get(W.head, found));
  }
  return found;
}

@inline function stillWaiting(walk: i32, tip: i32): bool {
  return get(W.head, walk) == tip && get(W.inWalk, tip) == walk;
}

/** Searches live revisions above c; a still-valid answer for a revision covers all above it. */
function searchAbove(c: i32, cur: i32): i32 {
  const oldest = oldestPossiblyAbove(c, cur);
  if (oldest == -2) return -1;
  W.visitStamp += 1;
  const stamp = W.visitStamp;
  put(W.visit, c, stamp);
  put(W.stack, 0, c);
  let depth = 1;
  let best = -1;
  while (depth > 0 && best != oldest) {
    const x = get(W.stack, --depth);
    for (let e = get(G.allOff, x), end = get(G.allOff, x + 1); e < end; e++) {
      const y = get(G.all, e);
      if (!isLive(y) || get(W.visit, y) == stamp) continue;
      if (--W.budget < 0) return -1;
      put(W.visit, y, stamp);
      const w = get(W.inWalk, y);
      if (w >= 0 && (best < 0 || w < best)) best = w;
      const known = get(W.cachedWalk, y);
      if (known >= 0 && stillWaiting(known, get(W.cachedHead, y))) {
        if (best < 0 || known < best) best = known;
        continue;
      }
      put(W.stack, depth++, y);
    }
  }
  return best;
}

/**
 * The oldest live walk (other than cur) whose tip ranks above c: no older walk can be
 * above c, so meeting this one ends a search. -1 when none, -2 when the budget ran out.
 */
function oldestPossiblyAbove(c: i32, cur: i32): i32 {
  const floor = get(G.rank, c);
  for (let w = W.first; w >= 0; w = get(W.next, w)) {
    if (--W.budget < 0) return -2;
    if (w != cur && get(G.rank, get(W.head, w)) > floor) return w;
  }
  return -1;
}

// Newest-first topological order of a set of revisions, exactly as Alembic's
// `_topological_sort` walks it: one walk per tip (in host order); a walk follows first
// down revisions while nothing else in the set still sits above it; when something
// does, control moves to the oldest walk whose tip is above; a walk that runs out hands
// back to the walk before it; extra down revisions start new walks at the end.
//
// Alembic tests "is above another walk's tip" with ancestor sets (quadratic); here it
// is a counter of unemitted children, and only the switch searches upward, stopping
// as soon as it meets the oldest live walk, and remembering its answer while that walk
// waits. Searches get a budget proportional to the graph; a pathological graph that
// exhausts it (thousands of open tips blocked on each other) gets the rest of its
// order from a linear rule instead: the most recently freed revision first, which is
// still topological and deterministic. Sets the host passes are closed under
// "between"; any other set takes the linear rule as soon as a walk cannot be found.
import { G, get, getByte, put, putByte, nextStamp, words, bytes } from "./state";
import { alloc, allocZeroed } from "./heap";
import { checkInputs } from "./queries";
import { OK, OUT_OF_MEMORY, BAD_INPUT, ALL, DEP_KEPT } from "./status";

class W {
  static member: i32 = 0;
  static pending: usize = 0;
  static emitted: usize = 0;
  static inWalk: usize = 0;
  static visit: usize = 0;
  static visitStamp: i32 = 0;
  /** Per blocked revision: the walk the last search found, and that walk's tip then. */
  static cachedWalk: usize = 0;
  static cachedHead: usize = 0;
  static stack: usize = 0;
  static head: usize = 0;
  static prev: usize = 0;
  static next: usize = 0;
  static count: i32 = 0;
  static budget: i64 = 0;
  /** 1 when the last order followed Alembic's walk to the end. */
  static exact: i32 = 0;
  static first: i32 = -1;
  static last: i32 = -1;
}

/** Orders the ids in A (duplicates ignored); the result list holds the order. */
export function order(): i32 {
  const status = checkInputs(ALL);
  if (status != OK) return status;
  const n = G.n;
  const k = G.aLen;
  W.pending = alloc(words(n));
  W.inWalk = alloc(words(n));
  W.emitted = allocZeroed(bytes(n));
  W.visit = allocZeroed(words(n));
  W.stack = alloc(words(n));
  W.cachedWalk = alloc(words(n));
  W.cachedHead = alloc(words(n));
  W.head = alloc(words(k));
  W.prev = alloc(words(k));
  W.next = alloc(words(k));
  const out = alloc(words(k));
  if (W.pending == 0 || W.inWalk == 0 || W.emitted == 0 || W.visit == 0 || W.stack == 0 ||
    W.cachedWalk == 0 || W.cachedHead == 0 ||
    W.head == 0 || W.prev == 0 || W.next == 0 || out == 0) return OUT_OF_MEMORY;
  W.member = nextStamp();
  W.visitStamp = 0;
  W.budget = 32 * (<i64>n + <i64>get(G.allOff, n)) + 4096;
  W.count = 0;
  W.first = -1;
  W.last = -1;
  for (let i = 0; i < k; i++) {
    const x = get(G.a, i);
    put(G.seen, x, W.member);
    put(W.pending, x, 0);
    put(W.inWalk, x, -1);
    put(W.cachedWalk, x, -1);
  }
  for (let x = 0; x < n; x++) {
    if (isMember(x)) forDown(x, COUNT);
  }
  for (let x = 0; x < n; x++) {
    if (isMember(x) && get(W.pending, x) == 0) addWalk(x);
  }
  let emittedCount = 0;
  let cur = W.first;
  W.exact = 1;
  while (W.first >= 0) {
    const c = get(W.head, cur);
    if (get(W.pending, c) > 0) {
      cur = blockingWalk(c, cur);
      if (cur < 0) break;
      continue;
    }
    put(out, emittedCount++, c);
    putByte(W.emitted, c, 1);
    put(W.inWalk, c, -1);
    forDown(c, RELEASE);
    cur = advance(cur, c);
  }
  if (emittedCount < memberCount()) {
    W.exact = 0;
    emittedCount = finishLinear(out, emittedCount);
  }
  G.result = out;
  G.resultLen = emittedCount;
  return emittedCount == memberCount() ? OK : BAD_INPUT;
}

/** 1 when the last `order` followed Alembic's walk throughout, 0 after the linear rule. */
export function orderWasExact(): i32 {
  return W.exact;
}

function memberCount(): i32 {
  let count = 0;
  for (let x = 0; x < G.n; x++) if (isMember(x)) count++;
  return count;
}

/**
 * The linear rule for whatever is left: free revisions are the live walks' tips (in
 * walk order, the oldest on top) plus, for sets not closed under "between", any other
 * unemitted revision nothing waits on; then the most recently freed goes first.
 */
function finishLinear(out: usize, emitted: i32): i32 {
  let depth = 0;
  for (let x = G.n - 1; x >= 0; x--) {
    if (isPending(x) && get(W.pending, x) == 0 && get(W.inWalk, x) < 0) put(W.stack, depth++, x);
  }
  for (let w = W.last; w >= 0; w = get(W.prev, w)) {
    const tip = get(W.head, w);
    if (get(W.pending, tip) == 0) put(W.stack, depth++, tip);
  }
  while (depth > 0) {
    const x = get(W.stack, --depth);
    put(out, emitted++, x);
    putByte(W.emitted, x, 1);
    depth = releaseLinear(x, depth);
  }
  return emitted;
}

/** Frees x's down revisions, pushing the last first so the first ends on top. */
function releaseLinear(x: i32, depth: i32): i32 {
  for (let e = get(G.depOff, x + 1) - 1, start = get(G.depOff, x); e >= start; e--) {
    if (getByte(G.depFlag, e) == DEP_KEPT) depth = freeOne(get(G.deps, e), depth);
  }
  for (let e = get(G.parentOff, x + 1) - 1, start = get(G.parentOff, x); e >= start; e--) {
    depth = freeOne(get(G.parents, e), depth);
  }
  return depth;
}

@inline function freeOne(p: i32, depth: i32): i32 {
  if (!isMember(p)) return depth;
  const left = get(W.pending, p) - 1;
  put(W.pending, p, left);
  if (left != 0) return depth;
  put(W.stack, depth, p);
  return depth + 1;
}

@inline function isMember(x: i32): bool {
  return get(G.seen, x) == W.member;
}

@inline function isPending(x: i32): bool {
  return isMember(x) && getByte(W.emitted, x) == 0;
}

const COUNT: i32 = 0;
const RELEASE: i32 = 1;

/** Visits x's own down revisions in the set: parents, then kept dependencies. */
function forDown(x: i32, action: i32): void {
  for (let e = get(G.parentOff, x), end = get(G.parentOff, x + 1); e < end; e++) {
    downOne(get(G.parents, e), action);
  }
  for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
    if (getByte(G.depFlag, e) == DEP_KEPT) downOne(get(G.deps, e), action);
  }
}

@inline function downOne(p: i32, action: i32): void {
  if (!isMember(p)) return;
  put(W.pending, p, get(W.pending, p) + (action == COUNT ? 1 : -1));
}

/** After emitting c from walk `cur`: continue down, spawn walks, or hand back. */
function advance(cur: i32, c: i32): i32 {
  let continued = false;
  for (let e = get(G.parentOff, c), end = get(G.parentOff, c + 1); e < end; e++) {
    continued = follow(cur, get(G.parents, e), continued);
  }
  for (let e = get(G.depOff, c), end = get(G.depOff, c + 1); e < end; e++) {
    if (getByte(G.depFlag, e) == DEP_KEPT) continued = follow(cur, get(G.deps, e), continued);
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
 * The oldest walk whose tip is above c (c is blocked, so one exists in a closed set).
 * The answer stays right while that walk waits at the same tip: walks only move down
 * and never into the region above c from outside, and new walks are younger. Otherwise
 * searches unemitted revisions above c, stopping early on the oldest live walk.
 */
function blockingWalk(c: i32, cur: i32): i32 {
  const cached = get(W.cachedWalk, c);
  if (cached >= 0) {
    const tip = get(W.cachedHead, c);
    if (get(W.head, cached) == tip && get(W.inWalk, tip) == cached) return cached;
  }
  const found = searchAbove(c, cur);
  if (found >= 0) {
    put(W.cachedWalk, c, found);
    put(W.cachedHead, c, get(W.head, found));
  }
  return found;
}

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
      if (!isPending(y) || get(W.visit, y) == stamp) continue;
      if (--W.budget < 0) return -1;
      put(W.visit, y, stamp);
      const w = get(W.inWalk, y);
      if (w >= 0 && (best < 0 || w < best)) best = w;
      // A still-valid answer for y covers everything above y.
      const known = get(W.cachedWalk, y);
      if (known >= 0 && get(W.head, known) == get(W.cachedHead, y) && get(W.inWalk, get(W.head, known)) == known) {
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
 * above c, so finding this one ends a search. -1 when there is none, -2 when the
 * budget ran out.
 */
function oldestPossiblyAbove(c: i32, cur: i32): i32 {
  const floor = get(G.rank, c);
  for (let w = W.first; w >= 0; w = get(W.next, w)) {
    if (--W.budget < 0) return -2;
    if (w != cur && get(G.rank, get(W.head, w)) > floor) return w;
  }
  return -1;
}

// Newest-first topological order of a set of revisions, exactly as Alembic's
// `_topological_sort` walks it: one walk per tip (in host order); a walk follows first
// down revisions while nothing else still sits above it; when something does, control
// moves to the oldest walk whose tip is above; a walk that runs out hands back to the
// walk before it; extra down revisions start new walks at the end.
//
// Alembic tests "is above another walk's tip" with ancestor sets (quadratic). Here
// "something sits above" is a counter of live children (walk_state.ts), and "the oldest
// walk above" a range minimum over walk tips along first-parent lines plus the few
// edges that leave those lines (cover.ts). The work is metered all the same: a graph
// that exhausts the budget is finished by the linear rule (order_linear.ts), which
// stays topological and deterministic, and `orderWasExact` says so.
import { G, get, getByte, put } from "./state";
import { checkInputs } from "./queries";
import { OK, OUT_OF_MEMORY, BAD_INPUT, ALL, DEP_KEPT } from "./status";
import { W, setUp, emit, isPending, isTip } from "./walk_state";
import { F, setUpForest } from "./forest";
import { setUpCrossing } from "./crossing";
import { NO_WALK, setUpTipTree, setTip } from "./tip_tree";
import { setUpCover, blocker } from "./cover";
import { finishLinear } from "./order_linear";

/**
 * Work units allowed per revision and edge. Histories shaped like real projects use
 * well under this; a graph that defeats the covers' shortcuts runs out.
 */
const WORK_PER_ITEM: i64 = 40;

/** Orders the ids in A (duplicates ignored); the result list holds the order. */
export function order(): i32 {
  const status = checkInputs(ALL);
  if (status != OK) return status;
  if (!setUp()) return OUT_OF_MEMORY;
  // Without room for the indexes, the linear rule alone still gives a valid order.
  if (setUpForest() && setUpTipTree(G.n) && setUpCrossing() && setUpCover(G.n)) {
    for (let x = 0; x < G.n; x++) {
      if (isTip(x)) addWalk(x);
    }
    W.budget = WORK_PER_ITEM * (<i64>G.n + <i64>get(G.allOff, G.n)) + 4096;
    walk();
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

function walk(): void {
  let cur = W.first;
  while (W.first >= 0) {
    if (--W.budget < 0) return;
    const c = get(W.head, cur);
    if (get(W.pending, c) > 0) {
      cur = blocker(c, cur);
      // Only a member below no walk's tip has no cover; Alembic cannot meet one.
      if (cur == NO_WALK || W.budget < 0) return;
      continue;
    }
    const next = advance(cur, c);
    setTip(get(F.pos, c), NO_WALK);
    emit(c, false);
    cur = next;
  }
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
    setTip(get(F.pos, p), cur);
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
  setTip(get(F.pos, x), w);
}

function removeWalk(w: i32): void {
  const p = get(W.prev, w);
  const q = get(W.next, w);
  if (p >= 0) put(W.next, p, q);
  else W.first = q;
  if (q >= 0) put(W.prev, q, p);
  else W.last = p;
}

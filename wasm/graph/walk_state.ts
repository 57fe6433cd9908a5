// State shared by the walk (order.ts), its covers (cover.ts) and the linear finish
// (order_linear.ts).
//
// Members are the revisions being ordered. Alembic asks "is this revision below another
// walk's tip" on the whole graph, so paths through revisions outside the set count
// too; those in-between revisions (below one member, above another) are "in play":
// they hold back what is below them and are released silently, never emitted.
import { G, get, getByte, put, putByte, nextStamp, words, bytes } from "./state";
import { alloc, allocZeroed } from "./heap";
import { markAncestors, markDescendants } from "./traverse";
import { ALL, DEP_KEPT } from "./status";

export class W {
  static member: i32 = 0;
  /** u8 per revision: member or in between two members. */
  static inPlay: usize = 0;
  /** Per revision: in-play children (own down-revision edges) not yet emitted or released. */
  static pending: usize = 0;
  /** u8 per revision: emitted (members) or released (in-between revisions). */
  static emitted: usize = 0;
  /** Per revision: the walk whose tip it is, or -1. */
  static inWalk: usize = 0;
  /** u8 per member: some member lists it as an own down revision (so it is no tip). */
  static underMember: usize = 0;
  static stack: usize = 0;
  static release: usize = 0;
  /** Per walk (ids in order of creation, which is Alembic's list order): tip and links. */
  static head: usize = 0;
  static prev: usize = 0;
  static next: usize = 0;
  static count: i32 = 0;
  static first: i32 = -1;
  static last: i32 = -1;
  /** Work left before the walk gives up on a pathological graph. */
  static budget: i64 = 0;
  /** 1 while following Alembic's walk; 0 once the linear rule took over. */
  static exact: i32 = 0;
  static out: usize = 0;
  static outLen: i32 = 0;
  static members: i32 = 0;
  /** Depth of the linear finish's stack (W.stack). */
  static linearDepth: i32 = 0;
}

/** Allocates and fills the state for the ids in A; false when out of memory. */
export function setUp(): bool {
  const n = G.n;
  const k = G.aLen;
  W.inPlay = allocZeroed(bytes(n));
  const above = allocZeroed(bytes(n));
  W.pending = allocZeroed(words(n));
  W.inWalk = alloc(words(n));
  W.emitted = allocZeroed(bytes(n));
  W.underMember = allocZeroed(bytes(n));
  W.stack = alloc(words(n));
  W.release = alloc(words(n));
  W.head = alloc(words(k));
  W.prev = alloc(words(k));
  W.next = alloc(words(k));
  W.out = alloc(words(k));
  if (W.inPlay == 0 || above == 0 || W.pending == 0 || W.inWalk == 0 || W.emitted == 0 ||
    W.underMember == 0 || W.stack == 0 || W.release == 0 ||
    W.head == 0 || W.prev == 0 || W.next == 0 || W.out == 0) return false;
  W.member = nextStamp();
  W.members = 0;
  for (let i = 0; i < k; i++) {
    const x = get(G.a, i);
    if (get(G.seen, x) != W.member) W.members++;
    put(G.seen, x, W.member);
  }
  markAncestors(W.inPlay, G.a, k, ALL, W.stack);
  markDescendants(above, G.a, k, ALL, W.stack);
  for (let x = 0; x < n; x++) {
    if (getByte(above, x) == 0) putByte(W.inPlay, x, 0);
    put(W.inWalk, x, -1);
  }
  for (let x = 0; x < n; x++) {
    if (!inPlay(x)) continue;
    const member = isMember(x);
    for (let e = get(G.parentOff, x), end = get(G.parentOff, x + 1); e < end; e++) {
      countOne(get(G.parents, e), member);
    }
    for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
      if (getByte(G.depFlag, e) == DEP_KEPT) countOne(get(G.deps, e), member);
    }
  }
  W.count = 0;
  W.first = -1;
  W.last = -1;
  W.outLen = 0;
  W.exact = 1;
  return true;
}

function countOne(p: i32, fromMember: bool): void {
  if (!inPlay(p)) return;
  put(W.pending, p, get(W.pending, p) + 1);
  if (fromMember) putByte(W.underMember, p, 1);
}

/**
 * Alembic's starting tips: members no member lists as a down revision. (One below an
 * in-between revision only is a tip too, though it waits until that one is released.)
 */
@inline export function isTip(x: i32): bool {
  return isMember(x) && getByte(W.underMember, x) == 0;
}

@inline export function isMember(x: i32): bool {
  return get(G.seen, x) == W.member;
}

@inline export function inPlay(x: i32): bool {
  return getByte(W.inPlay, x) != 0;
}

/** In play and not yet emitted or released. */
@inline export function isLive(x: i32): bool {
  return inPlay(x) && getByte(W.emitted, x) == 0;
}

@inline export function isEmitted(x: i32): bool {
  return getByte(W.emitted, x) != 0;
}

/** A member not yet emitted. */
@inline export function isPending(x: i32): bool {
  return isMember(x) && getByte(W.emitted, x) == 0;
}

/**
 * Emits member c (or releases an in-between revision), then releases, in a cascade,
 * in-between revisions nothing holds any more. With `linear`, members freed along the
 * way are pushed on W.stack (last down revision first, so the first ends on top).
 */
export function emit(c: i32, linear: bool): void {
  let depth = 0;
  put(W.release, depth++, c);
  while (depth > 0) {
    const x = get(W.release, --depth);
    putByte(W.emitted, x, 1);
    if (isMember(x)) {
      put(W.out, W.outLen++, x);
      put(W.inWalk, x, -1);
    }
    for (let e = get(G.depOff, x + 1) - 1, start = get(G.depOff, x); e >= start; e--) {
      if (getByte(G.depFlag, e) == DEP_KEPT) depth = free(get(G.deps, e), linear, depth);
    }
    for (let e = get(G.parentOff, x + 1) - 1, start = get(G.parentOff, x); e >= start; e--) {
      depth = free(get(G.parents, e), linear, depth);
    }
  }
}

@inline function free(p: i32, linear: bool, depth: i32): i32 {
  if (!inPlay(p)) return depth;
  const left = get(W.pending, p) - 1;
  put(W.pending, p, left);
  if (left != 0) return depth;
  if (!isMember(p)) {
    put(W.release, depth, p);
    return depth + 1;
  }
  if (linear) {
    put(W.stack, W.linearDepth, p);
    W.linearDepth += 1;
  }
  return depth;
}

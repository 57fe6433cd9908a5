// The graph as compressed rows in linear memory (pointers to i32 arrays unless noted).
// Revisions are numbered 0..n-1 by the host in its own order ("map order"); every list
// produced here is in that order unless documented otherwise.

export class G {
  static n: i32 = 0;
  static built: bool = false;

  // Written by the host: down revisions and resolved dependencies per revision.
  static parentOff: usize = 0;
  static parents: usize = 0;
  static parentCount: i32 = 0;
  static depOff: usize = 0;
  static deps: usize = 0;
  static depCount: i32 = 0;

  // Derived by build.
  /** u8 per dependency edge: DEP_KEPT, DEP_DUPLICATE or DEP_IMPLIED. */
  static depFlag: usize = 0;
  static childOff: usize = 0;
  static children: usize = 0;
  static dependentOff: usize = 0;
  static dependents: usize = 0;
  /** Children plus dependents (Alembic's `_all_nextrev`). */
  static allOff: usize = 0;
  static all: usize = 0;
  /** Position in a parents-first topological order; prunes reachability searches. */
  static rank: usize = 0;
  /** i32 per revision; a traversal marks with a fresh stamp instead of clearing. */
  static seen: usize = 0;
  static stamp: i32 = 0;

  // Per-call registers.
  static a: usize = 0;
  static aLen: i32 = 0;
  static b: usize = 0;
  static bLen: i32 = 0;
  static result: usize = 0;
  static resultLen: i32 = 0;
}

// Every read of the graph's arrays goes through `get` or `getByte`, so counting them
// measures the work a query did, independent of the machine. Only a build with
// `--use COUNT_WORK=1` counts (tests/graph/growth.test.ts); mig's own build compiles
// the count away.
let reads: i64 = 0;

/** Reads counted so far, or -1 when this build does not count. */
export function workDone(): f64 {
  if (isDefined(COUNT_WORK)) return <f64>reads;
  return -1;
}

@inline export function get(base: usize, i: i32): i32 {
  if (isDefined(COUNT_WORK)) reads++;
  return load<i32>(base + ((<usize>i) << 2));
}

@inline export function put(base: usize, i: i32, v: i32): void {
  store<i32>(base + ((<usize>i) << 2), v);
}

@inline export function getByte(base: usize, i: i32): i32 {
  if (isDefined(COUNT_WORK)) reads++;
  return <i32>load<u8>(base + <usize>i);
}

@inline export function putByte(base: usize, i: i32, v: i32): void {
  store<u8>(base + <usize>i, <u8>v);
}

/** Bytes for `count` i32 entries; at least one, so no two allocations alias. */
@inline export function words(count: i32): usize {
  const c: i32 = count > 0 ? count : 1;
  return (<usize>c) << 2;
}

/** Bytes for `count` u8 entries; at least one. */
@inline export function bytes(count: i32): usize {
  const c: i32 = count > 0 ? count : 1;
  return <usize>c;
}

/** A fresh stamp for `G.seen`; wraps by clearing, which takes 2^31 traversals. */
export function nextStamp(): i32 {
  if (G.stamp == 0x7fffffff) {
    memory.fill(G.seen, 0, words(G.n));
    G.stamp = 0;
  }
  G.stamp += 1;
  return G.stamp;
}

/** True for ids the host may pass: 0..n-1. */
@inline export function valid(id: i32): bool {
  return id >= 0 && id < G.n;
}

/** All ids in list `base[0..len)` are valid. */
export function allValid(base: usize, len: i32): bool {
  for (let i = 0; i < len; i++) {
    if (!valid(get(base, i))) return false;
  }
  return true;
}

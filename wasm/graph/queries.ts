// Query entry points. The host calls `begin` to reserve input lists A and B, writes ids
// into them, then calls one query; results stay readable until the next `begin`.
import { G, get, put, putByte, getByte, allValid, words, bytes } from "./state";
import { alloc, allocZeroed, rewind } from "./heap";
import { markAncestors, markDescendants, stampAncestorsAbove } from "./traverse";
import { OK, BAD_INPUT, OUT_OF_MEMORY, NOT_BUILT, NOT_ANCESTOR, VERSIONED, ALL } from "./status";

/** Reserves input lists of `aLen` and `bLen` ids at addresses 11 and 12. */
export function begin(aLen: i32, bLen: i32): i32 {
  rewind();
  G.result = 0;
  G.resultLen = 0;
  G.a = 0;
  G.b = 0;
  G.aLen = 0;
  G.bLen = 0;
  if (aLen < 0 || bLen < 0) return BAD_INPUT;
  G.a = alloc(words(aLen));
  G.b = alloc(words(bLen));
  if (G.a == 0 || G.b == 0) return OUT_OF_MEMORY;
  G.aLen = aLen;
  G.bLen = bLen;
  return OK;
}

/** Status for a query over the current inputs. */
export function checkInputs(mode: i32): i32 {
  if (!G.built) return NOT_BUILT;
  if (mode != VERSIONED && mode != ALL) return BAD_INPUT;
  if (!allValid(G.a, G.aLen) || !allValid(G.b, G.bLen)) return BAD_INPUT;
  return OK;
}

/** A zeroed u8 mask and a stack, or 0 when out of memory. */
function mask(): usize {
  return allocZeroed(bytes(G.n));
}

function stack(): usize {
  return alloc(words(G.n));
}

function maskResult(m: usize): i32 {
  G.result = m;
  G.resultLen = G.n;
  return OK;
}

/** Mask of A and everything below A. */
export function ancestors(mode: i32): i32 {
  const status = checkInputs(mode);
  if (status != OK) return status;
  const m = mask();
  const s = stack();
  if (m == 0 || s == 0) return OUT_OF_MEMORY;
  markAncestors(m, G.a, G.aLen, mode, s);
  return maskResult(m);
}

/** Mask of A and everything above A. */
export function descendants(mode: i32): i32 {
  const status = checkInputs(mode);
  if (status != OK) return status;
  const m = mask();
  const s = stack();
  if (m == 0 || s == 0) return OUT_OF_MEMORY;
  markDescendants(m, G.a, G.aLen, mode, s);
  return maskResult(m);
}

/** Mask of everything on a line of descent through A (Alembic's `_shares_lineage`). */
export function lineage(mode: i32): i32 {
  const status = checkInputs(mode);
  if (status != OK) return status;
  const up = mask();
  const down = mask();
  const s = stack();
  if (up == 0 || down == 0 || s == 0) return OUT_OF_MEMORY;
  markAncestors(down, G.a, G.aLen, mode, s);
  markDescendants(up, G.a, G.aLen, mode, s);
  for (let x = 0; x < G.n; x++) {
    if (getByte(down, x) != 0) putByte(up, x, 1);
  }
  return maskResult(up);
}

/**
 * One byte per candidate in A: 1 when it is an ancestor of some source in B (strictly
 * below them when `strict` is 1). Searches only as deep as the lowest-ranked candidate.
 */
export function reach(strict: i32, mode: i32): i32 {
  const status = checkInputs(mode);
  if (status != OK) return status;
  const out = allocZeroed(bytes(G.aLen));
  const s = stack();
  if (out == 0 || s == 0) return OUT_OF_MEMORY;
  G.result = out;
  G.resultLen = G.aLen;
  if (G.aLen == 0) return OK;
  let floor = 0x7fffffff;
  for (let i = 0; i < G.aLen; i++) {
    const r = get(G.rank, get(G.a, i));
    if (r < floor) floor = r;
  }
  const stamp = stampAncestorsAbove(G.b, G.bLen, strict != 0, mode, floor, s);
  for (let i = 0; i < G.aLen; i++) {
    if (get(G.seen, get(G.a, i)) == stamp) putByte(out, i, 1);
  }
  return OK;
}

export const IMPLICIT_BASE: i32 = 1;
export const INCLUSIVE: i32 = 2;
export const CHECK_ANCESTRY: i32 = 4;

/**
 * Alembic's upgrade selection: what targets A need (with dependencies) minus what
 * current heads B already imply; without IMPLICIT_BASE only revisions above B count,
 * and with CHECK_ANCESTRY every B must lie below A (else NOT_ANCESTOR, offender in result).
 */
export function upgradeSet(flags: i32): i32 {
  const status = checkInputs(ALL);
  if (status != OK) return status;
  const need = mask();
  const have = mask();
  const s = stack();
  if (need == 0 || have == 0 || s == 0) return OUT_OF_MEMORY;
  markAncestors(need, G.a, G.aLen, ALL, s);
  if ((flags & CHECK_ANCESTRY) != 0) {
    for (let i = 0; i < G.bLen; i++) {
      if (getByte(need, get(G.b, i)) == 0) {
        put(s, 0, get(G.b, i));
        G.result = s;
        G.resultLen = 1;
        return NOT_ANCESTOR;
      }
    }
  }
  markAncestors(have, G.b, G.bLen, ALL, s);
  for (let x = 0; x < G.n; x++) {
    if (getByte(have, x) != 0) putByte(need, x, 0);
  }
  if ((flags & INCLUSIVE) != 0) {
    for (let i = 0; i < G.bLen; i++) putByte(need, get(G.b, i), 1);
  }
  if (G.bLen > 0 && (flags & IMPLICIT_BASE) == 0) {
    memory.fill(have, 0, <usize>G.n);
    markDescendants(have, G.b, G.bLen, VERSIONED, s);
    for (let x = 0; x < G.n; x++) {
      if (getByte(have, x) == 0) putByte(need, x, 0);
    }
  }
  return maskResult(need);
}

/**
 * Alembic's downgrade selection: revisions at or above roots A (with dependents) that
 * heads B currently imply; with IMPLICIT_BASE also whatever B implies that is not
 * below A.
 */
export function downgradeSet(flags: i32): i32 {
  const status = checkInputs(ALL);
  if (status != OK) return status;
  const drop = mask();
  const active = mask();
  const s = stack();
  if (drop == 0 || active == 0 || s == 0) return OUT_OF_MEMORY;
  markDescendants(drop, G.a, G.aLen, ALL, s);
  markAncestors(active, G.b, G.bLen, ALL, s);
  for (let x = 0; x < G.n; x++) {
    if (getByte(active, x) == 0) putByte(drop, x, 0);
  }
  if ((flags & IMPLICIT_BASE) != 0) {
    const rooted = mask();
    if (rooted == 0) return OUT_OF_MEMORY;
    markAncestors(rooted, G.a, G.aLen, ALL, s);
    for (let x = 0; x < G.n; x++) {
      if (getByte(active, x) != 0 && getByte(rooted, x) == 0) putByte(drop, x, 1);
    }
  }
  return maskResult(drop);
}

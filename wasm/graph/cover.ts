// "The oldest walk whose tip is above x" (Alembic: the first walk, in list order, whose
// ancestor set holds x). Walk ids grow with age, so it is a minimum over the walks above
// x, asked here of two parts (see forest.ts, crossing.ts):
//   cover(x) = min(oldest tip on the first-parent lines above x,
//                  cover(u) for every crossing edge u -> z entering x's subtree).
// Whatever path leads from a tip down to x, its last step into x's subtree is either
// inside the subtree (first part) or such an edge (second part), so this is exact.
//
// Covers only grow (walks move down along what they covered, die, or start younger), so
// every answer found is kept as a lower bound (`least`) that stays true for the rest of
// the walk: an edge whose source is already known to be no older than the best answer
// so far is skipped without a look, and a search is cut short as soon as it meets the
// oldest walk that could be there at all.
import { get, put, words } from "./state";
import { allocZeroed } from "./heap";
import { W, isLive, isEmitted } from "./walk_state";
import { F } from "./forest";
import { X, level, skipLevel, nextLive, lowerBound } from "./crossing";
import { NO_WALK, oldestTip } from "./tip_tree";

/**
 * Crossing edges followed in a row before the walk gives up: a bound on the call stack
 * (three frames per edge). Histories measured need under 20, dense random graphs ~130.
 */
const MAX_DEPTH: i32 = 500;

export class C {
  /** Per revision: a walk id its strict cover (walks above, not at it) is known not to be below. */
  static least: usize = 0;
}

export function setUpCover(n: i32): bool {
  C.least = allocZeroed(words(n));
  return C.least != 0;
}

/**
 * The oldest walk whose tip is strictly above c (the tip of walk `own`), or NO_WALK.
 * Sets the budget negative when the search gave up.
 */
export function blocker(c: i32, own: i32): i32 {
  const first = W.first;
  const floor = first != own ? first : get(W.next, first);
  return above(c, NO_WALK, floor, 0);
}

/**
 * The oldest walk strictly above x when it is older than `bound`, else some value >=
 * bound. No walk but `floor` (the oldest that can be above at all) or younger ones can
 * be the answer, so meeting it, or the lower bound already known for x, ends the search.
 */
function above(x: i32, bound: i32, floor: i32, depth: i32): i32 {
  const known = get(C.least, x);
  if (known >= bound) return known;
  if (depth > MAX_DEPTH) {
    W.budget = -1;
    return bound;
  }
  const tree = oldestTip(get(F.pos, x) + 1, get(F.end, x));
  let best = tree < bound ? tree : bound;
  const stop = known > floor ? known : floor;
  if (best > stop) best = entering(x, best, stop, depth);
  put(C.least, x, best < bound ? best : max(known, bound));
  return best;
}

/**
 * min(best, walks at or above every live source u of an edge entering x's subtree): the
 * edges with pos z in x's range and pos u outside it, in each merge-sort block the
 * sources ordered below pos x and above end x.
 */
function entering(x: i32, best: i32, floor: i32, depth: i32): i32 {
  const first = get(F.pos, x);
  const last = get(F.end, x);
  const lo = lowerBound(X.target, 0, X.count, first);
  const hi = lowerBound(X.target, lo, X.count, last + 1);
  let i = lo;
  while (i < hi && best > floor) {
    // The largest aligned block starting at i that ends by hi.
    let k = 0;
    while (k + 1 < X.levels && (i & ((1 << (k + 1)) - 1)) == 0 && i + (1 << (k + 1)) <= hi) k++;
    const block = level(k);
    const skip = skipLevel(k);
    const end = i + (1 << k);
    W.budget -= k + 1;
    const below = lowerBound(block, i, end, first);
    best = scan(block, skip, i, below, best, floor, depth);
    best = scan(block, skip, lowerBound(block, below, end, last + 1), end, best, floor, depth);
    i = end;
  }
  return best;
}

/**
 * Edges j in from..to of one block (ascending source positions): their sources' covers.
 * A source inside the subtree of one already seen is dominated (every walk above it is
 * above that one too), so the scan jumps past that subtree; dead sources are linked past.
 */
function scan(block: usize, skip: usize, from: i32, to: i32, best: i32, floor: i32, depth: i32): i32 {
  let j = nextLive(skip, from);
  while (j < to && best > floor) {
    W.budget -= 1;
    const u = get(F.at, get(block, j));
    if (!isLive(u)) {
      put(skip, j, j + 1);
      // An emitted source's subtree is emitted too; one outside the play may have live ones.
      j = nextLive(skip, isEmitted(u) ? lowerBound(block, j + 1, to, get(F.end, u) + 1) : j + 1);
      continue;
    }
    // u's own walk, then the walks above u.
    const walk = get(W.inWalk, u);
    if (walk >= 0 && walk < best) best = walk;
    if (best > floor && get(C.least, u) < best) {
      const found = above(u, best, floor, depth + 1);
      if (found < best) best = found;
    }
    j = nextLive(skip, lowerBound(block, j + 1, to, get(F.end, u) + 1));
  }
  return best;
}

// The linear rule that finishes an order when Alembic's walk cannot go on (its work
// budget ran out, or memory for its indexes did not): free revisions are the live
// walks' tips (oldest walk on top) plus any other member nothing waits on; then the
// most recently freed goes first. Topological and deterministic, O(n + edges).
import { G, get, put } from "./state";
import { W, emit, isPending } from "./walk_state";

export function finishLinear(): void {
  W.exact = 0;
  W.linearDepth = 0;
  for (let x = G.n - 1; x >= 0; x--) {
    if (isPending(x) && get(W.pending, x) == 0 && get(W.inWalk, x) < 0) push(x);
  }
  for (let w = W.last; w >= 0; w = get(W.prev, w)) {
    const tip = get(W.head, w);
    if (isPending(tip) && get(W.pending, tip) == 0) push(tip);
  }
  while (W.linearDepth > 0) {
    W.linearDepth -= 1;
    emit(get(W.stack, W.linearDepth), true);
  }
}

function push(x: i32): void {
  put(W.stack, W.linearDepth, x);
  W.linearDepth += 1;
}

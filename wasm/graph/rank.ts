// Ranks: positions in a parents-first topological order over all edges, used to prune
// reachability searches. Only computed once the graph is known to be acyclic.
import { G, get, getByte, put, words } from "./state";
import { alloc, rewind } from "./heap";
import { DEP_DUPLICATE } from "./status";

export function rankAll(): bool {
  rewind();
  const n = G.n;
  const degree = alloc(words(n));
  const queue = alloc(words(n));
  if (degree == 0 || queue == 0) return false;
  let tail = 0;
  for (let x = 0; x < n; x++) {
    let d = get(G.parentOff, x + 1) - get(G.parentOff, x);
    for (let e = get(G.depOff, x), end = get(G.depOff, x + 1); e < end; e++) {
      if (getByte(G.depFlag, e) != DEP_DUPLICATE) d++;
    }
    put(degree, x, d);
    if (d == 0) put(queue, tail++, x);
  }
  for (let head = 0; head < tail; head++) {
    const x = get(queue, head);
    put(G.rank, x, head);
    for (let e = get(G.allOff, x), end = get(G.allOff, x + 1); e < end; e++) {
      const c = get(G.all, e);
      put(degree, c, get(degree, c) - 1);
      if (get(degree, c) == 0) put(queue, tail++, c);
    }
  }
  return true;
}

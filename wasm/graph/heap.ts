// A bump allocator over linear memory. Graph data is allocated once and kept; every
// query starts from the same watermark, so repeated queries never grow memory beyond
// the largest one. No managed objects are used anywhere, so the runtime stays a stub.

let top: usize = 0;
let keep: usize = 0;

function start(): usize {
  return (__heap_base + 15) & ~(<usize>15);
}

function ensure(end: usize): bool {
  const have = (<usize>memory.size()) << 16;
  if (end <= have) return true;
  const pages = <i32>((end - have + 0xffff) >> 16);
  return memory.grow(pages) >= 0;
}

/** Returns 8-byte aligned memory, or 0 when memory cannot grow. Not zeroed. */
export function alloc(bytes: usize): usize {
  if (top == 0) top = start();
  const ptr = (top + 7) & ~(<usize>7);
  const end = ptr + bytes;
  if (end < ptr || !ensure(end)) return 0;
  top = end;
  return ptr;
}

/** Like alloc, but zero-filled. */
export function allocZeroed(bytes: usize): usize {
  const ptr = alloc(bytes);
  if (ptr != 0) memory.fill(ptr, 0, bytes);
  return ptr;
}

/** Everything allocated so far survives `rewind`. */
export function keepAllocations(): void {
  keep = top;
}

/** Drops per-query allocations. */
export function rewind(): void {
  top = keep;
}

/** Drops everything: a new graph is about to be loaded. */
export function clear(): void {
  top = start();
  keep = top;
}

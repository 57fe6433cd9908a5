/**
 * A plain TypeScript twin of the WebAssembly engine, written for obviousness rather
 * than speed (Sets and arrays of arrays, one definition per question). Property tests
 * compare the two on random graphs; facade tests can also run on top of this one.
 */
import {
  Classification, DependencyFlag, EdgeMode, type EngineBuild, type EngineFactory,
  type GraphEngine, type GraphRows, type ReachOptions, type UpgradeSet, type UpgradeSetOptions,
} from "../../core/graph/engine.ts";

type Lists = number[][];

function rowsToLists(offsets: Int32Array, targets: Int32Array, size: number): Lists {
  const lists: Lists = [];
  for (let i = 0; i < size; i++) lists.push([...targets.subarray(offsets[i], offsets[i + 1])]);
  return lists;
}

function listsToRows(lists: Lists): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return { offsets, targets: Int32Array.from(lists.flat()) };
}

/** Everything reachable from `start` (inclusive) following `next`. */
function closure(start: Iterable<number>, next: (x: number) => readonly number[]): Set<number> {
  const seen = new Set<number>();
  const todo = [...start];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (seen.has(x)) continue;
    seen.add(x);
    todo.push(...next(x));
  }
  return seen;
}

function toMask(set: Set<number>, size: number): Uint8Array {
  const mask = new Uint8Array(size);
  for (const x of set) mask[x] = 1;
  return mask;
}

export const referenceEngine: EngineFactory = (rows: GraphRows): EngineBuild => {
  const n = rows.size;
  const parents = rowsToLists(rows.parentOffsets, rows.parents, n);
  const declared = rowsToLists(rows.dependencyOffsets, rows.dependencies, n);
  for (let x = 0; x < n; x++) {
    if (parents[x]!.includes(x)) return { ok: false, problem: "self-loop", nodes: Int32Array.of(x) };
    if (declared[x]!.includes(x)) {
      return { ok: false, problem: "dependency-self-loop", nodes: Int32Array.of(x) };
    }
  }
  // Dependencies that repeat a parent add nothing.
  const deps = declared.map((list, x) => list.filter((d) => !parents[x]!.includes(d)));
  const children: Lists = parents.map(() => []);
  const dependents: Lists = parents.map(() => []);
  parents.forEach((list, x) => list.forEach((p) => children[p]!.push(x)));
  deps.forEach((list, x) => list.forEach((d) => dependents[d]!.push(x)));
  const below = (mode: EdgeMode) => (x: number) =>
    mode === EdgeMode.all ? [...parents[x]!, ...deps[x]!] : parents[x]!;
  const above = (mode: EdgeMode) => (x: number) =>
    mode === EdgeMode.all ? [...children[x]!, ...dependents[x]!] : children[x]!;
  for (const [mode, problem] of [[EdgeMode.versioned, "cycle"], [EdgeMode.all, "dependency-cycle"]] as const) {
    const cyclic = findCycle(n, below(mode), above(mode));
    if (cyclic) return { ok: false, problem, nodes: cyclic };
  }
  const flags = new Uint8Array(rows.dependencies.length);
  declared.forEach((list, x) => {
    if (list.length === 0) return;
    const strictlyBelow = closure(parents[x]!, (y) => parents[y]!);
    list.forEach((d, i) => {
      const at = rows.dependencyOffsets[x]! + i;
      if (parents[x]!.includes(d)) flags[at] = DependencyFlag.duplicate;
      else if ([...strictlyBelow].some((a) => declared[a]!.includes(d))) flags[at] = DependencyFlag.implied;
    });
  });
  const ownDown = (x: number) => [
    ...parents[x]!,
    ...declared[x]!.filter((_, i) => flags[rows.dependencyOffsets[x]! + i] === DependencyFlag.kept),
  ];
  return {
    ok: true,
    engine: new ReferenceGraph({ n, children, dependents, flags, below, above, ownDown, parents, deps }),
  };
};

/** Alembic's test first, then every revision on or between cycles. */
function findCycle(
  n: number, below: (x: number) => readonly number[], above: (x: number) => readonly number[],
): Int32Array | null {
  if (n === 0) return null;
  const all = [...Array(n).keys()];
  const heads = all.filter((x) => above(x).length === 0);
  const bases = all.filter((x) => below(x).length === 0);
  if (heads.length === 0 || bases.length === 0) return Int32Array.from(all);
  const belowHeads = closure(heads, below);
  const aboveBases = closure(bases, above);
  const outside = all.filter((x) => !belowHeads.has(x) || !aboveBases.has(x));
  if (outside.length > 0) return Int32Array.from(outside);
  if (isAcyclic(n, below, above)) return null;
  // A revision is on a cycle when it is reachable from one of its own children.
  const onCycle = all.filter((x) => above(x).some((c) => closure([c], above).has(x)));
  const between = closure(onCycle, above);
  const lower = closure(onCycle, below);
  return Int32Array.from(all.filter((x) => between.has(x) && lower.has(x)));
}

/** Kahn's count: every revision can be taken once all it stands on is taken. */
function isAcyclic(
  n: number, below: (x: number) => readonly number[], above: (x: number) => readonly number[],
): boolean {
  const waiting = Array.from({ length: n }, (_, x) => below(x).length);
  const ready = waiting.flatMap((count, x) => (count === 0 ? [x] : []));
  let taken = 0;
  while (ready.length > 0) {
    const x = ready.pop()!;
    taken++;
    for (const c of above(x)) if (--waiting[c]! === 0) ready.push(c);
  }
  return taken === n;
}

interface Parts {
  readonly n: number;
  readonly children: Lists;
  readonly dependents: Lists;
  readonly flags: Uint8Array;
  readonly below: (mode: EdgeMode) => (x: number) => readonly number[];
  readonly above: (mode: EdgeMode) => (x: number) => readonly number[];
  readonly ownDown: (x: number) => number[];
  readonly parents: Lists;
  readonly deps: Lists;
}

class ReferenceGraph implements GraphEngine {
  readonly #p: Parts;
  readonly size: number;
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;
  readonly dependentOffsets: Int32Array;
  readonly dependents: Int32Array;
  readonly dependencyFlags: Uint8Array;

  constructor(parts: Parts) {
    this.#p = parts;
    this.size = parts.n;
    ({ offsets: this.childOffsets, targets: this.children } = listsToRows(parts.children));
    ({ offsets: this.dependentOffsets, targets: this.dependents } = listsToRows(parts.dependents));
    this.dependencyFlags = parts.flags;
  }

  collect(kind: Classification): Int32Array {
    const p = this.#p;
    const test: Record<Classification, (x: number) => boolean> = {
      [Classification.heads]: (x) => p.children[x]!.length === 0,
      [Classification.realHeads]: (x) => p.above(EdgeMode.all)(x).length === 0,
      [Classification.bases]: (x) => p.parents[x]!.length === 0,
      [Classification.realBases]: (x) => p.below(EdgeMode.all)(x).length === 0,
      [Classification.branchPoints]: (x) => p.children[x]!.length > 1,
      [Classification.realBranchPoints]: (x) => p.above(EdgeMode.all)(x).length > 1,
      [Classification.mergePoints]: (x) => p.parents[x]!.length > 1,
    };
    return Int32Array.from([...Array(p.n).keys()].filter(test[kind]));
  }

  topological(): Int32Array {
    const p = this.#p;
    const waiting = Array.from({ length: p.n }, (_, x) => p.below(EdgeMode.all)(x).length);
    const queue = waiting.flatMap((count, x) => (count === 0 ? [x] : []));
    for (let head = 0; head < queue.length; head++) {
      for (const c of p.above(EdgeMode.all)(queue[head]!)) if (--waiting[c]! === 0) queue.push(c);
    }
    return Int32Array.from(queue);
  }

  ancestors(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array {
    return toMask(closure(Array.from(ids), this.#p.below(mode)), this.size);
  }

  descendants(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array {
    return toMask(closure(Array.from(ids), this.#p.above(mode)), this.size);
  }

  lineage(ids: ArrayLike<number>, mode: EdgeMode): Uint8Array {
    const down = this.ancestors(ids, mode);
    return this.descendants(ids, mode).map((bit, x) => bit | down[x]!);
  }

  reach(candidates: ArrayLike<number>, sources: ArrayLike<number>, options: ReachOptions): Uint8Array {
    const below = this.#p.below(options.mode);
    const starts = options.strict ? Array.from(sources).flatMap((s) => below(s)) : Array.from(sources);
    const reached = closure(starts, below);
    return Uint8Array.from(Array.from(candidates), (c) => (reached.has(c) ? 1 : 0));
  }

  /**
   * Alembic's `_topological_sort`, transcribed: ancestor sets per walk, recomputed after
   * merges, and a scan of every walk for each candidate.
   */
  order(ids: ArrayLike<number>): Int32Array {
    const p = this.#p;
    const todo = new Set(Array.from(ids));
    const ancestorsOf = (x: number) => closure([x], (y) => p.ownDown(y));
    const inSet = (x: number) => todo.has(x);
    const below = new Set([...todo].flatMap((y) => p.ownDown(y)));
    const tips = [...todo].filter((x) => !below.has(x)).sort((a, b) => a - b);
    const heads = [...tips];
    const ancestors = heads.map(ancestorsOf);
    const out: number[] = [];
    let idx = 0;
    while (heads.length > 0) {
      const candidate = heads[idx]!;
      const blocker = ancestors.findIndex((set, j) => j !== idx && set.has(candidate));
      if (blocker >= 0) {
        idx = blocker;
        continue;
      }
      if (todo.delete(candidate)) out.push(candidate);
      const fresh = p.ownDown(candidate).filter((d) => inSet(d) && !heads.includes(d));
      if (fresh.length === 0) {
        heads.splice(idx, 1);
        ancestors.splice(idx, 1);
        idx = Math.max(idx - 1, 0);
      } else if (p.parents[candidate]!.length === 1 && p.ownDown(candidate).length === 1) {
        heads[idx] = fresh[0]!;
        ancestors[idx]!.delete(candidate);
      } else {
        heads[idx] = fresh[0]!;
        ancestors[idx] = ancestorsOf(fresh[0]!);
        for (const d of fresh.slice(1)) {
          heads.push(d);
          ancestors.push(ancestorsOf(d));
        }
      }
    }
    return Int32Array.from(out);
  }

  lastOrderExact(): boolean {
    return true;
  }

  upgradeSet(targets: ArrayLike<number>, current: ArrayLike<number>, options: UpgradeSetOptions): UpgradeSet {
    const below = this.#p.below(EdgeMode.all);
    const required = closure(Array.from(targets), below);
    const lower = Array.from(current);
    const offender = lower.find((c) => !required.has(c));
    if (options.checkAncestry && offender !== undefined) return { ok: false, offender };
    const have = closure(lower, below);
    const needs = new Set([...required].filter((x) => !have.has(x)));
    if (options.inclusive) lower.forEach((c) => needs.add(c));
    if (lower.length > 0 && !options.implicitBase) {
      const upward = closure(lower, this.#p.above(EdgeMode.versioned));
      for (const x of [...needs]) if (!upward.has(x)) needs.delete(x);
    }
    return { ok: true, mask: toMask(needs, this.size) };
  }

  downgradeSet(roots: ArrayLike<number>, heads: ArrayLike<number>, implicitBase: boolean): Uint8Array {
    const dropping = closure(Array.from(roots), this.#p.above(EdgeMode.all));
    const active = closure(Array.from(heads), this.#p.below(EdgeMode.all));
    const drop = new Set([...dropping].filter((x) => active.has(x)));
    if (implicitBase) {
      const rooted = closure(Array.from(roots), this.#p.below(EdgeMode.all));
      for (const x of active) if (!rooted.has(x)) drop.add(x);
    }
    return toMask(drop, this.size);
  }
}

/**
 * Branch labels as Alembic applies them (`_add_branches`): a label declared on revision
 * b belongs to b and to everything above b along down-revision edges. When nothing
 * above b forks, merges or has a second dependent (the branch is one plain line from
 * b to its tip), the label also reaches down below b until the first revision that is
 * a merge point or has more than one child or dependent: the part of the branch that
 * was created before the label was added.
 *
 * Alembic computes this with one walk per labeled revision; here both rules are one
 * pass each over a topological order, so many labels on a long line stay linear.
 */

export interface LabelInputs {
  readonly size: number;
  /** Every id, parents before children (any topological order). */
  readonly parentsFirst: Int32Array;
  /** Present down revisions, as compressed rows. */
  readonly parentOffsets: Int32Array;
  readonly parents: Int32Array;
  /** Children along down-revision edges, as compressed rows. */
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;
  /** Dependents, as row offsets (only their number matters). */
  readonly dependentOffsets: Int32Array;
  /** Declared down revisions per revision, present or not (a merge point has two or more). */
  readonly declaredParentCounts: ArrayLike<number>;
  readonly ownLabels: readonly (readonly string[])[];
}

const NONE: readonly string[] = Object.freeze([]);
/** A label set: declaration ranks, ascending; shared between revisions when equal. */
type Ranks = readonly number[];
const EMPTY: Ranks = Object.freeze([]);

/** Labels of every revision, own and inherited, ordered by where they were declared. */
export function inheritLabels(inputs: LabelInputs): readonly (readonly string[])[] {
  const { size, ownLabels } = inputs;
  if (!ownLabels.some((labels) => labels.length > 0)) return new Array(size).fill(NONE);
  const names: string[] = [];
  const rankOf = new Map<string, number>();
  for (const labels of ownLabels) {
    for (const label of labels) {
      if (!rankOf.has(label)) {
        rankOf.set(label, names.length);
        names.push(label);
      }
    }
  }
  const own = ownLabels.map((labels) =>
    labels.length === 0 ? EMPTY : [...new Set(labels.map((l) => rankOf.get(l)!))].sort((a, b) => a - b));
  const upward = inheritUpward(inputs, own);
  const downward = inheritDownward(inputs, own);
  const named = new Map<Ranks, readonly string[]>([[EMPTY, NONE]]);
  const result: (readonly string[])[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const set = union(upward[i]!, downward[i]!);
    let labels = named.get(set);
    if (!labels) {
      labels = Object.freeze(set.map((r) => names[r]!));
      named.set(set, labels);
    }
    result[i] = labels;
  }
  return result;
}

/** A revision's own labels plus everything its down revisions carry. */
function inheritUpward(inputs: LabelInputs, own: readonly Ranks[]): Ranks[] {
  const { size, parentsFirst, parentOffsets, parents } = inputs;
  const upward: Ranks[] = new Array(size);
  for (let k = 0; k < size; k++) {
    const i = parentsFirst[k]!;
    let labels = own[i]!;
    for (let e = parentOffsets[i]!, end = parentOffsets[i + 1]!; e < end; e++) {
      labels = union(labels, upward[parents[e]!]!);
    }
    upward[i] = labels;
  }
  return upward;
}

/**
 * Labels that walk down a plain line. `clean[i]`: i and everything above it is one
 * unforked, unmerged line; `carried[i]`: labels a walk from above brings into i.
 */
function inheritDownward(inputs: LabelInputs, own: readonly Ranks[]): Ranks[] {
  const { size, parentsFirst, childOffsets, children } = inputs;
  const plain = plainRevisions(inputs);
  const clean = new Uint8Array(size);
  const carried: Ranks[] = new Array(size).fill(EMPTY);
  for (let k = size - 1; k >= 0; k--) {
    const i = parentsFirst[k]!;
    if (!plain[i]) continue;
    if (childOffsets[i + 1] === childOffsets[i]) {
      clean[i] = 1;
      continue;
    }
    const child = children[childOffsets[i]!]!;
    clean[i] = clean[child]!;
    if (!plain[child]) continue;
    carried[i] = clean[child] ? union(carried[child]!, own[child]!) : carried[child]!;
  }
  return carried;
}

/**
 * 1 for a revision with at most one child or dependent and at most one declared down
 * revision. One pass in map order: the walk above visits revisions in topological
 * order, which at 100,000 revisions makes every lookup a cache miss.
 */
function plainRevisions(inputs: LabelInputs): Uint8Array {
  const { size, childOffsets, dependentOffsets, declaredParentCounts } = inputs;
  const plain = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const followers = childOffsets[i + 1]! - childOffsets[i]! + dependentOffsets[i + 1]! - dependentOffsets[i]!;
    plain[i] = followers <= 1 && declaredParentCounts[i]! <= 1 ? 1 : 0;
  }
  return plain;
}

/** Sorted union; returns one of the inputs whenever the other adds nothing. */
function union(a: Ranks, b: Ranks): Ranks {
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    out.push(x <= y ? x : y);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  if (out.length === a.length) return a;
  if (out.length === b.length) return b;
  return out;
}

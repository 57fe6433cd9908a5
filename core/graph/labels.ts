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
  /** Ids in newest-first topological order (children before parents). */
  readonly newestFirst: Int32Array;
  /** Present down revisions of each revision. */
  readonly parents: (i: number) => ArrayLike<number>;
  /** Children of each revision (down-revision edges only). */
  readonly children: (i: number) => ArrayLike<number>;
  /** Children plus dependents. */
  readonly allChildCount: (i: number) => number;
  /** Declared down revisions, present or not (a merge point has two or more). */
  readonly declaredParentCount: (i: number) => number;
  readonly ownLabels: readonly (readonly string[])[];
}

const NONE: readonly string[] = Object.freeze([]);

/** Labels of every revision, own and inherited, ordered by where they were declared. */
export function inheritLabels(inputs: LabelInputs): readonly (readonly string[])[] {
  const { size, newestFirst, ownLabels } = inputs;
  if (!ownLabels.some((labels) => labels.length > 0)) return new Array(size).fill(NONE);
  const rank = labelRanks(ownLabels);
  const upward = inheritUpward(inputs, rank);
  const downward = inheritDownward(inputs, rank);
  const result: (readonly string[])[] = new Array(size);
  for (let k = 0; k < size; k++) {
    const i = newestFirst[k]!;
    result[i] = union(upward[i]!, downward[i]!, rank);
  }
  return result;
}

/** Declaration order: owners in map order, each owner's labels as written. */
function labelRanks(ownLabels: readonly (readonly string[])[]): Map<string, number> {
  const rank = new Map<string, number>();
  for (const labels of ownLabels) for (const label of labels) rank.set(label, rank.size);
  return rank;
}

/** A revision's own labels plus everything its down revisions carry; shared when equal. */
function inheritUpward(inputs: LabelInputs, rank: Map<string, number>): (readonly string[])[] {
  const { size, newestFirst, parents, ownLabels } = inputs;
  const upward: (readonly string[])[] = new Array(size);
  for (let k = size - 1; k >= 0; k--) {
    const i = newestFirst[k]!;
    let labels = ownLabels[i]!.length > 0 ? sortLabels([...ownLabels[i]!], rank) : NONE;
    const below = parents(i);
    for (let p = 0; p < below.length; p++) labels = union(labels, upward[below[p]!]!, rank);
    upward[i] = labels;
  }
  return upward;
}

/**
 * Labels that walk down a plain line. `clean[i]`: i and everything above it is one
 * unforked, unmerged line; `carried[i]`: labels a walk from above brings into i.
 */
function inheritDownward(inputs: LabelInputs, rank: Map<string, number>): (readonly string[])[] {
  const { size, newestFirst, children, allChildCount, declaredParentCount, ownLabels } = inputs;
  const plain = (i: number) => allChildCount(i) <= 1 && declaredParentCount(i) <= 1;
  const clean = new Uint8Array(size);
  const carried: (readonly string[])[] = new Array(size).fill(NONE);
  for (let k = 0; k < size; k++) {
    const i = newestFirst[k]!;
    const above = children(i);
    if (!plain(i)) continue;
    if (above.length === 0) {
      clean[i] = 1;
      continue;
    }
    if (above.length !== 1) continue;
    const child = above[0]!;
    clean[i] = clean[child]!;
    if (!plain(child)) continue;
    const fromChild = clean[child] ? union(carried[child]!, sortLabels([...ownLabels[child]!], rank), rank) : carried[child]!;
    carried[i] = fromChild;
  }
  return carried;
}

function sortLabels(labels: string[], rank: Map<string, number>): readonly string[] {
  return labels.length === 0 ? NONE : labels.sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/** Sorted union; returns one of the inputs when the other adds nothing. */
function union(a: readonly string[], b: readonly string[], rank: Map<string, number>): readonly string[] {
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  const extra = b.filter((label) => !a.includes(label));
  return extra.length === 0 ? a : sortLabels([...a, ...extra], rank);
}

/**
 * Revision graphs for the offline benchmark, written out identically for mig and for
 * Alembic: same ids, same parents, same op per revision. Both shapes end in one head so
 * `upgrade head --sql` is valid for both tools.
 */

import { random } from "../../tests/graph/random_graphs.ts";

export type ShapeName = "linear" | "branchy";

/** One revision's change: a new table, or a column on a table its ancestry created. */
export type BenchOp =
  | { readonly kind: "createTable"; readonly table: string }
  | { readonly kind: "addColumn"; readonly table: string; readonly column: string };

export interface BenchRevision {
  readonly index: number;
  readonly revision: string;
  readonly parents: readonly string[];
  readonly op: BenchOp;
}

/** 12 hex digits, distinct per index, spread like Alembic's random ids (so sorting by name shuffles). */
export function benchId(index: number): string {
  const mixed = Math.imul(index ^ 0x5bd1e995, 0x85ebca6b) >>> 0;
  return (mixed.toString(16).padStart(8, "0") + index.toString(16).padStart(4, "0")).slice(-12);
}


export function buildShape(shape: ShapeName, size: number): BenchRevision[] {
  return shape === "linear" ? linear(size) : branchy(size);
}

class Builder {
  readonly revisions: BenchRevision[] = [];
  /** The table each revision's line of work last created, to add columns to. */
  readonly #tableOf = new Map<string, string>();

  add(parents: readonly string[]): string {
    const index = this.revisions.length;
    const revision = benchId(index);
    const inherited = parents.length > 0 ? this.#tableOf.get(parents[0]!) : undefined;
    // Every other revision adds a column, so both op kinds are exercised in equal measure.
    const op: BenchOp = inherited !== undefined && index % 2 === 1
      ? { kind: "addColumn", table: inherited, column: `c_${index}` }
      : { kind: "createTable", table: `t_${index}` };
    this.#tableOf.set(revision, op.table);
    this.revisions.push({ index, revision, parents, op });
    return revision;
  }
}

function linear(size: number): BenchRevision[] {
  const b = new Builder();
  let tip: string | null = null;
  for (let i = 0; i < size; i++) tip = b.add(tip === null ? [] : [tip]);
  return b.revisions;
}

/**
 * A main line with feature branches: about eight open at once, forking from the main
 * line, growing, and merging back; whatever is still open at the end is merged into one
 * head, as a team does before a release. A merge never lists a parent that is already an
 * ancestor of another (Alembic cannot run such a merge offline).
 */
function branchy(size: number): BenchRevision[] {
  const next = random(20240601);
  const b = new Builder();
  let main = b.add([]);
  // Each open branch: its tip, and the main line revision it forked from.
  const open: { tip: string; from: string }[] = [];
  /** Parents for merging `branches` into the main line: main only if it moved on since they forked. */
  const mergeParents = (branches: readonly { tip: string; from: string }[]) =>
    [...(branches.every((x) => x.from !== main) ? [main] : []), ...branches.map((x) => x.tip)];
  const reserve = () => (open.length > 0 ? 1 : 0);
  while (b.revisions.length < size - reserve()) {
    const roll = next();
    if (open.length < 8 && roll < 0.1) {
      open.push({ tip: b.add([main]), from: main });
    } else if (open.length > 0 && roll < 0.55) {
      const branch = open[Math.floor(next() * open.length)]!;
      branch.tip = b.add([branch.tip]);
    } else if (open.length > 0 && roll < 0.6) {
      const [branch] = open.splice(Math.floor(next() * open.length), 1);
      main = b.add(mergeParents([branch!]));
    } else {
      main = b.add([main]);
    }
  }
  if (open.length > 0) b.add(mergeParents(open));
  return b.revisions;
}

/**
 * From script headers to numbered revisions and edge rows, with Alembic's checks in
 * Alembic's order: per revision (self-loops, illegal characters), duplicates, branch
 * labels, then references. Problems that stop the map are RevisionErrors; duplicate
 * ids and dangling references are warnings returned as data.
 *
 * Plain loops on purpose: at 100,000 revisions the string lookups are most of the
 * cost of building a map, so every id is hashed once and every reference once.
 */
import { RevisionError } from "../errors.ts";
import type { RevisionHeader } from "../script/revision_header.ts";
import type { GraphRows } from "./engine.ts";
import { KeyIndex } from "./keys.ts";

const ILLEGAL = ["+", "-", ":", "@"] as const;
const ILLEGAL_ANY = /[+\-:@]/;
const NO_LABELS: readonly string[] = Object.freeze([]);

export interface Interned {
  /** Revision ids in map order (first appearance). */
  readonly ids: readonly string[];
  /** The header kept for each revision (a later duplicate replaces an earlier one). */
  readonly headers: readonly RevisionHeader[];
  readonly keys: KeyIndex;
  /** Own branch labels per revision, duplicates removed. */
  readonly ownLabels: readonly (readonly string[])[];
  /** Down revisions each revision declares, present or not (two or more: a merge point). */
  readonly declaredParentCounts: Int32Array;
  /** Present down revisions and resolved dependencies, each deduplicated. */
  readonly rows: GraphRows;
  readonly warnings: readonly string[];
}

export function internHeaders(headers: readonly RevisionHeader[]): Interned {
  const warnings: string[] = [];
  const byId = new Map<string, number>();
  const ids: string[] = [];
  const kept: RevisionHeader[] = [];
  for (const header of headers) {
    checkHeader(header);
    // One hash per id: insert, and look back only when the map did not grow (a duplicate).
    const before = byId.size;
    byId.set(header.revision, ids.length);
    if (byId.size > before) {
      ids.push(header.revision);
      kept.push(header);
    } else {
      const at = ids.indexOf(header.revision);
      byId.set(header.revision, at);
      warnings.push(`Revision ${header.revision} is present more than once`);
      kept[at] = header;
    }
  }
  const { ownLabels, byLabel } = mapLabels(ids, kept, byId);
  const keys = new KeyIndex(ids, byId, byLabel);
  const missing = (name: string, from: number) =>
    warnings.push(`Revision ${name} referenced from ${ids[from]} is not present`);
  const parents = resolveRows(kept, "downRevisions", (name) => byId.get(name), missing);
  const dependencies = resolveRows(kept, "dependsOn", (name) => dependencyTarget(keys, name), missing);
  const rows: GraphRows = {
    size: ids.length,
    parentOffsets: parents.offsets,
    parents: parents.targets,
    dependencyOffsets: dependencies.offsets,
    dependencies: dependencies.targets,
  };
  const declaredParentCounts = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) declaredParentCounts[i] = kept[i]!.downRevisions.length;
  return { ids, headers: kept, keys, ownLabels, declaredParentCounts, rows, warnings };
}

/** Alembic checks these while constructing each revision, before anything else. */
function checkHeader(header: RevisionHeader): void {
  const id = header.revision;
  if (header.downRevisions.includes(id)) {
    throw new RevisionError(`Self-loop is detected in revisions (${id})`);
  }
  if (header.dependsOn.includes(id)) {
    throw new RevisionError(`Dependency self-loop is detected in revisions (${id})`);
  }
  if (ILLEGAL_ANY.test(id)) {
    const illegal = ILLEGAL.filter((char) => id.includes(char)).join(", ");
    throw new RevisionError(`Character(s) '${illegal}' not allowed in revision identifier '${id}'`);
  }
}

/** A label may name one revision only, and never shadow a revision id. */
function mapLabels(ids: readonly string[], kept: readonly RevisionHeader[], byId: ReadonlyMap<string, number>) {
  const byLabel = new Map<string, number>();
  const ownLabels: (readonly string[])[] = new Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const declared = kept[i]!.branchLabels;
    const labels = declared.length === 0 ? NO_LABELS : [...new Set(declared)];
    ownLabels[i] = labels;
    for (const label of labels) {
      const owner = byId.get(label) ?? byLabel.get(label);
      if (owner !== undefined) {
        throw new RevisionError(`Branch name '${label}' in revision ${ids[i]} already used by revision ${ids[owner]}`);
      }
      byLabel.set(label, i);
    }
  }
  return { ownLabels, byLabel };
}

/**
 * Names per header resolved to revision numbers; unknown names are reported and left
 * out. Indexed loops and one lookup call per name: this runs once per reference in
 * the project, 100,000 times and more, mostly before the JIT has warmed up.
 */
function resolveRows(
  kept: readonly RevisionHeader[],
  field: "downRevisions" | "dependsOn",
  lookup: (name: string) => number | undefined,
  missing: (name: string, from: number) => void,
): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(kept.length + 1);
  let total = 0;
  for (let i = 0; i < kept.length; i++) total += kept[i]![field].length;
  const targets = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < kept.length; i++) {
    const start = at;
    const names = kept[i]![field];
    for (let n = 0; n < names.length; n++) {
      const found = lookup(names[n]!);
      if (found === undefined) {
        missing(names[n]!, i);
        continue;
      }
      let seen = false;
      for (let k = start; k < at && !seen; k++) seen = targets[k] === found;
      if (!seen) targets[at++] = found;
    }
    offsets[i + 1] = at;
  }
  return { offsets, targets: at === total ? targets : targets.slice(0, at) };
}

/**
 * A dependency names a revision id or a branch label (Alembic writes one of those);
 * a unique partial id is accepted too, for hand-written headers.
 */
function dependencyTarget(keys: KeyIndex, name: string): number | undefined {
  const exact = keys.exact(name);
  if (exact !== undefined) return exact;
  const owners = new Set(keys.prefixed(name).map((hit) => hit.revision));
  return owners.size === 1 ? [...owners][0] : undefined;
}

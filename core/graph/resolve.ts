/**
 * Identifier resolution, following Alembic's RevisionMap: full ids, unique prefixes,
 * `head`, `heads`, `base`, branch labels, `label@id`, `label@head`, `label@base` and
 * `-N` from the heads. Works in revision numbers; failures are the typed ones in
 * failures.ts, reworded by the public entry points.
 */
import { EdgeMode } from "./engine.ts";
import { MultipleHeadsFailure, ResolutionFailure } from "./failures.ts";
import type { GraphModel } from "./model.ts";
import { walk } from "./walk.ts";

/** A revision number, `"base"` (walked below the bases) or null (nothing / base). */
export type Walked = number | "base" | null;

const INTEGER = /^[+-]?\d+$/;
const SHORT_PREFIX = "; please ensure at least four characters are present for partial revision identifier matches";

export class Resolver {
  constructor(readonly model: GraphModel) {}

  name(i: number): string {
    return this.model.ids[i]!;
  }

  /** Splits `label@symbol` and expands `head`, `heads` and `base` (`_resolve_revision_number`). */
  resolveNumber(id: string | null): { ids: string[]; branch: string | null } {
    let branch: string | null = null;
    let symbol = id;
    if (symbol !== null && symbol.includes("@")) {
      const at = symbol.indexOf("@");
      branch = symbol.slice(0, at) || null;
      symbol = symbol.slice(at + 1);
    }
    if (symbol === "heads") {
      const heads = branch ? this.filterForLineage(this.model.heads, branch) : this.model.realHeads;
      return { ids: heads.map((i) => this.name(i)), branch };
    }
    if (symbol === "head") {
      const head = this.currentHead(branch);
      return { ids: head === null ? [] : [head], branch };
    }
    if (symbol === "base" || symbol === null) return { ids: [], branch };
    return { ids: [symbol], branch };
  }

  /** The single head, optionally within a branch (`get_current_head`). */
  currentHead(branch: string | null = null): string | null {
    const heads = branch ? this.filterForLineage(this.model.heads, branch) : this.model.heads;
    if (heads.length > 1) {
      throw new MultipleHeadsFailure(heads.map((i) => this.name(i)), branch ? `${branch}@head` : "head");
    }
    return heads.length === 0 ? null : this.name(heads[0]!);
  }

  /** Keeps the revisions on a line of descent through what `against` names. */
  filterForLineage(targets: readonly number[], against: string | null, withDependencies = false): number[] {
    // Alembic only resolves `against` when there is something to test against it.
    if (targets.length === 0) return [];
    const { ids, branch } = this.resolveNumber(against);
    const shares = [...(branch ? [branch] : []), ...ids];
    if (shares.length === 0) return [...targets];
    const resolved = shares.map((name) => this.forIdent(name)).filter((x): x is number => x !== null);
    return this.model.sharingLineage(targets, resolved, withDependencies);
  }

  /** Every revision an identifier or list of identifiers names (`get_revisions`). */
  revisions(id: string | null | readonly (string | null)[]): Walked[] {
    if (Array.isArray(id)) return (id as readonly (string | null)[]).flatMap((one) => this.revisions(one));
    const { ids, branch } = this.resolveNumber(id as string | null);
    if (ids.length === 1 && INTEGER.test(ids[0]!)) {
      const steps = Number.parseInt(ids[0]!, 10);
      if (steps < 0) {
        let heads = this.revisions("heads") as number[];
        if (branch !== null) heads = heads.filter((h) => this.model.labels[h]!.includes(branch));
        return heads.map((head) => walk(this, head, steps));
      }
    }
    return ids.map((one) => this.forIdent(one, branch));
  }

  /** The one revision an identifier names; null for base (`get_revision`). */
  revision(id: string | null): number | null {
    const { ids, branch } = this.resolveNumber(id);
    if (ids.length > 1) throw new MultipleHeadsFailure(ids, id ?? "");
    return this.forIdent(ids[0] ?? null, branch);
  }

  /** A full id, label or unique prefix, checked against a branch (`_revision_for_ident`). */
  forIdent(ident: string | null, checkBranch: string | null = null): number | null {
    const branchRevision = checkBranch ? this.resolveBranch(checkBranch) : null;
    if (ident === null) return null;
    let revision = this.model.keys.exact(ident);
    if (revision === undefined) {
      let hits = this.model.keys.prefixed(ident);
      if (checkBranch) {
        const kept = new Set(this.filterForLineage(hits.map((hit) => hit.revision), checkBranch));
        hits = hits.filter((hit) => kept.has(hit.revision));
      }
      if (hits.length === 0) {
        const hint = ident.length < 4 ? SHORT_PREFIX : "";
        throw new ResolutionFailure(`No such revision or branch '${ident}'${hint}`, ident);
      }
      if (hits.length > 1) {
        const some = hits.slice(0, 3).map((hit) => `'${hit.key}'`).join(", ");
        throw new ResolutionFailure(`Multiple revisions start with '${ident}': ${some}...`, ident);
      }
      revision = hits[0]!.revision;
    }
    if (checkBranch && branchRevision !== null &&
      this.model.sharingLineage([revision], [branchRevision]).length === 0) {
      throw new ResolutionFailure(
        `Revision ${this.name(revision)} is not a member of branch '${checkBranch}'`, ident,
      );
    }
    return revision;
  }

  /** The revision a branch name stands for: a label's owner, or any identifier. */
  resolveBranch(label: string): number | null {
    const exact = this.model.keys.exact(label);
    if (exact !== undefined) return exact;
    try {
      return this.forIdent(label);
    } catch (error) {
      if (error instanceof ResolutionFailure) {
        throw new ResolutionFailure(`No such branch: '${label}'`, label, { cause: error });
      }
      throw error;
    }
  }

  /** What the given heads imply, reduced to branch tips (`_get_all_current`). */
  allCurrent(heads: readonly string[]): number[] {
    const top = this.revisions(heads).filter((x): x is number => typeof x === "number");
    const implied = this.model.engine.ancestors(top, EdgeMode.all);
    const tips: number[] = [];
    for (let i = 0; i < implied.length; i++) {
      if (implied[i] && !this.model.children(i).some((c) => implied[c] === 1)) tips.push(i);
    }
    return tips;
  }
}

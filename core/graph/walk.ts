/**
 * Relative walks (`_walk`): N steps up along children (from the bases when starting at
 * base, optionally staying on a branch) or down along declared down revisions (from
 * the heads when starting at base). A step with two ways to go is an "Ambiguous walk".
 */
import { RevisionError } from "../errors.ts";
import type { Resolver, Walked } from "./resolve.ts";

export interface WalkOptions {
  /** Only step up into revisions on a line of descent through this branch. */
  readonly branch?: string | null;
  /** Walking past the end gives null (true, the default) or stops at the last revision. */
  readonly noOverwalk?: boolean;
}

export function walk(resolver: Resolver, start: Walked, steps: number, options: WalkOptions = {}): Walked {
  const model = resolver.model;
  const noOverwalk = options.noOverwalk ?? true;
  let at: Walked = start;
  for (let k = 0; k < Math.abs(steps); k++) {
    let next: Walked[];
    if (steps > 0) {
      const up = at === null || at === "base" ? [...model.bases] : [...model.children(at)];
      next = options.branch ? resolver.filterForLineage(up, options.branch) : up;
    } else if (at === "base") {
      next = [];
    } else {
      next = at === null
        ? resolver.revisions(model.heads.map((i) => resolver.name(i)))
        : resolver.revisions(model.headers[at]!.downRevisions);
      if (next.length === 0) next = ["base"];
    }
    if (next.length === 0) return noOverwalk ? null : at;
    if (next.length > 1) throw new RevisionError("Ambiguous walk");
    at = next[0]!;
  }
  return at;
}

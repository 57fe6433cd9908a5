/**
 * `--staged`: which revisions a commit touches. Its changed scripts and everything that
 * builds on them (descendants, dependents) get the full stairway; their ancestors are
 * only upgraded, to reach them. A staged mig.toml or env.ts can change any run, so it
 * asks for the whole check.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { MigConfig } from "../config/config.ts";
import type { RevisionMap } from "../graph/mod.ts";
import { stagedFiles } from "./git.ts";

export type StagedScope =
  /** Something global changed: check everything. */
  | { readonly kind: "all"; readonly reason: string }
  /** These revisions (never empty). */
  | { readonly kind: "revisions"; readonly changed: readonly string[]; readonly focus: ReadonlySet<string> }
  /** No migration is staged: the graph lint is all there is to do. */
  | { readonly kind: "none" };

export function stagedScope(config: MigConfig, map: RevisionMap, cwd: string): StagedScope {
  const staged = new Set(stagedFiles(cwd).map(real));
  const global = [config.file, path.join(config.scriptLocation, "env.ts")].filter((f): f is string => f !== null);
  const touched = global.find((f) => staged.has(real(f)));
  if (touched) return { kind: "all", reason: `${path.basename(touched)} is staged` };
  const changed = map.revisions().filter((rev) => staged.has(real(rev.path))).map((rev) => rev.revision);
  if (changed.length === 0) return { kind: "none" };
  return { kind: "revisions", changed, focus: descendants(map, changed) };
}

/** The revisions and every revision that names them, directly or not, as parent or dependency. */
export function descendants(map: RevisionMap, roots: readonly string[]): Set<string> {
  const seen = new Set<string>(roots);
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const rev = map.get(id);
    for (const next of [...(rev?.children ?? []), ...(rev?.dependents ?? [])]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Symlinked temp dirs (macOS /var -> /private/var) must not hide a match. */
function real(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

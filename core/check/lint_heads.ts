/**
 * The head rule of `mig check`: exactly one head, as `mig upgrade head` needs, unless
 * mig.toml's `heads` names the heads the project means to keep (independent branches).
 */
import { RevisionError } from "../errors.ts";
import type { RevisionMap } from "../graph/mod.ts";
import { type Finding, finding } from "./finding.ts";

export function checkHeads(map: RevisionMap, configured: readonly string[] | undefined): Finding[] {
  const heads = map.heads();
  const listed = heads.map((h) => `${h.revision}: ${h.path}`);
  if (configured === undefined) {
    if (heads.length <= 1) return [];
    return [finding({
      kind: "multiple-heads",
      message: `Multiple heads are present: ${heads.map((h) => h.revision).join(", ")}; merge them with 'mig merge heads', ` +
        `or list the heads to keep in 'heads' in mig.toml`,
      details: listed,
    })];
  }
  const expected = new Set<string>();
  for (const name of configured) {
    try {
      for (const rev of map.resolveAll(name)) expected.add(rev.revision);
    } catch (error) {
      if (!(error instanceof RevisionError)) throw error;
      return [finding({ kind: "unexpected-heads", message: `Head '${name}' named in mig.toml: ${error.message}`, details: listed })];
    }
  }
  const actual = new Set(heads.map((h) => h.revision));
  const same = actual.size === expected.size && [...actual].every((id) => expected.has(id));
  if (same) return [];
  return [finding({
    kind: "unexpected-heads",
    message: `The heads are ${[...actual].join(", ") || "none"}, but 'heads' in mig.toml names ${[...expected].join(", ") || "none"}`,
    details: listed,
  })];
}

/**
 * Alembic refuses a set of revisions where one lies on another's line of descent
 * ("Requested revision X overlaps with other requested revisions Y"), e.g. a version
 * table listing both a revision and its ancestor. One pruned search answers the usual
 * case (no overlap); the offending revision is only searched for when there is one.
 */
import { RevisionError } from "../errors.ts";
import type { EdgeMode } from "./engine.ts";
import type { GraphModel } from "./model.ts";

/**
 * `below`: report a revision that has others among its ancestors (Alembic's check on
 * ancestors); otherwise one that has others among its descendants.
 */
export function checkOverlap(
  model: GraphModel, nodes: readonly number[], options: { below: boolean; mode: EdgeMode },
): void {
  if (nodes.length < 2) return;
  const engine = model.engine;
  if (!engine.reach(nodes, nodes, { strict: true, mode: options.mode }).includes(1)) return;
  for (const node of nodes) {
    const related = options.below
      ? engine.ancestors([node], options.mode)
      : engine.descendants([node], options.mode);
    const others = [...new Set(nodes.filter((other) => other !== node && related[other] === 1))];
    if (others.length > 0) {
      throw new RevisionError(
        `Requested revision ${model.ids[node]} overlaps with other requested revisions ` +
          others.map((i) => model.ids[i]).join(", "),
      );
    }
  }
}

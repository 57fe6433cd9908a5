import type { MigConfig } from "../config/config.ts";
import { branchesEntry } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import { loadRevisionMap, printJson, printLines } from "./project.ts";

/** `mig branches`: every branch point and the revisions it branches into. */
export function branches(config: MigConfig, options: { verbose?: boolean; json?: boolean }, output: Output): void {
  const map = loadRevisionMap(config, output);
  const points = map.branchPoints();
  if (options.json) return printJson(output, points.map((r) => r.toJSON()));
  const verbose = options.verbose ?? false;
  printLines(output, points.map((point) => branchesEntry(point, point.children.map((id) => map.get(id)!), { verbose })));
}

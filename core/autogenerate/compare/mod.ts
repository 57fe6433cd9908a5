/**
 * `compareCatalogs`: what autogenerate writes. The upgrade takes `from` to `to`; the
 * downgrade is the same comparison the other way, with the rename hints turned around,
 * so it is the upgrade's exact inverse, in an order that runs.
 */

import type { DialectCapabilities } from "../../dialect.ts";
import type { IncludeObject } from "../../runtime/env.ts";
import type { Catalog } from "../catalog.ts";
import type { ComparisonResult } from "../op_call.ts";
import { filterCatalogs } from "./filter.ts";
import { checkColumnHintTables, NO_RENAMES, type Renames, reversed, tablePairs } from "./hints.ts";
import { plan } from "./plan.ts";

export interface CompareOptions {
  readonly capabilities: DialectCapabilities;
  readonly renames?: Renames;
  readonly includeObject?: IncludeObject;
}

export function compareCatalogs(from: Catalog, to: Catalog, options: CompareOptions): ComparisonResult {
  const sides = options.includeObject ? filterCatalogs(from, to, options.includeObject) : { from, to };
  const renames = options.renames ?? NO_RENAMES;
  checkColumnHintTables(renames, sides.to);
  const up = plan(sides.from, sides.to, options.capabilities, renames);
  const back = reversed(renames, tablePairs(sides.from, sides.to, renames));
  const down = plan(sides.to, sides.from, options.capabilities, back);
  return { upgrade: up.calls, downgrade: down.calls, notes: up.notes };
}

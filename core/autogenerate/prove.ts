/**
 * The proof every generated script passes before it is written (no peer does all of
 * it): in the workspace that holds the target, the script's downgrade must lead exactly
 * to the start, and its upgrade from there exactly back to the target, with nothing left
 * for a second comparison to find. Going down first from the target proves the same as
 * going up from the start (catalog states are equal, and ops act on catalog states) and
 * needs no copy of the live database. Differences are described, not thrown: the caller
 * decides whether they fail the command (`--strict`).
 */

import type { Dialect } from "../dialect.ts";
import type { IncludeObject } from "../runtime/env.ts";
import type { Catalog } from "./catalog.ts";
import { compareCatalogs } from "./compare/mod.ts";
import { describeCalls } from "./describe_calls.ts";
import type { Workspace } from "./workspace.ts";

export interface Proof {
  readonly verified: boolean;
  /** What stayed different, one line each: `after downgrade: ...`, `after upgrade: ...`. */
  readonly differences: readonly string[];
}

export async function prove(options: {
  workspace: Workspace;
  script: string;
  start: Catalog;
  target: Catalog;
  includeObject?: IncludeObject;
  /** Where the workspace stands: at the target (the usual case), or at the start (one-workspace `--from-migrations`). */
  at?: "target" | "start";
}): Promise<Proof> {
  const { workspace, script, start, target, includeObject } = options;
  const differences: string[] = [];
  const step = async (direction: "up" | "down", expected: Catalog, label: string) => {
    try {
      await workspace.runScript(script, direction);
    } catch (error) {
      differences.push(`${label}: the ${direction === "up" ? "upgrade" : "downgrade"} failed: ${firstLine(error)}`);
      return false;
    }
    const reached = await workspace.readCatalog();
    const left = compareCatalogs(reached, expected, {
      capabilities: workspace.dialect.capabilities, ...(includeObject ? { includeObject } : {}),
    }).upgrade;
    differences.push(...describeCalls(left).map((line) => `${label}: ${line}`));
    return true;
  };
  if (options.at === "start") {
    if (await step("up", target, "after upgrade")) await step("down", start, "after downgrade");
  } else if (await step("down", start, "after downgrade")) {
    await step("up", target, "after upgrade");
  }
  return { verified: differences.length === 0, differences };
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

export type { Dialect };

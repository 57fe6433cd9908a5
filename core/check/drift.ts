/**
 * `mig check`'s drift step (Alembic's `alembic check`, without a server): when a target
 * schema is declared, the schema the migrations' heads build in the dry run must equal it.
 * Each difference is reported as the op that would fix it, ready to paste into a script
 * (or generate with `mig revision --autogenerate --from-migrations`).
 */

import { autogenerate } from "../autogenerate/autogenerate.ts";
import { compareCatalogs } from "../autogenerate/compare/mod.ts";
import { fitsScratchSchema, materializeInScratchSchema } from "../autogenerate/scratch_schema.ts";
import type { Dialect } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import type { Catalog } from "../autogenerate/catalog.ts";
import { describeCalls } from "../autogenerate/describe_calls.ts";
import { renderBody } from "../autogenerate/render_body.ts";
import { embeddedSetup } from "../autogenerate/setup.ts";
import type { MigConfig } from "../config/config.ts";
import type { Output } from "../output.ts";
import { type Finding, finding } from "./finding.ts";

export async function driftFindings(options: {
  config: MigConfig;
  devUrl?: string;
  heads: Catalog;
  log: Output;
  database?: string;
  /** The dry run's own database, where a PostgreSQL target can be built in a scratch schema. */
  here?: { driver: Driver; dialect: Dialect };
}): Promise<Finding[]> {
  const setup = await embeddedSetup(options.config, options.devUrl === undefined ? {} : { devUrl: options.devUrl });
  const { here } = options;
  const { upgrade, notes } = here && fitsScratchSchema(setup.input.target, here.dialect.capabilities)
    ? compareCatalogs(options.heads, await materializeInScratchSchema(setup.input.target, here.driver, here.dialect), { capabilities: here.dialect.capabilities })
    : (await autogenerate({ ...setup.input, start: { kind: "catalog", catalog: options.heads }, prove: false, log: options.log })).comparison;
  const where = options.database ? { database: options.database } : {};
  const found: Finding[] = [];
  if (upgrade.length > 0) {
    found.push(finding({
      kind: "drift",
      message: `The migrations' heads differ from the target schema: ${upgrade.length} change(s); ` +
        "`mig revision --autogenerate --from-migrations` writes them as a migration",
      file: setup.input.target.file,
      details: [...describeCalls(upgrade), "Ops that would fix it:", ...renderBody(upgrade, setup.dialect, "  ").split("\n")],
      ...where,
    }));
  }
  for (const note of notes) {
    found.push(finding({
      kind: "drift", severity: "warning", file: setup.input.target.file, ...where,
      message: `Not comparable: ${note.table ? `${note.table}: ` : ""}${note.message}`,
    }));
  }
  return found;
}

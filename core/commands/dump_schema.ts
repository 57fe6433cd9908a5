/**
 * `mig schema dump`: the live database's schema (or the one the migrations' heads build,
 * `--from-migrations`) as a target schema module or SQL, so an existing database adopts
 * mig in two commands: dump it, then `revision --autogenerate` from an empty database
 * writes the baseline.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import type { Catalog } from "../autogenerate/catalog.ts";
import { renderSchemaModule, renderSchemaSql } from "../autogenerate/render_schema.ts";
import { embeddedPlace, schemasOption } from "../autogenerate/setup.ts";
import { Workspace } from "../autogenerate/workspace.ts";
import type { MigConfig } from "../config/config.ts";
import type { Dialect } from "../dialect.ts";
import { MigError, UsageError } from "../errors.ts";
import type { Output } from "../output.ts";
import type { InspectSession } from "../runtime/migrate.ts";
import { runEnv } from "../runtime/run_env.ts";
import { loadRevisionMap, plannedSteps } from "./project.ts";

export interface DumpSchemaOptions {
  readonly format?: "ts" | "sql";
  /** Write here instead of stdout. */
  readonly output?: string;
  readonly fromMigrations?: boolean;
  readonly devUrl?: string;
}

export async function dumpSchema(config: MigConfig, options: DumpSchemaOptions, output: Output): Promise<string> {
  const format = options.format ?? "ts";
  if (format !== "ts" && format !== "sql") throw new UsageError(`--format must be ts or sql, not '${String(format)}'`);
  const { catalog, dialect } = options.fromMigrations ? await fromMigrations(config, options, output) : await fromLive(config, output);
  const text = format === "ts" ? renderSchemaModule(catalog, dialect) : renderSchemaSql(catalog, dialect);
  if (options.output === undefined) {
    output.print(text.trimEnd());
  } else {
    const file = path.resolve(options.output);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    output.log(`INFO  [mig] Wrote ${catalog.tables.length} table(s) to ${options.output}`);
  }
  return text;
}

async function fromLive(config: MigConfig, output: Output): Promise<{ catalog: Catalog; dialect: Dialect }> {
  let found: { catalog: Catalog; dialect: Dialect } | undefined;
  await runEnv(config, {
    offline: false,
    work: {
      readOnly: true,
      plan: () => [],
      inspect: async (session: InspectSession) => {
        if (found) throw new MigError("mig schema dump reads one database: env.ts called runMigrations() more than once");
        const read = session.dialect.introspectCatalog;
        const catalog = await read.call(session.dialect, (sql, params) => session.driver.query(sql, params), {
          ...schemasOption(config), exclude: [session.versionTable],
        });
        found = { catalog, dialect: session.dialect };
      },
    },
  }, output);
  if (!found) throw new MigError("env.ts did not call context.runMigrations(): nothing to dump");
  return found;
}

async function fromMigrations(config: MigConfig, options: DumpSchemaOptions, output: Output): Promise<{ catalog: Catalog; dialect: Dialect }> {
  const quiet: Output = { ...output, log: () => {}, quiet: true };
  const map = loadRevisionMap(config, output);
  const workspace = await Workspace.open(embeddedPlace(config, options.devUrl), config, schemasOption(config), quiet);
  try {
    await workspace.runSteps(plannedSteps(map.planUpgrade([], "heads"), quiet));
    return { catalog: await workspace.readCatalog(), dialect: workspace.dialect };
  } finally {
    await workspace.close();
  }
}

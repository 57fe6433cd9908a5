/**
 * Where autogenerate works and what it compares, from the config, the command line and
 * env.ts's `runMigrations()` options: the declared target, rename hints, the schemas to
 * read, the filter, and the embedded database (PGlite, in-memory SQLite, or a scratch
 * database on `--dev-url` or, for MySQL, on the project's own server).
 */

import * as path from "node:path";
import { checkTargets, EMBEDDED } from "../check/targets.ts";
import type { MigConfig } from "../config/config.ts";
import { databaseSupport } from "../database.ts";
import type { Dialect } from "../dialect.ts";
import { ConfigError, UsageError } from "../errors.ts";
import type { InspectSession } from "../runtime/migrate.ts";
import { type DbUrl, parseDbUrl } from "../url.ts";
import type { AutogenerateInput } from "./autogenerate.ts";
import type { Catalog, CatalogOptions } from "./catalog.ts";
import { declaredModule, type DeclaredTarget, loadTarget } from "./declared/load_target.ts";
import { addRenameFlags, type RenameHints } from "./declared/rename_hints.ts";
import type { WorkspacePlace } from "./workspace.ts";

export interface SetupOptions {
  readonly targetSchema?: string;
  readonly devUrl?: string;
  readonly rename?: readonly string[];
}

export interface AutogenerateSetup {
  readonly input: Omit<AutogenerateInput, "start" | "prove" | "log">;
  /** The dialect scripts are rendered for. */
  readonly dialect: Dialect;
  /** The live database's catalog (live setups only). */
  readLive(): Promise<Catalog>;
}

/** `--from-migrations` and `mig check`: no server but an optional `--dev-url`. */
export async function embeddedSetup(config: MigConfig, options: SetupOptions): Promise<AutogenerateSetup> {
  const place = embeddedPlace(config, options.devUrl);
  const dialect = databaseSupport().dialectFor(place.url);
  const file = targetFile(config, options.targetSchema);
  return autogenerateSetup(config, {
    place, dialect, target: await loadTarget(file, dialect.name), catalogOptions: catalogOptions(config.includeSchemas), options,
  });
}

/** `revision --autogenerate` against the database env.ts connected to. */
export async function liveSetup(config: MigConfig, options: SetupOptions, session: InspectSession): Promise<AutogenerateSetup> {
  const run = session.runOptions ?? {};
  const dialect = session.dialect;
  const place = livePlace(dialect, session.url, options.devUrl, config);
  const declared = run.targetSchema;
  const target = typeof declared === "object"
    ? declaredModule("the target schema passed to runMigrations()", declared as Record<string, unknown>, dialect.name)
    : await loadTarget(targetFile(config, options.targetSchema ?? (declared === undefined ? undefined : path.resolve(config.dir, declared))), dialect.name);
  const schemas = run.includeSchemas === undefined ? config.includeSchemas : run.includeSchemas === true ? "all" : run.includeSchemas || undefined;
  const options_ = catalogOptions(schemas);
  const setup = autogenerateSetup(config, {
    place, dialect, target, catalogOptions: options_, options, ...(run.includeObject ? { includeObject: run.includeObject } : {}),
  });
  const read = dialect.introspectCatalog;
  return {
    ...setup,
    readLive: () => read.call(dialect, (sql, params) => session.driver.query(sql, params), {
      ...options_, exclude: [session.versionTable],
    }),
  };
}

export function autogenerateSetup(config: MigConfig, parts: {
  place: WorkspacePlace;
  dialect: Dialect;
  target: DeclaredTarget;
  catalogOptions: CatalogOptions;
  options: SetupOptions;
  includeObject?: AutogenerateInput["includeObject"];
}): AutogenerateSetup {
  const hints: RenameHints = parts.target.kind === "module" ? parts.target.renames : { tables: new Map(), columns: new Map() };
  return {
    input: {
      config,
      target: parts.target,
      renames: addRenameFlags(hints, parts.options.rename ?? []),
      place: parts.place,
      catalogOptions: parts.catalogOptions,
      ...(parts.includeObject ? { includeObject: parts.includeObject } : {}),
    },
    dialect: parts.dialect,
    readLive: () => Promise.reject(new UsageError("No live database in this setup")),
  };
}

/** The embedded database of the project's dialect (or a scratch database on `devUrl`). */
export function embeddedPlace(config: MigConfig, devUrl: string | undefined): WorkspacePlace {
  if (config.databases.length > 0) throw new UsageError("Autogenerate works on one database: this project migrates several (databases = [...])");
  const [target] = checkTargets(config, devUrl === undefined ? {} : { devUrl });
  if (!target?.url) throw new UsageError(`${target?.skipped ?? "No database to compare in"}`);
  return { dialect: target.dialect, url: target.url, scratch: target.scratch };
}

/** The schemas to read: `include_schemas`, or env.ts's `includeSchemas`. */
export function schemasOption(config: MigConfig): CatalogOptions {
  return catalogOptions(config.includeSchemas);
}

function targetFile(config: MigConfig, given: string | undefined): string {
  const file = given ?? config.targetSchema;
  if (file === undefined) {
    throw new ConfigError(
      `No target schema to compare with: set target_schema = "db/schema.ts" (or .sql) in section [${config.section}] of ` +
        `${config.file ?? "mig.toml"}, pass --target-schema, or pass targetSchema to runMigrations() in env.ts`,
    );
  }
  return path.resolve(config.dir, file);
}

function catalogOptions(schemas: readonly string[] | "all" | undefined): CatalogOptions {
  return schemas === undefined ? {} : { schemas };
}

function livePlace(dialect: Dialect, live: DbUrl, devUrl: string | undefined, config: MigConfig): WorkspacePlace {
  if (devUrl !== undefined) {
    const url = parseDbUrl(devUrl, { baseDir: config.dir });
    if (url.dialect !== dialect.name || (url.driver !== "postgres" && url.driver !== "mysql2")) {
      throw new UsageError(`--dev-url must be a ${dialect.name} server url like the database's, not '${url.masked}'`);
    }
    return { dialect: dialect.name, url, scratch: true };
  }
  if (dialect.name === "mysql") return { dialect: "mysql", url: live, scratch: true };
  return { dialect: dialect.name, url: parseDbUrl(EMBEDDED[dialect.name]!), scratch: false };
}

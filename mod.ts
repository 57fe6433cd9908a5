/**
 * mig as a library, and the module user scripts import as "mig". Re-exports only.
 */

// The script API: ops, column/type builders and the op model.
export * from "./core/ops/mod.ts";

// env.ts
export { defineEnv, type EnvContext, type EnvFunction, type RunOptions } from "./core/runtime/env.ts";

// Configuration and output.
export { MigConfig } from "./core/config/config.ts";
export { loadConfig, type LoadConfigOptions } from "./core/config/load_config.ts";
export { captureOutput, type CapturedOutput, type Output, processOutput } from "./core/output.ts";
export { parseDbUrl, maskUrl, DbUrl } from "./core/url.ts";
export type { Driver, Row } from "./core/driver.ts";
export type { Dialect } from "./core/dialect.ts";
export * from "./core/errors.ts";

// Commands: one function per CLI verb.
export { init, type InitOptions } from "./core/commands/init.ts";
export { listTemplates } from "./core/commands/list_templates.ts";
export { revision, type RevisionOptions } from "./core/commands/revision.ts";
export { merge, type MergeOptions } from "./core/commands/merge.ts";
export { upgrade } from "./core/commands/upgrade.ts";
export { downgrade } from "./core/commands/downgrade.ts";
export { stamp, type StampOptions } from "./core/commands/stamp.ts";
export type { MigrateCommandOptions } from "./core/commands/migrate_options.ts";
export { current, currentHeads, type CurrentOptions } from "./core/commands/current.ts";
export { history, type HistoryCommandOptions } from "./core/commands/history.ts";
export { heads, type HeadsOptions } from "./core/commands/heads.ts";
export { branches } from "./core/commands/branches.ts";
export { show } from "./core/commands/show.ts";
export { edit } from "./core/commands/edit.ts";
export { ensureVersion } from "./core/commands/ensure_version.ts";
export { waitForDatabase } from "./core/commands/wait.ts";
export { check, type CheckOptions } from "./core/commands/check.ts";
export { importAlembic, importExitStatus, type ImportAlembicOptions } from "./core/commands/import_alembic.ts";
export {
  type AutogenerateOptions, autogenerateRevision, compareSchema,
} from "./core/commands/autogenerate_revision.ts";
export { dumpSchema, type DumpSchemaOptions } from "./core/commands/dump_schema.ts";
export type { Catalog, CatalogEnum } from "./core/autogenerate/catalog.ts";
export type { AutogenCall, ComparisonResult, OpCall } from "./core/autogenerate/op_call.ts";
export type { ComparedObject, IncludeObject } from "./core/runtime/env.ts";

// The revision graph, for tools that read a project without running it.
export { RevisionMap, Revision } from "./core/graph/mod.ts";
export { readHeaders } from "./core/script/script_directory.ts";
export type { RevisionHeader } from "./core/script/revision_header.ts";

// Dialects and drivers (importing registers them with core).
export { DIALECTS } from "./dialects/mod.ts";

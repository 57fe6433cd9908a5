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

// Dialects and drivers (importing registers them with core).
export { DIALECTS } from "./dialects/mod.ts";

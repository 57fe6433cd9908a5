/**
 * The lint's settings from mig.toml: rule levels from `[mig.lint]` (`rule-id = "off"`)
 * and `lint_since`. A misspelt rule id or level is an error naming the file and line.
 */
import type { MigConfig } from "../../config/config.ts";
import { ConfigError } from "../../errors.ts";
import type { RuleLevel } from "./rule.ts";

const LEVELS: readonly RuleLevel[] = ["error", "warning", "off"];

export interface LintConfig {
  readonly levels: ReadonlyMap<string, RuleLevel>;
  readonly since?: string;
  /** target_postgres_version as a major number; 15 when unset. */
  readonly postgresVersion: number;
}

export const DEFAULT_POSTGRES_VERSION = 15;

export function lintConfig(config: MigConfig, ruleIds: ReadonlySet<string>): LintConfig {
  const table = config.lintTable;
  const levels = new Map<string, RuleLevel>();
  for (const [key, value] of Object.entries(table.values)) {
    if (!ruleIds.has(key)) {
      throw new ConfigError(`Unknown lint rule '${key}' in [${config.section}.lint] of ${table.where(key)}: see 'Lint' in the README for the rule ids`);
    }
    if (typeof value !== "string" || !LEVELS.includes(value as RuleLevel)) {
      throw new ConfigError(`Lint rule '${key}' in [${config.section}.lint] of ${table.where(key)} must be "error", "warning" or "off"`);
    }
    levels.set(key, value as RuleLevel);
  }
  const target = config.targetPostgresVersion;
  const since = config.lintSince;
  return {
    levels,
    ...(since !== undefined ? { since } : {}),
    postgresVersion: target === undefined ? DEFAULT_POSTGRES_VERSION : Number.parseInt(target, 10),
  };
}

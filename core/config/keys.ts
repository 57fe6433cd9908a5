/** The keys a `[section]` of mig.toml may hold; anything else draws a warning. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  "script_location",
  "url",
  "version_table",
  "version_table_schema",
  "file_template",
  "truncate_slug_length",
  "version_locations",
  "transaction_per_migration",
  "timezone",
  "script_format",
  "databases",
  "heads",
  "target_postgres_version",
  "check_dialect",
  "lock",
  "lock_timeout",
  "target_schema",
  "include_schemas",
  "targets",
  "targets_command",
]);

export const DEFAULTS = {
  scriptLocation: "migrations",
  versionTable: "mig_version",
  fileTemplate: "{{rev}}_{{slug}}",
  truncateSlugLength: 40,
  lockTimeoutSeconds: 60,
} as const;

/** The tokens `file_template` may use, as `{{token}}`. */
export const FILE_TEMPLATE_TOKENS: ReadonlySet<string> = new Set(["rev", "slug", "epoch", "year", "month", "day", "hour", "minute", "second"]);

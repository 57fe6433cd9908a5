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
  "lint",
  "lint_since",
  "check_dialect",
  "lock",
  "lock_timeout",
  "lock_strategy",
  "lock_lease",
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
  lockLeaseSeconds: 30,
} as const;

/** The tokens `file_template` may use, as `{{token}}`. */
export const FILE_TEMPLATE_TOKENS: ReadonlySet<string> = new Set(["rev", "slug", "epoch", "year", "month", "day", "hour", "minute", "second"]);

/**
 * How a run keeps other runs out: the database's own lock (`pg_advisory_lock`, `GET_LOCK`,
 * SQLite's write lock), a row in a lock table with a lease (engines without usable
 * advisory locks: CockroachDB, Vitess), or nothing.
 */
export const LOCK_STRATEGIES = ["advisory", "table", "none"] as const;
export type LockStrategy = (typeof LOCK_STRATEGIES)[number];

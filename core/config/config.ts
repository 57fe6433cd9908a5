import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULTS, FILE_TEMPLATE_TOKENS, LOCK_STRATEGIES, type LockStrategy } from "./keys.ts";
import { interpolate } from "./interpolate.ts";
import { ConfigError } from "../errors.ts";

/** A `[section]` of mig.toml: plain TOML values. */
export type SectionValues = Readonly<Record<string, unknown>>;

export interface ConfigInit {
  /** Absolute path of the config file, or null for a config built in code. */
  readonly file: string | null;
  readonly section: string;
  /** Every section of the file as written; `${VAR}` references are expanded when a key is read. */
  readonly sections: Readonly<Record<string, SectionValues>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly xArgs?: Readonly<Record<string, string>>;
  readonly warnings?: readonly string[];
  /** Where the file's keys sit, for messages that name a line. */
  readonly lines?: ReadonlyMap<string, number>;
}

/** The resolved settings of one mig.toml section, with paths made absolute. */
export class MigConfig {
  readonly file: string | null;
  readonly section: string;
  readonly xArgs: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  readonly #sections: Readonly<Record<string, SectionValues>>;
  readonly #env: Readonly<Record<string, string | undefined>>;
  readonly #lines: ReadonlyMap<string, number>;

  constructor(init: ConfigInit) {
    this.file = init.file;
    this.section = init.section;
    this.#sections = init.sections;
    this.#env = init.env ?? process.env;
    this.xArgs = init.xArgs ?? {};
    this.warnings = init.warnings ?? [];
    this.#lines = init.lines ?? new Map();
    if (!this.#sections[this.section]) {
      throw new ConfigError(`No config file '${this.file}' found, or file has no '[${this.section}]' section`);
    }
  }

  /** Names of all sections in the file. */
  get sectionNames(): string[] {
    return Object.keys(this.#sections);
  }

  /** Directory relative paths in the file are resolved against. */
  get dir(): string {
    return this.file ? path.dirname(this.file) : process.cwd();
  }

  get scriptLocation(): string {
    return path.resolve(this.dir, this.#string("script_location") ?? DEFAULTS.scriptLocation);
  }

  /**
   * The script directory, which must exist: a mistyped `script_location` would otherwise
   * read as a project with no revisions (heads print nothing, upgrade creates an empty
   * version table).
   */
  requireScriptLocation(): string {
    const dir = this.scriptLocation;
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      const where = this.rawValue("script_location") === undefined ? "the default script_location" : `script_location in ${this.file ?? "the configuration"}`;
      throw new ConfigError(`No script directory '${dir}' (${where}): run 'mig init ${path.relative(this.dir, dir) || "."}' or fix the path`);
    }
    return dir;
  }

  /** Directories holding revision scripts; the first is where new ones go by default. */
  get versionLocations(): string[] {
    const raw = this.get("version_locations");
    if (raw === undefined) return [path.join(this.scriptLocation, "versions")];
    // Alembic's ini took a space- or comma-separated string; accept that as well as a TOML array.
    const list = typeof raw === "string" ? raw.split(/[\s,]+/).filter(Boolean) : raw;
    if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) {
      throw this.#typeError("version_locations", "an array of strings");
    }
    return list.map((p: string) => path.resolve(this.dir, p));
  }

  /** This section's values, interpolated. */
  get values(): SectionValues {
    return this.sectionValues(this.section);
  }

  get url(): string | undefined {
    return this.#string("url");
  }

  get versionTable(): string {
    return this.#name("version_table") ?? DEFAULTS.versionTable;
  }

  get versionTableSchema(): string | undefined {
    return this.#name("version_table_schema");
  }

  get fileTemplate(): string {
    const v = this.#string("file_template");
    if (v === undefined) return DEFAULTS.fileTemplate;
    // An unknown token would otherwise be written into the file name as it stands.
    const unknown = [...v.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]!).find((t) => !FILE_TEMPLATE_TOKENS.has(t));
    if (unknown !== undefined) {
      throw this.#typeError("file_template", `made of the tokens ${[...FILE_TEMPLATE_TOKENS].map((t) => `{{${t}}}`).join(" ")}, not {{${unknown}}}`);
    }
    return v;
  }

  get truncateSlugLength(): number {
    const v = this.get("truncate_slug_length");
    if (v === undefined) return DEFAULTS.truncateSlugLength;
    if (typeof v === "bigint") return Number(v);
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
      throw this.#typeError("truncate_slug_length", "a positive integer");
    }
    return v;
  }

  get transactionPerMigration(): boolean {
    return this.#boolean("transaction_per_migration") ?? false;
  }

  get timezone(): string | undefined {
    const v = this.#string("timezone");
    if (v !== undefined && !isTimeZone(v)) throw this.#typeError("timezone", `an IANA time zone such as "UTC" or "Europe/Paris", not "${v}"`);
    return v;
  }

  /** Format of new revision scripts: "ts" (default) or "sql" (the `sql` template). */
  get scriptFormat(): "ts" | "sql" {
    const v = this.#string("script_format") ?? "ts";
    if (v !== "ts" && v !== "sql") throw this.#typeError("script_format", `"ts" or "sql"`);
    return v;
  }

  /** Databases of a multidb project: names of the sections holding their urls. */
  get databases(): string[] {
    const raw = this.get("databases");
    if (raw === undefined) return [];
    const list = typeof raw === "string" ? raw.split(/[\s,]+/).filter(Boolean) : raw;
    if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) {
      throw this.#typeError("databases", "an array of section names");
    }
    return list as string[];
  }

  /** `heads`: the heads the graph should have (`mig check`); undefined means exactly one. */
  get heads(): string[] | undefined {
    const raw = this.get("heads");
    if (raw === undefined) return undefined;
    const list = typeof raw === "string" ? raw.split(/[\s,]+/).filter(Boolean) : raw;
    if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) {
      throw this.#typeError("heads", "an array of revision identifiers");
    }
    return list as string[];
  }

  /** `target_postgres_version`: the oldest PostgreSQL deployed to, e.g. "14" (`mig check` warns above it). */
  get targetPostgresVersion(): string | undefined {
    const v = this.get("target_postgres_version");
    if (v === undefined) return undefined;
    const text = typeof v === "number" || typeof v === "bigint" ? String(v) : v;
    if (typeof text !== "string" || !/^\d+(\.\d+)?$/.test(text.trim())) {
      throw this.#typeError("target_postgres_version", `a PostgreSQL version such as "14"`);
    }
    return text.trim();
  }

  /** `lint_since`: the first revision `mig check`'s lint judges (its ancestors were deployed before). */
  get lintSince(): string | undefined {
    return this.#string("lint_since");
  }

  /**
   * The `[<section>.lint]` table: rule id -> "error" | "warning" | "off". `where(key)`
   * names the file and line for messages; the lint itself knows which ids exist.
   */
  get lintTable(): { readonly values: Readonly<Record<string, unknown>>; where(key: string): string } {
    const raw = this.#sections[this.section]?.["lint"];
    if (raw !== undefined && (typeof raw !== "object" || raw === null || Array.isArray(raw))) {
      throw this.#typeError("lint", "a table ([" + this.section + ".lint]) of rule ids");
    }
    const values = (raw ?? {}) as Readonly<Record<string, unknown>>;
    return { values, where: (key) => this.#where(`lint.${key}`) };
  }

  /** `check_dialect`: the dialect `mig check` assumes when `url` cannot be read (unset variables). */
  get checkDialect(): string | undefined {
    return this.#string("check_dialect");
  }

  /** A value as written, `${VAR}` references unexpanded (to read a url's scheme without its secrets). */
  rawValue(key: string, section: string = this.section): unknown {
    return this.#sections[section]?.[key];
  }

  get lockTimeoutSeconds(): number {
    const v = this.get("lock_timeout");
    if (v === undefined) return DEFAULTS.lockTimeoutSeconds;
    if (typeof v !== "number" || v < 0) throw this.#typeError("lock_timeout", "a number of seconds");
    return v;
  }

  /** `target_schema`: the declared schema autogenerate and drift compare with (`.ts` module or `.sql` file). */
  get targetSchema(): string | undefined {
    const v = this.#string("target_schema");
    return v === undefined ? undefined : path.resolve(this.dir, v);
  }

  /** `include_schemas`: schemas besides the default one that autogenerate reads; `true` reads them all. */
  get includeSchemas(): readonly string[] | "all" | undefined {
    const v = this.get("include_schemas");
    if (v === undefined || v === false) return undefined;
    if (v === true) return "all";
    const list = typeof v === "string" ? v.split(/[\s,]+/).filter(Boolean) : v;
    if (!Array.isArray(list) || list.some((x) => typeof x !== "string")) {
      throw this.#typeError("include_schemas", "true or an array of schema names");
    }
    return list as string[];
  }

  /** Whether runs take a lock at all (`lock = false`, or `lock_strategy = "none"`, says no). */
  get lock(): boolean {
    return this.lockStrategy !== "none";
  }

  /** `lock_strategy`; without it `lock = false` means "none", else "advisory". */
  get lockStrategy(): LockStrategy {
    const lock = this.#boolean("lock");
    const v = this.get("lock_strategy");
    if (v === undefined) return lock === false ? "none" : "advisory";
    if (typeof v !== "string" || !(LOCK_STRATEGIES as readonly string[]).includes(v)) {
      throw this.#typeError("lock_strategy", LOCK_STRATEGIES.map((s) => `"${s}"`).join(", ").replace(/, ([^,]*)$/, " or $1"));
    }
    if (lock === false && v !== "none") {
      throw this.#typeError("lock_strategy", `"none" when lock = false (or remove 'lock')`);
    }
    return v as LockStrategy;
  }

  /** `lock_lease`: how long a table lock outlives a run that stopped renewing it (died). */
  get lockLeaseSeconds(): number {
    const v = this.get("lock_lease");
    if (v === undefined) return DEFAULTS.lockLeaseSeconds;
    if (typeof v !== "number" || !(v > 0)) throw this.#typeError("lock_lease", "a positive number of seconds");
    return v;
  }

  /** A value of this section (interpolated), for env.ts and for keys mig does not interpret. */
  get(key: string, section: string = this.section): unknown {
    const raw = this.#sections[section]?.[key];
    return this.#expand(raw, section, key);
  }

  /** Another section's values, interpolated (multidb: each database's `url`). */
  sectionValues(name: string): SectionValues {
    const found = this.#sections[name];
    if (!found) throw new ConfigError(`No section '[${name}]' in ${this.#where()}`);
    return Object.fromEntries(Object.keys(found).map((key) => [key, this.get(key, name)]));
  }

  /** A copy with other values in this section (env.ts overrides, tests). */
  with(values: Readonly<Record<string, unknown>>): MigConfig {
    const current = this.#sections[this.section]!;
    return new MigConfig({
      file: this.file,
      section: this.section,
      sections: { ...this.#sections, [this.section]: { ...current, ...values } },
      env: this.#env,
      xArgs: this.xArgs,
      warnings: this.warnings,
      lines: this.#lines,
    });
  }

  #expand(v: unknown, section: string, key: string): unknown {
    if (typeof v === "string") return interpolate(v, this.#env, this.#where(key, section));
    if (Array.isArray(v)) return v.map((item) => this.#expand(item, section, key));
    return v;
  }

  #string(key: string): string | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v !== "string") throw this.#typeError(key, "a string");
    return v;
  }

  /** A database object's name: a string with something in it. */
  #name(key: string): string | undefined {
    const v = this.#string(key);
    if (v !== undefined && v.trim() === "") throw this.#typeError(key, "a non-empty name");
    return v;
  }

  #boolean(key: string): boolean | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v !== "boolean") throw this.#typeError(key, "true or false");
    return v;
  }

  #where(key?: string, section: string = this.section): string {
    if (!this.file) return "the configuration";
    const line = key ? this.#lines.get(`${section}.${key}`) : undefined;
    return line ? `${this.file}, line ${line}` : this.file;
  }

  #typeError(key: string, expected: string): ConfigError {
    return new ConfigError(`Key '${key}' in section [${this.section}] of ${this.#where(key)} must be ${expected}`);
  }
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

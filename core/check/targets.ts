/**
 * Which databases `mig check` dry-runs, and where. The dialect comes from `--dialect`,
 * else `check_dialect` in the database's section, else the scheme of its `url`; a url
 * whose variables are unset in a pre-commit hook still shows its scheme when written as
 * `postgresql://${USER}:${PASSWORD}@...`. PostgreSQL runs in PGlite and SQLite in
 * memory; MySQL needs a server (`--dev-url`), and any server dialect may use one.
 */
import type { MigConfig } from "../config/config.ts";
import { ConfigError, UsageError } from "../errors.ts";
import { type DbDialectName, type DbUrl, parseDbUrl } from "../url.ts";

export interface CheckTarget {
  /** multidb: the section name, passed to each script's upgrade()/downgrade(). */
  readonly database?: string;
  readonly dialect: DbDialectName;
  /** MariaDB when the url (or --dialect) says so. */
  readonly variant?: "mariadb";
  /** Where the dry run happens; undefined: graph lint only (see `skipped`). */
  readonly url?: DbUrl;
  /** The url is a server: the run gets a scratch database there, dropped afterwards. */
  readonly scratch: boolean;
  readonly skipped?: string;
}

/** The database a check runs in, per dialect (exported for the tests). */
export const EMBEDDED: Readonly<Record<DbDialectName, string | undefined>> = {
  // PostgreSQL's default 128MB of shared buffers costs ~120 MB of resident memory in
  // PGlite; a check's schema-only work fits in far less. Nothing outlives the process,
  // so durability work (fsync, full-page writes) is skipped. WAL buffers would follow
  // shared_buffers down to 512kB, and DDL writes WAL fast enough that flushing them costs
  // a third of creating 200 tables: 16MB keeps it in memory.
  postgresql: "pglite://memory?shared_buffers=16MB&wal_buffers=16MB&fsync=off&synchronous_commit=off&full_page_writes=off",
  sqlite: "sqlite://",
  mysql: undefined,
};

const NAMES: Readonly<Record<string, { dialect: DbDialectName; variant?: "mariadb" }>> = {
  postgresql: { dialect: "postgresql" },
  postgres: { dialect: "postgresql" },
  sqlite: { dialect: "sqlite" },
  mysql: { dialect: "mysql" },
  mariadb: { dialect: "mysql", variant: "mariadb" },
};

export function checkTargets(config: MigConfig, options: { dialect?: string; devUrl?: string } = {}): CheckTarget[] {
  const devUrl = options.devUrl === undefined ? undefined : parseDevUrl(options.devUrl, config);
  const sections = config.databases.length > 0 ? config.databases : [config.section];
  const targets = sections.map((section) => {
    const database = config.databases.length > 0 ? { database: section } : {};
    const { dialect, variant } = dialectOf(config, section, options.dialect);
    const base = { ...database, dialect, ...(variant ? { variant } : {}) };
    if (devUrl && devUrl.dialect === dialect) return { ...base, url: devUrl, scratch: true };
    const embedded = EMBEDDED[dialect];
    if (embedded) return { ...base, url: parseDbUrl(embedded), scratch: false };
    return {
      ...base,
      scratch: false,
      skipped: `No embedded ${variant === "mariadb" ? "MariaDB" : "MySQL"}: graph lint only; pass --dev-url mysql://user@host/db ` +
        `to dry-run the migrations on a server (in a scratch database created there and dropped afterwards)`,
    };
  });
  // A server of another dialect would be ignored while the check passes: say so instead.
  if (devUrl && !targets.some((t) => t.dialect === devUrl.dialect)) {
    throw new UsageError(`--dev-url is a ${devUrl.dialect} server but the project's dialect is ${targets.map((t) => t.dialect).join(", ")}: '${devUrl.masked}'`);
  }
  return targets;
}

function parseDevUrl(text: string, config: MigConfig): DbUrl {
  const url = parseDbUrl(text, { baseDir: config.dir });
  if (url.driver !== "postgres" && url.driver !== "mysql2") {
    throw new UsageError(`--dev-url must be a PostgreSQL or MySQL server url, not '${url.masked}'`);
  }
  return url;
}

function dialectOf(config: MigConfig, section: string, forced: string | undefined) {
  const named = forced ?? (config.get("check_dialect", section) as string | undefined) ?? config.checkDialect;
  if (named !== undefined) {
    const found = NAMES[named.toLowerCase()];
    if (!found) throw new ConfigError(`Unknown dialect '${named}': expected postgresql, mysql, mariadb or sqlite`);
    return found;
  }
  const url = urlOf(config, section);
  return { dialect: url.dialect, ...(url.variant ? { variant: url.variant } : {}) };
}

/** The section's url, or failing that its scheme with unset variables blanked out. */
function urlOf(config: MigConfig, section: string): DbUrl {
  const raw = config.rawValue("url", section);
  if (typeof raw !== "string") {
    throw new ConfigError(`No database url in section [${section}] to tell the dialect from: ${HOW}`);
  }
  try {
    return parseDbUrl(config.get("url", section) as string, { baseDir: config.dir });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    try {
      // Only the scheme matters here; the rest may be anything that parses.
      return parseDbUrl(raw.replace(/\$\{[^}]*\}/g, "x"), { baseDir: config.dir });
    } catch {
      throw new ConfigError(`Cannot tell the dialect of 'url' in section [${section}]: ${error.message}; ${HOW}`);
    }
  }
}

const HOW = `set check_dialect = "postgresql" (or "mysql", "mariadb", "sqlite") there, or pass --dialect`;

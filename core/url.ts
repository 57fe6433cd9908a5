/**
 * Database URLs (DESIGN §3): one parser for every scheme mig accepts, and masking so a
 * password never reaches a log line or an error message.
 */
import { isAbsolute, resolve } from "node:path";
import { ConfigError } from "./errors.ts";
import { rememberSecret } from "./secrets.ts";

export type DbDialectName = "postgresql" | "mysql" | "sqlite";
export type DbDriverName = "postgres" | "mysql2" | "sqlite" | "libsql" | "pglite";

export const SUPPORTED_SCHEMES = [
  "postgresql://", "postgres://", "postgresql+<driver>://", "mysql://", "mariadb://",
  "mysql+<driver>://", "sqlite://", "file:", "libsql://", "pglite://",
] as const;

/** Query parameters whose values are secrets, masked like the password. */
const SECRET_PARAM_NAMES = "password|passwd|pass|pwd|authtoken|auth_token|token|sslpassword";
const SECRET_PARAMS = new RegExp(`([?&](?:${SECRET_PARAM_NAMES})=)[^&#]*`, "gi");
const SECRET_PARAM = new RegExp(`^(?:${SECRET_PARAM_NAMES})$`, "i");

interface DbUrlFields {
  dialect: DbDialectName;
  driver: DbDriverName;
  variant?: "mariadb";
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  path?: string;
  params: Record<string, string>;
}

/**
 * A parsed database URL. The password is private: `String(url)`, template strings,
 * `JSON.stringify` and `console.log` all show the masked form; only `reveal()` (for
 * handing to a client library) and `password` expose it.
 */
export class DbUrl {
  readonly dialect: DbDialectName;
  readonly driver: DbDriverName;
  /** "mariadb" when the URL said so; offline SQL uses it, online the server decides. */
  readonly variant?: "mariadb";
  readonly host?: string;
  readonly port?: number;
  readonly user?: string;
  /** Database name (postgresql, mysql) or path part of a libsql URL. */
  readonly database?: string;
  /** Absolute file (sqlite) or directory (pglite) path; undefined means in memory. */
  readonly path?: string;
  readonly params: Readonly<Record<string, string>>;
  /** The URL as given with its password replaced by `***`: safe to print. */
  readonly masked: string;
  #password?: string;
  #text: string;

  constructor(text: string, fields: DbUrlFields) {
    checkTimeout(text, fields.params);
    this.#text = text;
    this.#password = fields.password;
    rememberSecret(fields.password);
    for (const [key, value] of Object.entries(fields.params)) if (SECRET_PARAM.test(key)) rememberSecret(value);
    this.dialect = fields.dialect;
    this.driver = fields.driver;
    if (fields.variant) this.variant = fields.variant;
    if (fields.host !== undefined) this.host = fields.host;
    if (fields.port !== undefined) this.port = fields.port;
    if (fields.user !== undefined) this.user = fields.user;
    if (fields.database !== undefined) this.database = fields.database;
    if (fields.path !== undefined) this.path = fields.path;
    this.params = Object.freeze({ ...fields.params });
    this.masked = maskUrl(text);
    Object.freeze(this);
  }

  get password(): string | undefined {
    return this.#password;
  }
  /** True for `sqlite://`, `file::memory:` and `pglite://memory`. */
  get memory(): boolean {
    return (this.driver === "sqlite" || this.driver === "pglite") && this.path === undefined;
  }
  /** The URL exactly as given, password included. Only for client libraries. */
  reveal(): string {
    return this.#text;
  }
  toString(): string {
    return this.masked;
  }
  toJSON(): string {
    return this.masked;
  }
}

export interface ParseUrlOptions {
  /** Directory that relative sqlite/file/pglite paths are resolved against (the config file's). */
  baseDir?: string;
}

/** Parse any URL of DESIGN §3; throws ConfigError naming the scheme when it is unknown. */
export function parseDbUrl(text: string, options: ParseUrlOptions = {}): DbUrl {
  const baseDir = options.baseDir ?? process.cwd();
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(text.trim());
  if (!match) throw new ConfigError(`Invalid database URL '${maskUrl(text)}': expected <scheme>://...`);
  const scheme = match[1]!.toLowerCase();
  const rest = match[2]!;
  const base = scheme.split("+")[0]!;
  if (base === "postgresql" || base === "postgres") {
    return new DbUrl(text, { dialect: "postgresql", driver: "postgres", ...network(text, rest) });
  }
  if (base === "mysql" || base === "mariadb") {
    const variant = base === "mariadb" ? { variant: "mariadb" as const } : {};
    return new DbUrl(text, { dialect: "mysql", driver: "mysql2", ...variant, ...network(text, rest) });
  }
  if (base === "sqlite" && rest.startsWith("//")) return sqliteUrl(text, rest.slice(2), baseDir);
  if (scheme === "file") return fileUrl(text, rest, baseDir);
  if (scheme === "libsql") return new DbUrl(text, { dialect: "sqlite", driver: "libsql", ...network(text, rest) });
  if (scheme === "pglite" && rest.startsWith("//")) return pgliteUrl(text, rest.slice(2), baseDir);
  throw new ConfigError(
    `Unsupported database URL scheme '${match[1]}': supported are ${SUPPORTED_SCHEMES.join(", ")}`,
  );
}

/** Replace the password (userinfo and secret query parameters) with `***`; works on any string. */
export function maskUrl(text: string): string {
  const masked = text.replace(SECRET_PARAMS, "$1***");
  // Userinfo starts after `scheme:` or `scheme://` (also malformed `scheme:user:pw@host`).
  const scheme = /^\s*[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/)?/.exec(masked);
  // Without a well-formed scheme (`postgresql//u:pw@h`), userinfo starts after the last `/` before the `@`.
  const at = masked.lastIndexOf("@");
  const start = scheme ? scheme[0].length : masked.lastIndexOf("/", at) + 1;
  if (at < start) return masked;
  // The last `@` anywhere: a password with an unencoded `?`, `#` or `/` is masked whole
  // (masking a query value that holds an `@` as well is the safe mistake).
  const colon = masked.indexOf(":", start);
  if (colon < 0 || colon > at) return masked;
  return `${masked.slice(0, colon + 1)}***${masked.slice(at)}`;
}

/** `//user:pass@host:port/database?k=v` for the server dialects and libsql. */
function network(text: string, rest: string): Omit<DbUrlFields, "dialect" | "driver"> {
  if (!rest.startsWith("//")) throw new ConfigError(`Invalid database URL '${maskUrl(text)}': expected '//' after the scheme`);
  const cut = rest.slice(2).search(/[?#]/);
  if (cut >= 0 && rest.slice(2, 2 + cut).includes(":") && rest.slice(2 + cut).includes("@") && !rest.slice(2, 2 + cut).includes("@")) {
    throw new ConfigError(
      `Invalid database URL '${maskUrl(text)}': a password holding ? # @ or / must be percent-encoded (%3F %23 %40 %2F)`,
    );
  }
  const [body, params] = splitQuery(text, rest.slice(2));
  const at = body.lastIndexOf("@");
  const userinfo = at < 0 ? "" : body.slice(0, at);
  const afterAt = body.slice(at + 1);
  const slash = afterAt.indexOf("/");
  const hostport = slash < 0 ? afterAt : afterAt.slice(0, slash);
  const database = slash < 0 ? "" : decode(text, afterAt.slice(slash + 1));
  const fields: Omit<DbUrlFields, "dialect" | "driver"> = { params };
  if (userinfo) {
    const colon = userinfo.indexOf(":");
    fields.user = decode(text, colon < 0 ? userinfo : userinfo.slice(0, colon));
    if (colon >= 0) fields.password = decode(text, userinfo.slice(colon + 1));
  }
  // A bracketed IPv6 literal keeps its colons; what follows the last other colon is the port.
  const bracket = /^(\[[^\]]*\])(?::(.*))?$/.exec(hostport);
  const colon = hostport.lastIndexOf(":");
  const [host, port] = bracket ? [bracket[1]!, bracket[2]] : colon < 0 ? [hostport, undefined] : [hostport.slice(0, colon), hostport.slice(colon + 1)];
  if (host) fields.host = host.replace(/^\[(.*)\]$/, "$1");
  if (port !== undefined) fields.port = checkPort(text, port);
  if (database) fields.database = database;
  return fields;
}

/** `connect_timeout` bounds every connect: a value that is not a number would quietly mean the default. */
function checkTimeout(text: string, params: Readonly<Record<string, string>>): void {
  const value = params["connect_timeout"];
  if (value === undefined) return;
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw new ConfigError(`Invalid database URL '${maskUrl(text)}': connect_timeout '${value}' is not a positive number of seconds`);
  }
}

/** A port is 1 to 65535; anything else is named here rather than failing inside a driver. */
function checkPort(text: string, port: string): number {
  const n = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
  if (!(n >= 1 && n <= 65535)) {
    throw new ConfigError(`Invalid database URL '${maskUrl(text)}': port '${port}' is not a number from 1 to 65535`);
  }
  return n;
}

function sqliteUrl(text: string, rest: string, baseDir: string): DbUrl {
  const [body, params] = splitQuery(text, rest);
  // sqlite:// and sqlite:///:memory: are in memory; sqlite:///x is relative, sqlite:////x absolute.
  const raw = body === "" || body === "/:memory:" ? undefined : body.replace(/^\//, "");
  if (raw === "") throw new ConfigError(`Invalid database URL '${maskUrl(text)}': missing file name`);
  return new DbUrl(text, { dialect: "sqlite", driver: "sqlite", params, ...filePath(text, raw, baseDir) });
}

function fileUrl(text: string, rest: string, baseDir: string): DbUrl {
  const [body, params] = splitQuery(text, rest);
  // file:///abs and file:/abs are absolute; file:rel and file:./rel relative; file::memory: in memory.
  const raw = body === ":memory:" ? undefined : body.replace(/^\/\/(?=\/)/, "");
  return new DbUrl(text, { dialect: "sqlite", driver: "sqlite", params, ...filePath(text, raw, baseDir) });
}

function pgliteUrl(text: string, rest: string, baseDir: string): DbUrl {
  const [body, params] = splitQuery(text, rest);
  // An empty path would silently keep nothing: memory is said out loud.
  if (body === "") {
    throw new ConfigError(`Invalid database URL '${maskUrl(text)}': name a data directory (pglite://./data) or say pglite://memory`);
  }
  const raw = body === "memory" || body === ":memory:" ? undefined : body;
  return new DbUrl(text, { dialect: "postgresql", driver: "pglite", params, ...filePath(text, raw, baseDir) });
}

function filePath(text: string, raw: string | undefined, baseDir: string): { path?: string } {
  if (raw === undefined) return {};
  const decoded = decode(text, raw);
  if (decoded === "") throw new ConfigError(`Invalid database URL '${maskUrl(text)}': missing path`);
  return { path: isAbsolute(decoded) || /^[A-Za-z]:[\\/]/.test(decoded) ? decoded : resolve(baseDir, decoded) };
}

function splitQuery(text: string, body: string): [string, Record<string, string>] {
  const q = body.indexOf("?");
  if (q < 0) return [body, {}];
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(body.slice(q + 1))) params[key] = value;
  return [body.slice(0, q), params];
}

function decode(text: string, part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ConfigError(`Invalid percent-encoding in database URL '${maskUrl(text)}'`);
  }
}

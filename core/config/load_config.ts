import * as fs from "node:fs";
import * as path from "node:path";
import { parse, TomlError } from "smol-toml";
import { MigConfig, type SectionValues } from "./config.ts";
import { KNOWN_KEYS } from "./keys.ts";
import { ConfigError, UsageError } from "../errors.ts";

export const CONFIG_FILE_NAME = "mig.toml";
export const DEFAULT_SECTION = "mig";

export interface LoadConfigOptions {
  /** `-c PATH`; otherwise `$MIG_CONFIG`, otherwise `mig.toml` in `cwd`. */
  readonly file?: string;
  /** `-n NAME`; defaults to `mig`. */
  readonly section?: string;
  /** `-x key=value` pairs as given on the command line. */
  readonly xArgs?: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Where the config file is expected, following `-c`, `$MIG_CONFIG`, then the working directory. */
export function configPath(options: LoadConfigOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  return path.resolve(cwd, options.file ?? env["MIG_CONFIG"] ?? CONFIG_FILE_NAME);
}

export function loadConfig(options: LoadConfigOptions = {}): MigConfig {
  const file = configPath(options);
  const section = options.section ?? DEFAULT_SECTION;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    // Only a missing file is "no config file"; a directory or a permission problem is the
    // real cause and must be said as such.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ConfigError(`No config file '${file}' found, or file has no '[${section}]' section`);
    throw new ConfigError(`Can't read config file '${file}': ${readFailure(code, e)}`);
  }
  return parseConfig(text, { ...options, file, section });
}

function readFailure(code: string | undefined, e: unknown): string {
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return (e as Error).message ?? String(e);
}

/** Parses config text; `file` is only used for messages and relative paths. */
export function parseConfig(
  text: string,
  options: LoadConfigOptions & { readonly file: string; readonly section?: string },
): MigConfig {
  const section = options.section ?? DEFAULT_SECTION;
  const env = options.env ?? process.env;
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      const reason = e.message.split("\n")[0]!.replace(/^Invalid TOML document: /, "");
      throw new ConfigError(`Malformed config file ${options.file}, line ${e.line}: ${reason}`);
    }
    throw e;
  }
  const lines = keyLines(text);
  const sections: Record<string, SectionValues> = {};
  for (const [name, value] of Object.entries(doc)) {
    if (isTable(value)) sections[name] = value;
  }
  const values = sections[section];
  if (!values) throw new ConfigError(`No config file '${options.file}' found, or file has no '[${section}]' section`);
  const warnings = Object.keys(values)
    .filter((key) => !KNOWN_KEYS.has(key))
    .map((key) => `Unknown key '${key}' in section [${section}] of ${describe(options.file, section, key, lines)}`);
  return new MigConfig({
    file: options.file,
    section,
    sections,
    env,
    xArgs: parseXArgs(options.xArgs ?? []),
    warnings,
    lines,
  });
}

/** `-x key=value` -> { key: value }; a bare `-x key` means `key=""` like Alembic's get_x_argument. */
export function parseXArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq === 0) throw new UsageError(`Bad -x argument '${arg}': expected key=value`);
    if (eq < 0) out[arg] = "";
    else out[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  return out;
}

/** Maps `section.key` to its 1-based line, so messages can point at it (TOML parsers drop positions). */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let section = "";
  text.split(/\r?\n/).forEach((line, i) => {
    const header = /^\s*\[\s*([^\]\s]+)\s*\]/.exec(line);
    if (header) section = header[1]!.replace(/^"|"$/g, "");
    const key = /^\s*("?)([A-Za-z0-9_.-]+)\1\s*=/.exec(line);
    if (key && !header) lines.set(`${section}.${key[2]}`, i + 1);
  });
  return lines;
}

function describe(file: string, section: string, key: string, lines: Map<string, number>): string {
  const line = lines.get(`${section}.${key}`);
  return line ? `${file}, line ${line}` : file;
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * The mig.toml an Alembic project maps to: its keys with a mig equivalent (script and
 * version locations, file_template, truncate_slug_length, timezone, the URL) and
 * `version_table = "alembic_version"`, so databases Alembic manages are adopted as they are.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { DialectName } from "../ops/context.ts";
import type { AlembicProject } from "./alembic_project.ts";
import { readEnvPy } from "./env_py.ts";
import { AlembicInputError } from "./input_error.ts";
import { FILE_TEMPLATE_TOKENS } from "../config/keys.ts";

export interface MigSettings {
  readonly url: string;
  readonly dialect: DialectName | undefined;
  readonly versionTable: string;
  readonly versionTableSchema?: string;
  readonly fileTemplate?: string;
  readonly truncateSlugLength?: number;
  readonly timezone?: string;
  readonly notes: string[];
}

const PLACEHOLDER_URL = "driver://user:pass@localhost/dbname";

/** `into`: where mig.toml goes (relative SQLite paths are rebased onto it). */
export function migSettings(project: AlembicProject, dialectOption: DialectName | undefined, into: string = project.root): MigSettings {
  const notes: string[] = [];
  const { ini, iniFile } = project;
  const envPyFile = path.join(project.scriptLocation, "env.py");
  const envPy = fs.existsSync(envPyFile) ? readEnvPy(fs.readFileSync(envPyFile, "utf8")) : { envVars: [] };
  // `%(NAME)s` that alembic.ini does not define is filled in by env.py or the caller: the environment here.
  let url = ini.get("alembic", "sqlalchemy.url", (name) => "${" + name + "}")?.trim();
  const fromEnv = pickUrlVariable(envPy.envVars);
  if (url === undefined || url === "" || url === PLACEHOLDER_URL) {
    url = fromEnv ? variable(fromEnv) : "${DATABASE_URL}";
    notes.push(fromEnv
      ? `url: env.py reads $${fromEnv.name}; mig.toml reads it too`
      : "url: alembic.ini has no database URL (env.py must set it); mig.toml reads $DATABASE_URL");
  } else if (fromEnv) {
    url = variable({ name: fromEnv.name, fallback: url });
    notes.push(`url: env.py reads $${fromEnv.name}; mig.toml reads it, with alembic.ini's URL as the default`);
  }
  const dialect = dialectOption ?? dialectOfUrl(url, iniFile);
  const rebased = rebaseSqlite(url, project.root, into);
  if (rebased !== url) notes.push(`url: the SQLite file is relative to alembic.ini's directory (where alembic runs); mig.toml names it relative to itself`);
  url = rebased;
  const template = ini.get("alembic", "file_template");
  const slug = ini.get("alembic", "truncate_slug_length");
  const timezone = ini.get("alembic", "timezone");
  return {
    url,
    dialect,
    versionTable: envPy.versionTable ?? "alembic_version",
    ...(envPy.versionTableSchema ? { versionTableSchema: envPy.versionTableSchema } : {}),
    ...(template ? { fileTemplate: migFileTemplate(template, iniFile, ini.lineOf("alembic", "file_template")!) } : {}),
    ...(slug ? { truncateSlugLength: slugLength(slug, iniFile, ini.lineOf("alembic", "truncate_slug_length")!) } : {}),
    ...(timezone ? { timezone } : {}),
    notes,
  };
}

/**
 * SQLAlchemy takes `sqlite:///relative.db` from the working directory (alembic.ini's, as
 * Alembic is run there); mig from mig.toml's directory: the same file, seen from `into`.
 */
function rebaseSqlite(url: string, root: string, into: string): string {
  if (!url.startsWith("sqlite:///") || url.startsWith("sqlite:////") || path.resolve(root) === path.resolve(into)) return url;
  const rest = url.slice("sqlite:///".length);
  const query = rest.indexOf("?");
  const file = query === -1 ? rest : rest.slice(0, query);
  if (file === "" || file.includes("${")) return url;
  const relative = path.relative(into, path.resolve(root, file)).split(path.sep).join("/");
  return `sqlite:///${relative}${query === -1 ? "" : rest.slice(query)}`;
}

function variable(v: { name: string; fallback?: string }): string {
  return v.fallback === undefined ? "${" + v.name + "}" : "${" + v.name + ":-" + v.fallback + "}";
}

/** The variable env.py most likely takes the URL from: the only one, or the one named like a URL. */
function pickUrlVariable(vars: readonly { name: string; fallback?: string }[]) {
  const names = [...new Set(vars.map((v) => v.name))];
  const pick = names.length === 1 ? names[0] : names.find((n) => /URL|DSN|DATABASE/i.test(n));
  return pick === undefined ? undefined : vars.find((v) => v.name === pick && v.fallback !== undefined) ?? { name: pick };
}

/** The dialect a SQLAlchemy URL names (or the default of `${VAR:-url}`), undefined when it is only a variable. */
function dialectOfUrl(url: string, iniFile: string): DialectName | undefined {
  const scheme = /^(?:\$\{\w+:-)?([A-Za-z][\w+.-]*):/.exec(url)?.[1]?.split("+")[0]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme === "postgresql" || scheme === "postgres") return "postgresql";
  if (scheme === "mysql" || scheme === "mariadb") return "mysql";
  if (scheme === "sqlite") return "sqlite";
  throw new AlembicInputError(`${iniFile}: sqlalchemy.url is a '${scheme}' database; mig migrates PostgreSQL, MySQL/MariaDB and SQLite`);
}

/** `%(rev)s_%(slug)s` (after ini interpolation) as `{{rev}}_{{slug}}`; mig zero-pads dates as `%(month).2d` does. */
function migFileTemplate(template: string, iniFile: string, line: number): string {
  return template.replace(/%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?[sd]/g, (_m, token: string) => {
    if (!FILE_TEMPLATE_TOKENS.has(token)) throw new AlembicInputError(`${iniFile}:${line}: file_template token '${token}' has no mig equivalent`);
    return `{{${token}}}`;
  });
}

function slugLength(value: string, iniFile: string, line: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AlembicInputError(`${iniFile}:${line}: truncate_slug_length must be a positive integer`);
  return n;
}

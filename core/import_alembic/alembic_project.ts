/**
 * Where an Alembic project keeps things, read from its alembic.ini the way Alembic reads
 * it (the `[alembic]` section, `%(here)s`, version_path_separator), with relative paths
 * taken from the ini file's directory (Alembic takes them from the working directory,
 * which is that directory when `alembic` is run beside its ini, as it usually is).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { IniFile } from "./ini.ts";
import { AlembicInputError } from "./input_error.ts";

export interface AlembicProject {
  readonly iniFile: string;
  readonly ini: IniFile;
  /** The directory of alembic.ini: every path below is absolute. */
  readonly root: string;
  readonly scriptLocation: string;
  /** Directories of revision scripts, as Alembic scans them. */
  readonly versionLocations: string[];
  /** version_locations was set (else the locations are script_location/versions). */
  readonly explicitLocations: boolean;
  /** Every revision script: absolute path, sorted per location. */
  readonly scripts: string[];
}

const SECTION = "alembic";

/** `dir` is the directory holding alembic.ini, the script directory beside it, or the ini file itself. */
export function findAlembicIni(dir: string): string {
  const candidates = dir.endsWith(".ini") ? [dir] : [path.join(dir, "alembic.ini"), path.join(dir, "..", "alembic.ini")];
  const found = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  if (found === undefined) throw new AlembicInputError(`No alembic.ini in ${dir}${dir.endsWith(".ini") ? "" : " (nor in its parent directory)"}`);
  return path.resolve(found);
}

export function readAlembicProject(dir: string): AlembicProject {
  const iniFile = findAlembicIni(dir);
  const root = path.dirname(iniFile);
  let text: string;
  try {
    text = fs.readFileSync(iniFile, "utf8");
  } catch (error) {
    throw new AlembicInputError(`Cannot read ${iniFile}: ${(error as Error).message}`);
  }
  const ini = new IniFile(iniFile, text, { here: root });
  if (!ini.has(SECTION)) throw new AlembicInputError(`${iniFile}: no [${SECTION}] section`);
  // Flask-Migrate keeps alembic.ini inside the script directory and sets the location itself.
  const flaskMigrate = ini.get(SECTION, "script_location") === undefined && fs.existsSync(path.join(root, "env.py"));
  const location = flaskMigrate ? "." : ini.get(SECTION, "script_location");
  if (location === undefined) throw new AlembicInputError(`${iniFile}: no 'script_location' key found in [${SECTION}]`);
  if (/^[\w.]+:[\w./]+$/.test(location) && !fs.existsSync(path.resolve(root, location))) {
    throw new AlembicInputError(`${iniFile}:${ini.lineOf(SECTION, "script_location")}: script_location '${location}' names a Python package resource; give the directory instead`);
  }
  const scriptLocation = path.resolve(root, location);
  if (!fs.existsSync(scriptLocation)) {
    throw new AlembicInputError(`${iniFile}:${ini.lineOf(SECTION, "script_location")}: script_location '${location}' does not exist`);
  }
  const explicit = versionLocations(ini, iniFile);
  const versionDirs = (explicit ?? [path.join(scriptLocation, "versions")]).map((p) => path.resolve(root, p));
  return {
    iniFile, ini, root, scriptLocation, versionLocations: versionDirs, explicitLocations: explicit !== undefined,
    scripts: versionDirs.flatMap(scriptsIn),
  };
}

/** Alembic's splitting of version_locations, by version_path_separator. */
function versionLocations(ini: IniFile, iniFile: string): string[] | undefined {
  const raw = ini.get(SECTION, "version_locations");
  if (!raw) return undefined;
  // Newer Alembic allows a comment after the separator's name, as `alembic init` writes it.
  const separator = ini.get(SECTION, "version_path_separator")?.split("#")[0]!.trim();
  const chars: Record<string, string> = { space: " ", os: path.delimiter, ":": ":", ";": ";", newline: "\n" };
  if (separator === undefined || separator === "") return raw.split(/, *| +/).filter(Boolean);
  const char = chars[separator];
  if (char === undefined) {
    throw new AlembicInputError(`${iniFile}:${ini.lineOf(SECTION, "version_path_separator")}: '${separator}' is not a valid value for version_path_separator; expected 'space', 'os', ':', ';'`);
  }
  return raw.split(char).map((s) => s.trim()).filter(Boolean);
}

/** Alembic's revision files: `*.py`, except `__init__*` and editor lock files `.#*`. */
function scriptsIn(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new AlembicInputError(`Cannot read ${dir}: ${(error as Error).message}`);
  }
  return names
    .filter((n) => n.endsWith(".py") && !n.startsWith("__init__") && !n.startsWith(".#"))
    .sort()
    .map((n) => path.join(dir, n));
}

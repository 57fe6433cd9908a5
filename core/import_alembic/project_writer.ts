/**
 * Writes the mig project: mig.toml, env.ts (the generic template's), the editor types,
 * and one script per Alembic script at the same place under `into`. Every target is
 * checked before the first byte is written, so a refused import leaves nothing behind.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { captureOutput } from "../output.ts";
import { writeEditorTypes } from "../runtime/editor_types.ts";
import { templateFiles } from "../templates.ts";
import type { AlembicProject } from "./alembic_project.ts";
import { AlembicInputError } from "./input_error.ts";
import type { MigSettings } from "./mig_settings.ts";

export interface PlannedFile {
  readonly path: string;
  readonly content: string;
}

/** Where a path of the Alembic project lands under `into` (same place relative to alembic.ini). */
export function targetPath(project: AlembicProject, into: string, file: string): string {
  return path.join(into, path.relative(project.root, file));
}

const posix = (p: string) => p.split(path.sep).join("/") || ".";
const toml = (value: string) => JSON.stringify(value);

export function migToml(project: AlembicProject, into: string, settings: MigSettings): string {
  const relative = (p: string) => posix(path.relative(into, targetPath(project, into, p)));
  const lines = [
    `# Imported from ${path.basename(project.iniFile)} by mig import-alembic. Values may read the environment: \${VAR} or \${VAR:-default}.`,
    "[mig]",
    `script_location = ${toml(relative(project.scriptLocation))}`,
    `url = ${toml(settings.url)}`,
    "# The table Alembic keeps the applied revisions in: databases it manages are adopted as they are.",
    `version_table = ${toml(settings.versionTable)}`,
  ];
  if (settings.versionTableSchema) lines.push(`version_table_schema = ${toml(settings.versionTableSchema)}`);
  if (project.explicitLocations) lines.push(`version_locations = [${project.versionLocations.map((l) => toml(relative(l))).join(", ")}]`);
  if (settings.fileTemplate) lines.push(`file_template = ${toml(settings.fileTemplate)}`);
  if (settings.truncateSlugLength) lines.push(`truncate_slug_length = ${settings.truncateSlugLength}`);
  if (settings.timezone) lines.push(`timezone = ${toml(settings.timezone)}`);
  if (settings.dialect && !/^[a-z]/i.test(settings.url)) lines.push(`check_dialect = ${toml(settings.dialect)}`);
  return lines.join("\n") + "\n";
}

/** The files of the project, scripts included; refuses when any of them exists already. */
export function planProject(project: AlembicProject, into: string, settings: MigSettings, scripts: readonly PlannedFile[]): PlannedFile[] {
  const template = templateFiles("generic");
  const files: PlannedFile[] = [
    { path: path.join(into, "mig.toml"), content: migToml(project, into, settings) },
    { path: path.join(targetPath(project, into, project.scriptLocation), "env.ts"), content: template["env.ts.mustache"]! },
    // The template of new revisions, the user's to edit, as `mig init` leaves it.
    { path: path.join(targetPath(project, into, project.scriptLocation), "script.ts.mustache"), content: template["script.ts.mustache"]! },
    ...scripts,
  ];
  const seen = new Set<string>();
  for (const f of files) {
    if (fs.existsSync(f.path)) throw new AlembicInputError(`${f.path} already exists: nothing was written`);
    if (seen.has(f.path)) throw new AlembicInputError(`Two scripts would be written to ${f.path}: nothing was written`);
    seen.add(f.path);
  }
  return files;
}

export function writeProject(project: AlembicProject, into: string, files: readonly PlannedFile[]): void {
  for (const f of files) {
    fs.mkdirSync(path.dirname(f.path), { recursive: true });
    fs.writeFileSync(f.path, f.content);
  }
  for (const dir of [targetPath(project, into, project.scriptLocation), ...project.versionLocations.map((l) => targetPath(project, into, l))]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  // mig.d.ts and tsconfig.json, as `mig init` writes them, so editors check the scripts.
  writeEditorTypes(targetPath(project, into, project.scriptLocation), captureOutput());
}

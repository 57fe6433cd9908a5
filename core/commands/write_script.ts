import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { MigConfig } from "../config/config.ts";
import { MigError } from "../errors.ts";
import type { RevisionMap } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import { readHeader } from "../script/script_directory.ts";
import { renderScript, scriptFileName } from "../script/new_script.ts";
import { builtinScriptTemplate } from "../templates.ts";

export interface ScriptRequest {
  readonly message: string;
  readonly revId?: string;
  /** `--head`, or the revisions a merge joins. */
  readonly head: string | readonly string[];
  readonly splice?: boolean;
  readonly branchLabels?: readonly string[];
  readonly dependsOn?: readonly string[];
  readonly versionPath?: string;
  readonly format: "ts" | "sql";
  /** For reproducible tests; defaults to now. */
  readonly now?: Date;
  readonly cwd?: string;
  /** Autogenerate: the bodies of upgrade()/downgrade() (or of the SQL sections). */
  readonly upgrades?: string;
  readonly downgrades?: string;
  /** Autogenerate: what it could not express or verify, added to the script's doc comment. */
  readonly notes?: readonly string[];
  /** SQL scripts: options after the section markers (` transaction:false`). */
  readonly upOptions?: string;
  readonly downOptions?: string;
}

/** Alembic's `rev_id()`: the last 12 hex digits of a random UUID. */
export function newRevisionId(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(-12);
}

/**
 * Writes a new revision script after every check passed, so a refused request leaves
 * nothing behind (Alembic writes the file, then fails on a duplicate branch label).
 */
export function writeScript(config: MigConfig, map: RevisionMap, request: ScriptRequest, output: Output): string {
  const revision = request.revId ?? newRevisionId();
  const existing = map.get(revision);
  if (existing) throw new MigError(`Revision ${revision} is already present in ${existing.path}`);
  const planned = map.newRevision({
    revision,
    head: request.head,
    splice: request.splice ?? false,
    branchLabels: request.branchLabels ?? [],
    dependsOn: request.dependsOn ?? [],
  });
  // The id becomes part of the file name: one path component, nothing that climbs out of versions/.
  if (request.revId !== undefined && !/^[A-Za-z0-9_]+$/.test(request.revId)) {
    throw new MigError(`Revision identifier '${request.revId}' may contain only letters, digits and '_' (it names the script file)`);
  }
  const dir = versionDirectory(config, map, planned.downRevisions, request);
  const script = {
    revision,
    message: request.message,
    downRevisions: planned.downRevisions,
    branchLabels: request.branchLabels ?? [],
    dependsOn: planned.dependsOn,
    createDate: request.now ?? new Date(),
    ...(config.timezone ? { timezone: config.timezone } : {}),
    ...(request.upgrades !== undefined ? { upgrades: request.upgrades } : {}),
    ...(request.downgrades !== undefined ? { downgrades: request.downgrades } : {}),
    ...(request.notes?.length ? { notes: request.notes } : {}),
    ...(request.upOptions ? { upOptions: request.upOptions } : {}),
    ...(request.downOptions ? { downOptions: request.downOptions } : {}),
  };
  const file = path.join(
    dir,
    scriptFileName(script, { fileTemplate: config.fileTemplate, truncateSlugLength: config.truncateSlugLength, extension: request.format }),
  );
  if (fs.existsSync(file)) throw new MigError(`File ${file} already exists`);
  const text = renderScript(scriptTemplate(config, request.format), script);
  checkRendered(file, text, revision, request.branchLabels ?? []);
  if (request.upgrades && !text.includes(request.upgrades)) {
    throw new MigError(`The script template has no place for the generated ops: add {{upgrades}} and {{downgrades}} to script.${request.format}.mustache`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  output.print(`Generating ${file} ...  done`);
  return file;
}

/** The project's own template if it has one (users edit it), else the built-in one. */
function scriptTemplate(config: MigConfig, format: "ts" | "sql"): string {
  const own = path.join(config.scriptLocation, `script.${format}.mustache`);
  return fs.existsSync(own) ? fs.readFileSync(own, "utf8") : builtinScriptTemplate(format);
}

/** Where the new script goes: `--version-path`, the head's directory, or the only location. */
function versionDirectory(config: MigConfig, map: RevisionMap, heads: readonly string[], request: ScriptRequest): string {
  const locations = config.versionLocations;
  if (request.versionPath !== undefined) {
    const wanted = path.resolve(request.cwd ?? process.cwd(), request.versionPath);
    if (!locations.includes(wanted)) {
      throw new MigError(`Path ${request.versionPath} is not represented in current version locations`);
    }
    return wanted;
  }
  if (locations.length === 1) return locations[0]!;
  const head = heads.map((id) => map.get(id)).find((rev) => rev !== undefined);
  if (head) return path.dirname(head.path);
  throw new MigError("Multiple version locations present, please specify --version-path");
}

/** A customised template that drops the header would write a script mig cannot read. */
function checkRendered(file: string, text: string, revision: string, branchLabels: readonly string[]): void {
  const header = readHeader(file, text);
  if (header.revision !== revision) {
    throw new MigError(`The script template renders no revision id; check script.${path.extname(file).slice(1)}.mustache`);
  }
  if (branchLabels.length > 0 && header.branchLabels.length === 0) {
    throw new MigError(
      `Version ${revision} specified branch_labels ${branchLabels.join(", ")}, however the migration file ${file} ` +
        "does not have them; have you upgraded your script template to include the 'branchLabels' section?",
    );
  }
}

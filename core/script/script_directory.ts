import * as fs from "node:fs";
import * as path from "node:path";
import type { RevisionHeader } from "./revision_header.ts";
import { readTsHeader } from "./ts_header.ts";
import { readSqlHeader } from "./sql_header.ts";
import { HeaderCache } from "./header_cache.ts";
import { ScriptError } from "../errors.ts";

/** A revision script file mig recognises: TypeScript or SQL, not a declaration file or a private one. */
export function isScriptFile(name: string): boolean {
  if (name.startsWith(".") || name.startsWith("_")) return false;
  if (name.endsWith(".d.ts")) return false;
  return name.endsWith(".ts") || name.endsWith(".sql");
}

/**
 * Reads the headers of every script in the version locations, statically. A missing
 * location is not an error (a fresh project has none yet), an unreadable header is.
 */
export function readHeaders(versionLocations: readonly string[]): RevisionHeader[] {
  const headers: RevisionHeader[] = [];
  for (const dir of versionLocations) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw e;
    }
    names.sort();
    const prefix = joinPrefix(dir);
    const cache = HeaderCache.open(dir);
    for (let n = 0; n < names.length; n++) {
      const name = names[n]!;
      if (!isScriptFile(name)) continue;
      const file = prefix + name;
      if (!cache.enabled) {
        // No cache to key: a stat per file would cost a fifth of a cold run for nothing.
        headers.push(readHeader(file, readText(file)));
        continue;
      }
      const stat = fs.statSync(file);
      let header = cache.get(name, stat, file);
      if (header === undefined) {
        header = readHeader(file, readText(file));
        cache.set(name, stat, header);
      }
      headers.push(header);
    }
    cache.save();
  }
  return headers;
}

/** One buffer for every script read: most scripts are a few kilobytes. */
const scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * A script's text in one `read` into a shared buffer. `readFileSync` also `fstat`s, reads
 * again to see the end and allocates per file: about a fifth more at 100,000 scripts.
 * A script that fills the buffer is read whole the usual way.
 */
function readText(file: string): string {
  const fd = fs.openSync(file, "r");
  let length: number;
  try {
    length = fs.readSync(fd, scratch, 0, scratch.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return length < scratch.length ? scratch.toString("utf8", 0, length) : fs.readFileSync(file, "utf8");
}

/**
 * What `path.join(dir, name)` puts before a plain file name (one segment, as readdir
 * returns them), computed once per directory instead of normalizing 100,000 paths.
 */
function joinPrefix(dir: string): string {
  return path.join(dir, "_").slice(0, -1);
}

export function readHeader(file: string, source: string): RevisionHeader {
  return file.endsWith(".sql") ? fromSql(file, source) : fromTs(file, source);
}

/** What a constant declared null or not at all stands for; shared, as most scripts have several. */
const NONE: readonly string[] = Object.freeze([]);

function fromTs(file: string, source: string): RevisionHeader {
  const h = readTsHeader(source, file);
  const revision = single(h.revision, "revision", file);
  const doc = h.docstring;
  return {
    revision,
    downRevisions: h.downRevision ?? NONE,
    branchLabels: h.branchLabels ?? NONE,
    dependsOn: h.dependsOn ?? NONE,
    message: firstParagraph(doc),
    doc,
    path: file,
  };
}

function fromSql(file: string, source: string): RevisionHeader {
  const h = readSqlHeader(source, file);
  if (!h.revision) throw missingRevision(file, "-- revision: <id>");
  const lines = [h.message, "", `Revision ID: ${h.revision}`, `Revises: ${h.downRevisions.join(", ") || "None"}`];
  if (h.createDate) lines.push(`Create Date: ${h.createDate}`);
  return {
    revision: h.revision,
    downRevisions: h.downRevisions,
    branchLabels: h.branchLabels,
    dependsOn: h.dependsOn,
    message: h.message,
    doc: lines.join("\n").trim(),
    path: file,
  };
}

function single(value: string[] | null | undefined, name: string, file: string): string {
  if (value === undefined || value === null) throw missingRevision(file, `export const ${name} = "<id>"`);
  if (value.length !== 1) {
    throw new ScriptError(`Header constant '${name}' in ${file} must be a single string`, file);
  }
  return value[0]!;
}

function missingRevision(file: string, expected: string): ScriptError {
  return new ScriptError(`Could not determine revision id from ${file}: declare \`${expected}\` in the script`, file);
}

const BLANK_LINE = /\n\s*\n/;

/** Alembic's `Script.doc`: the docstring up to its first blank line. */
function firstParagraph(doc: string): string {
  const blank = BLANK_LINE.exec(doc);
  return (blank === null ? doc : doc.slice(0, blank.index)).trim();
}

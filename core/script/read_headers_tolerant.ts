/**
 * Header reading that keeps going: every script whose header cannot be read becomes a
 * problem in the result instead of stopping at the first, so `mig check` can list all
 * broken files in one report. The graph commands keep the strict `readHeaders`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ScriptError } from "../errors.ts";
import type { RevisionHeader } from "./revision_header.ts";
import { isScriptFile, readHeader } from "./script_directory.ts";

export interface HeaderScan {
  readonly headers: readonly RevisionHeader[];
  /** One per unreadable script, in file order; each names its file (and line when known). */
  readonly problems: readonly ScriptError[];
}

export function readHeadersTolerant(versionLocations: readonly string[]): HeaderScan {
  const headers: RevisionHeader[] = [];
  const problems: ScriptError[] = [];
  for (const dir of versionLocations) {
    for (const file of scriptFiles(dir)) {
      try {
        headers.push(readHeader(file, fs.readFileSync(file, "utf8")));
      } catch (error) {
        problems.push(asScriptError(error, file));
      }
    }
  }
  return { headers, problems };
}

/** The script files of one location, sorted; a missing location has none (a fresh project). */
function scriptFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  return names.sort().filter(isScriptFile).map((name) => path.join(dir, name));
}

function asScriptError(error: unknown, file: string): ScriptError {
  if (error instanceof ScriptError) return error.path === undefined ? new ScriptError(error.message, file, error.line) : error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ScriptError(`Could not read ${file}: ${reason}`, file);
}

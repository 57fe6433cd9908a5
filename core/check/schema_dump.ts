/**
 * `--from-dump FILE`: a schema dump loaded into the check's database before the
 * stairway, so migrations are tried against what production has rather than base.
 * pg_dump output carries psql meta-commands (`\restrict`, `\connect`) no driver runs,
 * and empties search_path for the session, which would break every unqualified name
 * the migrations use afterwards: those lines are blanked (not removed, so a database
 * error's line number still points into the file).
 */
import * as fs from "node:fs";
import { DatabaseError } from "../errors.ts";
import type { Driver } from "../driver.ts";
import { type Finding, finding } from "./finding.ts";

const SKIPPED = [/^\\/, /^SELECT pg_catalog\.set_config\('search_path', '', false\);$/];

/** Loads the dump; a refusal becomes a `dump-failed` finding (undefined when it loaded). */
export async function loadDump(driver: Driver, file: string, database?: string): Promise<Finding | undefined> {
  const text = fs.readFileSync(file, "utf8")
    .split("\n")
    .map((line) => (SKIPPED.some((re) => re.test(line.trim())) ? "" : line))
    .join("\n");
  try {
    await driver.exec(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    return finding({
      kind: "dump-failed",
      message: `Could not load the schema dump: ${error.message.split("\n")[0]}`,
      file,
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
      ...(database ? { database } : {}),
    });
  }
}

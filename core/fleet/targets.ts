/**
 * Where a fan-out's databases come from: a file of URLs (`--targets FILE`, `-` for stdin),
 * mig.toml's `targets` list or `targets_command` (its output, one URL per line), or the
 * schemas a query on the project's URL returns (`--schemas-from`, PostgreSQL tenants).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import type { MigConfig } from "../config/config.ts";
import { interpolate } from "../config/interpolate.ts";
import { databaseSupport } from "../database.ts";
import { ConfigError } from "../errors.ts";
import { parseDbUrl } from "../url.ts";

/** One database of a fan-out: its URL, and the schema it lives in for schema tenants. */
export interface FleetTarget {
  readonly url: string;
  readonly schema?: string;
}

/** How long `targets_command` may take to print the list. */
const COMMAND_TIMEOUT_MS = 30_000;

/** Lines of URLs: blank lines and `#` comments skipped, `${VAR}` expanded, each URL checked. */
export function parseTargetLines(text: string, where: string, env: Readonly<Record<string, string | undefined>> = process.env): FleetTarget[] {
  const targets: FleetTarget[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const url = interpolate(line, env, `${where}, line ${i + 1}`);
    try {
      parseDbUrl(url);
    } catch (error) {
      throw new ConfigError(`${where}, line ${i + 1}: ${(error as Error).message}`);
    }
    targets.push({ url });
  });
  if (targets.length === 0) throw new ConfigError(`${where} lists no database URLs`);
  return targets;
}

/** `--targets FILE` (or `-`): the file's URLs. */
export function targetsFromFile(file: string): FleetTarget[] {
  let text: string;
  try {
    text = file === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`Can't read the targets file '${file}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseTargetLines(text, file === "-" ? "standard input" : file);
}

/** `--targets` with no file: mig.toml's `targets = [...]` or the output of `targets_command`. */
export function targetsFromConfig(config: MigConfig): FleetTarget[] {
  const list = config.get("targets");
  const command = config.get("targets_command");
  const where = `section [${config.section}] of ${config.file ?? "the configuration"}`;
  if (list !== undefined) {
    if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) {
      throw new ConfigError(`Key 'targets' in ${where} must be an array of database URLs`);
    }
    return parseTargetLines(list.join("\n"), `'targets' in ${where}`, {});
  }
  if (typeof command === "string") {
    const run = spawnSync("sh", ["-c", command], { cwd: config.dir, encoding: "utf8", timeout: COMMAND_TIMEOUT_MS, maxBuffer: 64 << 20 });
    if (run.error || run.status !== 0) {
      const why = run.error ? run.error.message : `exit status ${run.status}: ${run.stderr.trim().split("\n")[0] ?? ""}`;
      throw new ConfigError(`targets_command in ${where} failed (${why})`);
    }
    return parseTargetLines(run.stdout, `the output of targets_command in ${where}`, {});
  }
  throw new ConfigError(`--targets without a file needs 'targets' or 'targets_command' in ${where}`);
}

/** `--schemas-from SQL`: one target per schema the query returns, on the project's URL. */
export function schemaTargets(url: string, schemas: readonly unknown[]): FleetTarget[] {
  if (schemas.length === 0) throw new ConfigError("--schemas-from returned no schemas");
  const base = parseDbUrl(url);
  if (base.dialect !== "postgresql") throw new ConfigError(`--schemas-from needs a PostgreSQL URL, not '${base.masked}'`);
  return schemas.map((value) => {
    const schema = String(value);
    // search_path is a PostgreSQL startup parameter: unqualified DDL lands in the tenant's schema.
    const sep = url.includes("?") ? "&" : "?";
    return { url: `${url}${sep}search_path=${encodeURIComponent(schema)}`, schema };
  });
}

/** The schemas `sql` returns on the project's database (first column of each row). */
export async function schemasFrom(config: MigConfig, sql: string): Promise<FleetTarget[]> {
  const url = config.url;
  if (!url) throw new ConfigError("--schemas-from needs the project's url in mig.toml");
  const driver = await databaseSupport().connect(parseDbUrl(url, { baseDir: config.dir }));
  try {
    const rows = await driver.query(sql);
    return schemaTargets(url, rows.map((row) => Object.values(row)[0]));
  } finally {
    await driver.close();
  }
}

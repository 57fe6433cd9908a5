/**
 * `mig check`: lint the revision graph, then dry-run every migration in an embedded
 * database (the stairway), for pre-commit hooks and CI. Never runs env.ts: the database
 * is chosen from the dialect of the configured url. Prints the report and returns it;
 * the CLI exits 0 when `ok`, 1 otherwise.
 */
import * as fs from "node:fs";
import type { MigConfig } from "../config/config.ts";
import { type Catalog, emptyCatalog } from "../autogenerate/catalog.ts";
import { driftFindings } from "../check/drift.ts";
import type { Dialect } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import { dryRun } from "../check/dry_run.ts";
import type { Finding } from "../check/finding.ts";
import { lintGraph } from "../check/lint_graph.ts";
import type { DatabaseInfo } from "../check/open_database.ts";
import { type CheckReport, reportJson, reportText } from "../check/report.ts";
import { describeCached, describeDatabase, describeGraph, describeRun, describeScope } from "../check/describe.ts";
import { lintConfig } from "../check/lint/lint_config.ts";
import type { AllowedFinding, ExplainedStatement } from "../check/lint/lint_run.ts";
import { judgedRevisions } from "../check/lint/lint_scope.ts";
import { RULE_IDS } from "../check/lint/rules.ts";
import { type ReportFormat, reportFormatted } from "../check/report_formats.ts";
import { stagedScope } from "../check/staged.ts";
import { checkTargets } from "../check/targets.ts";
import { UsageError } from "../errors.ts";
import type { Output } from "../output.ts";
import type { DbUrl } from "../url.ts";
import { VERSION } from "../version.ts";
import { plannedSteps } from "./project.ts";

/** Exit status when the check found errors (0: clean, 2: usage, 255: could not check at all). */
export const EXIT_FINDINGS = 1;

export interface CheckOptions {
  /** Print the JSON document instead of the readable report. */
  readonly json?: boolean;
  /** Show the runner's `INFO  [mig]` lines on stderr. */
  readonly verbose?: boolean;
  /** `--dialect`: overrides `check_dialect` and the url's scheme. */
  readonly dialect?: string;
  /** `--dev-url`: a PostgreSQL or MySQL server for the dry run (a scratch database is made there). */
  readonly devUrl?: string;
  /** `--staged`: only the revisions the next commit changes, and what builds on them. */
  readonly staged?: boolean;
  /** `--from-dump FILE`: load this schema dump first and start from its revision. */
  readonly fromDump?: string;
  /** With `fromDump`: "current" (default: the dump's version table) or a revision. */
  readonly from?: string;
  /** Where relative paths are shown from and git runs; defaults to the process's. */
  readonly cwd?: string;
  /** `--no-lint`: skip the lock-aware lint of the upgrades. */
  readonly noLint?: boolean;
  /** `--explain`: print every judged statement's label, not only findings. */
  readonly explain?: boolean;
  /** `--strict`: warnings fail the check too. */
  readonly strict?: boolean;
  /** `--format`: findings as compiler lines (gcc), CI annotations (github) or a Code Quality report (gitlab). */
  readonly format?: ReportFormat;
  /** `--full`: run every revision, not only those after the last clean check's (check_cache.ts). */
  readonly full?: boolean;
}

export async function check(config: MigConfig, options: CheckOptions, output: Output): Promise<CheckReport> {
  const started = performance.now();
  if (options.from !== undefined && options.fromDump === undefined) throw new UsageError("--from needs --from-dump FILE");
  if (options.format !== undefined && options.json) throw new UsageError("--format and --json are two outputs: choose one");
  const cwd = options.cwd ?? process.cwd();
  const log: Output = options.verbose ? output : { ...output, log: () => {}, quiet: true };
  const lint = lintGraph(config);
  const findings: Finding[] = [...lint.findings];
  const notes: string[] = [];
  const databases: DatabaseInfo[] = [];
  const map = lint.map;
  if (map) notes.push(describeGraph(map));
  const targets = checkTargets(config, {
    ...(options.dialect !== undefined ? { dialect: options.dialect } : {}),
    ...(options.devUrl !== undefined ? { devUrl: options.devUrl } : {}),
  });
  const scope = options.staged && map ? stagedScope(config, map, cwd) : undefined;
  if (scope) notes.push(describeScope(scope));
  const skipped = !map || !lint.runnable ? "Dry run skipped: fix the graph first"
    : map.size === 0 ? "No revisions yet: nothing to run"
    : scope?.kind === "none" ? "" : undefined;
  if (skipped) notes.push(skipped);
  const lintSettings = options.noLint ? undefined : lintConfig(config, RULE_IDS);
  const ddlLint = lintSettings && map && skipped === undefined
    ? {
      version: lintSettings.postgresVersion,
      levels: lintSettings.levels,
      judged: judgedRevisions(map, {
        ...(lintSettings.since !== undefined ? { since: lintSettings.since } : {}),
        ...(scope?.kind === "revisions" ? { staged: scope.changed } : {}),
      }),
    }
    : undefined;
  const allowed: AllowedFinding[] = [];
  const explained: ExplainedStatement[] = [];
  for (const target of targets) {
    if (map?.size === 0 && target.url !== undefined && drifts(config)) {
      // No migrations yet: everything the target declares is drift.
      findings.push(...await driftFindings({ config, heads: emptyCatalog(target.dialect), log, ...devUrl(options) }));
    }
    if (skipped !== undefined || !map || target.url === undefined) {
      if (skipped === undefined && target.skipped) notes.push(target.skipped);
      databases.push({ ...(target.database ? { name: target.database } : {}), dialect: target.dialect, engine: null, version: null });
      continue;
    }
    const result = await dryRun({ ...target, url: target.url }, {
      config,
      map,
      withoutDowngrade: lint.withoutDowngrade,
      focus: scope?.kind === "revisions" ? scope.focus : undefined,
      ...(options.fromDump !== undefined ? { fromDump: options.fromDump } : {}),
      ...(options.from !== undefined ? { from: options.from } : {}),
      toSteps: (plan) => plannedSteps(plan, log),
      log,
      ...(ddlLint ? { lint: ddlLint } : {}),
      ...(options.full || options.explain ? {} : { cache: { project: config.scriptLocation, seed: cacheSeed(config, target.dialect, target.url, ddlLint !== undefined) } }),
      ...(drifts(config) ? { drift: (heads: Catalog, here: { driver: Driver; dialect: Dialect }) => driftFindings({ config, heads, log, here, ...devUrl(options) }) } : {}),
    });
    databases.push(result.info);
    notes.push(describeDatabase(result.info, target.url), ...result.cached ? [describeCached(result.cached)] : [], describeRun(result));
    findings.push(...result.findings);
    allowed.push(...result.allowed);
    explained.push(...result.explained);
  }
  const report: CheckReport = {
    ok: findings.every((f) => f.severity !== "error" && !(options.strict && f.severity === "warning")),
    findings,
    allowed,
    ...(options.explain ? { explained } : {}),
    databases,
    revisions: map?.size ?? 0,
    heads: map?.heads().map((h) => h.revision) ?? [],
    notes,
    durationMs: Math.round(performance.now() - started),
  };
  if (options.format) output.print(reportFormatted(report, options.format, cwd));
  else if (options.json) output.print(reportJson(report, cwd));
  else for (const line of reportText(report, cwd)) output.print(line);
  return report;
}

/** What besides the scripts decides a check's findings: mig itself, mig.toml (lint rules, versions), the dialect and engine, lint on or off. */
function cacheSeed(config: MigConfig, dialect: string, engine: DbUrl, lint: boolean): string {
  let toml = "";
  try {
    toml = config.file ? fs.readFileSync(config.file, "utf8") : "";
  } catch {
    // Read before; unreadable now only means another key.
  }
  return JSON.stringify([VERSION, dialect, engine.masked, lint, config.section, toml]);
}

/** Drift is checked where a target schema is declared (one database; multidb projects have no single target). */
const drifts = (config: MigConfig) => config.targetSchema !== undefined && config.databases.length === 0;
const devUrl = (options: CheckOptions) => (options.devUrl !== undefined ? { devUrl: options.devUrl } : {});

/**
 * One database's dry run: open it, optionally load a schema dump, run the stairway and
 * the round trip through the ordinary runner, and close it whatever happens (an open
 * PGlite keeps the process alive for seconds).
 */
import type { MigConfig } from "../config/config.ts";
import type { Catalog } from "../autogenerate/catalog.ts";
import type { Dialect, QueryFn } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import { RevisionError } from "../errors.ts";
import type { Plan, RevisionMap } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import type { PlannedStep } from "../runtime/planned_step.ts";
import type { DbUrl } from "../url.ts";
import type { Finding } from "./finding.ts";
import { type AllowedFinding, type ExplainedStatement, lintMigrations } from "./lint/lint_run.ts";
import type { RuleLevel } from "./lint/rule.ts";
import { newerSyntaxFindings } from "./newer_syntax.ts";
import { type CachedState, CheckCache } from "./check_cache.ts";
import { type DatabaseInfo, type OpenDatabase, openDatabase } from "./open_database.ts";
import { RecordingDriver } from "./recording_driver.ts";
import { loadDump } from "./schema_dump.ts";
import { stairway } from "./stairway.ts";
import { StepRunner } from "./step_runner.ts";
import type { CheckTarget } from "./targets.ts";

export interface DryRunSettings {
  readonly config: MigConfig;
  readonly map: RevisionMap;
  readonly withoutDowngrade: ReadonlySet<string>;
  /** `--staged`: revisions to step down and up; the rest only upgrade. */
  readonly focus: ReadonlySet<string> | undefined;
  readonly fromDump?: string;
  /** With a dump: "current" (its version table) or a revision to stamp it at. */
  readonly from?: string;
  readonly toSteps: (plan: Plan) => PlannedStep[];
  /** Where the runner's log lines go (nowhere unless -v). */
  readonly log: Output;
  /** After a clean stairway (the database at its heads): compare the heads' schema with the target. */
  readonly drift?: (heads: Catalog, here: { driver: Driver; dialect: Dialect }) => Promise<Finding[]>;
  /** The lock-aware lint of the upgrades (PostgreSQL); undefined: off (`--no-lint`). */
  readonly lint?: DryRunLint;
  /**
   * Resume from the last clean check's state (check_cache.ts): `seed` holds what besides
   * the scripts decides the result, `project` names the entries. Used where the engine can
   * dump and boot its state (PGlite) and no dump is loaded; a --staged run may resume but
   * saves nothing. Undefined: run every revision (`--full`).
   */
  readonly cache?: { readonly project: string; readonly seed: string };
}

export interface DryRunLint {
  readonly version: number;
  readonly levels: ReadonlyMap<string, RuleLevel>;
  /** Revisions to judge (lint_since, --staged). */
  readonly judged: (revision: string) => boolean;
}

export interface DryRunResult {
  readonly info: DatabaseInfo;
  readonly findings: readonly Finding[];
  /** Revisions that went down and up again. */
  readonly stepped: number;
  /** Every checked revision went down and the heads were rebuilt. */
  readonly complete: boolean;
  /** Lint findings silenced in place. */
  readonly allowed: readonly AllowedFinding[];
  /** Every judged upgrade statement with its label (`--explain`). */
  readonly explained: readonly ExplainedStatement[];
  /** Revisions taken from the check cache instead of being run, and the last of them. */
  readonly cached?: { readonly steps: number; readonly through: string };
}

export async function dryRun(target: CheckTarget & { url: DbUrl }, settings: DryRunSettings): Promise<DryRunResult> {
  // A dump is its own start; anything else starts from empty, which a cached state can stand in for.
  const cache = settings.cache && settings.fromDump === undefined
    ? CheckCache.open({ ...settings.cache, steps: settings.toSteps(settings.map.planUpgrade([], "heads")) })
    : undefined;
  const found = cache?.find();
  // Nothing changed since a clean check, and no target schema to compare the heads with:
  // that check's result stands, and the database need not even start.
  if (found?.complete && settings.drift === undefined) return resultOfCached(found, target, settings.focus);
  const { db, cached } = await openFrom(target, found);
  // Booting PGlite leaves tens of MB of garbage (asset copies, the unpacked data
  // directory) that Bun would otherwise carry through the whole run: collect it now to
  // keep peak memory down. Bun only; elsewhere the runtime decides.
  (globalThis as { Bun?: { gc(force: boolean): void } }).Bun?.gc(true);
  try {
    const lint = settings.lint;
    const driver = new RecordingDriver(db.driver, db.dialect.name);
    const watched = new Set<string>();
    const runner = new StepRunner({
      driver, url: db.url, config: settings.config, output: settings.log,
      ...(target.database ? { database: target.database } : {}),
    });
    const findings: Finding[] = [];
    const syntaxChecked: PlannedStep[] = [];
    const targetVersion = settings.config.targetPostgresVersion;
    const run = async (steps: readonly PlannedStep[], heads: readonly string[]) => {
      // Each upgrade is watched the first time it runs (the climb), not when the stairway rebuilds.
      const watch = lint !== undefined && steps.every((s) => s.direction === "up" && !watched.has(s.revision));
      for (const step of watch ? steps : []) watched.add(step.revision);
      const { result, statements } = await driver.recording(() =>
        watch ? driver.watcher.watching(() => runner.run(steps, heads)) : runner.run(steps, heads));
      // Statements are attributed only when one step ran; the stairway runs each checked step alone.
      if (targetVersion && steps.length === 1 && !syntaxChecked.includes(steps[0]!)) {
        syntaxChecked.push(steps[0]!);
        findings.push(...newerSyntaxFindings({ dialect: db.dialect, target: targetVersion, step: steps[0]!, statements, database: target.database }));
      }
      return result;
    };
    // One query function for the whole run: dialects may keep per-session state against it (prepared statements).
    const query: QueryFn = (sql, params) => db.driver.query(sql, params);
    const snapshot = () => db.dialect.snapshotSchema(query, { exclude: [runner.versionTable] });

    let startHeads: string[] = cached ? await runner.heads() : [];
    if (cached) findings.push(...inFocus(cached.findings, settings.focus));
    if (settings.fromDump) {
      const failed = await loadDump(db.driver, settings.fromDump, target.database);
      if (failed) return { info: db.info, findings: [failed], stepped: 0, complete: false, allowed: [], explained: [] };
      startHeads = await startingHeads(runner, settings);
    }
    const steps = settings.toSteps(settings.map.planUpgrade(startHeads, "heads"));
    // Resumed at the heads: no step to take, and no schema to read before and after none.
    const stairs = cached && steps.length === 0 ? { findings: [], stepped: 0, complete: true } : await stairway({
      map: settings.map, steps, startHeads, run, snapshot, focus: settings.focus,
      withoutDowngrade: settings.withoutDowngrade,
      ...(target.database ? { database: target.database } : {}),
    });
    findings.push(...stairs.findings);
    const clean = stairs.complete && findings.every((f) => f.severity !== "error");
    // The state to remember is the heads' after a clean stairway, before drift looks at it. A
    // --staged run steps only some revisions: it may start from a full check's state but never leaves one.
    const image = cache && clean && settings.focus === undefined && !found?.complete && worthSaving(cached, steps.length)
      ? await dumpImage(db.driver)
      : undefined;
    // Packed on the thread pool while drift and the lint run.
    const saving = image ? cache!.prepare(image) : undefined;
    if (settings.drift && clean) {
      const read = db.dialect.introspectCatalog.bind(db.dialect);
      findings.push(...await settings.drift(await read(query, { exclude: [runner.versionTable] }), { driver: db.driver, dialect: db.dialect }));
    }
    const judged = lint
      ? lintMigrations(driver.watcher.migrations, { ...lint, dialect: db.dialect.name, ...(target.database ? { database: target.database } : {}) })
      : { findings: [], allowed: [], explained: [] };
    findings.push(...judged.findings);
    const allowed = [...cached?.allowed ?? [], ...judged.allowed];
    if (saving && findings.every((f) => f.severity !== "error")) {
      // Only what belongs to a revision is the revisions' to keep; drift is found afresh.
      await saving.write({
        through: steps.at(-1)?.revision ?? cached!.through, findings: findings.filter((f) => f.revision !== undefined), allowed,
        engine: { name: db.info.engine, version: db.info.version },
      });
    }
    return {
      info: db.info, findings, stepped: stairs.stepped, complete: stairs.complete,
      allowed, explained: judged.explained,
      ...(cached ? { cached: { steps: cached.steps, through: cached.through } } : {}),
    };
  } finally {
    await db.close();
  }
}

/** The report of a check whose every revision is in the cache, the engine left unstarted. */
function resultOfCached(cached: CachedState, target: CheckTarget, focus: ReadonlySet<string> | undefined): DryRunResult {
  const info: DatabaseInfo = {
    ...(target.database ? { name: target.database } : {}),
    dialect: target.dialect, engine: cached.engine.name, version: cached.engine.version, boot: "cache",
  };
  return {
    info, findings: inFocus(cached.findings, focus), stepped: 0, complete: true, allowed: cached.allowed, explained: [],
    cached: { steps: cached.steps, through: cached.through },
  };
}

/** `--staged`: the findings of the revisions it checks. */
function inFocus(findings: readonly Finding[], focus: ReadonlySet<string> | undefined): Finding[] {
  return findings.filter((f) => focus === undefined || focus.has(f.revision ?? ""));
}

/**
 * Whether to store the state a check reached: always from scratch, but when resumed only
 * once a few revisions were replayed, as replaying one costs far less than storing the
 * database again (about 0.2 s).
 */
function worthSaving(cached: CachedState | undefined, replayed: number): boolean {
  return cached === undefined || replayed >= 3;
}

/** The embedded database's state, with the stairway's garbage collected first to keep the peak down; undefined where it has none. */
function dumpImage(driver: Driver): Promise<Blob> | undefined {
  if (!driver.dumpImage) return undefined;
  (globalThis as { Bun?: { gc(force: boolean): void } }).Bun?.gc(true);
  return driver.dumpImage();
}

/** Boots from the cached image when there is one; an image that will not boot is passed over. */
async function openFrom(
  target: CheckTarget & { url: DbUrl }, cached: CachedState | undefined,
): Promise<{ db: OpenDatabase; cached?: CachedState }> {
  if (cached) {
    try {
      const db = await openDatabase(target, { bootImage: cached.image() });
      // Only an engine that booted from the image resumes; others ignore it and start empty.
      return db.info.boot === "image" ? { db, cached } : { db };
    } catch {
      // Corrupt or from another PGlite: the empty database it is.
    }
  }
  return { db: await openDatabase(target) };
}

/** The dump's own version table, or the revision `--from` names, stamped into it. */
async function startingHeads(runner: StepRunner, settings: DryRunSettings): Promise<string[]> {
  const current = await runner.heads();
  if (settings.from === undefined || settings.from === "current") return current;
  const revision = settings.map.resolve(settings.from);
  if (!revision) throw new RevisionError(`--from must name a revision, not '${settings.from}'`);
  const stamped = await runner.run(settings.toSteps(settings.map.planStamp(current, [revision.revision])), current);
  if (!stamped.ok) throw stamped.error;
  return [...stamped.heads];
}

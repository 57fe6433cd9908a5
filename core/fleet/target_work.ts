/**
 * What each fanned-out command does on one target: the single-database command, run with
 * the target's config, returning what the fleet report shows (heads before and after,
 * lines to print under the target). A target the command leaves failing throws.
 */
import type { MigConfig } from "../config/config.ts";
import { check, type CheckOptions } from "../commands/check.ts";
import { atLatestHeads, currentHeads } from "../commands/current.ts";
import { downgradeWith } from "../commands/downgrade.ts";
import type { MigrateCommandOptions } from "../commands/migrate_options.ts";
import { loadRevisionMap } from "../commands/project.ts";
import { stampWith } from "../commands/stamp.ts";
import { upgradeWith } from "../commands/upgrade.ts";
import { MigError, UsageError } from "../errors.ts";
import type { RevisionMap } from "../graph/mod.ts";
import type { Output } from "../output.ts";
import type { DatabaseResult } from "../runtime/run_env.ts";
import type { TargetOutcome, TargetWork } from "./fan_out.ts";

export type FleetCommand =
  | { readonly name: "upgrade" | "downgrade"; readonly revision: string; readonly options: MigrateCommandOptions }
  | { readonly name: "stamp"; readonly revisions: readonly string[]; readonly options: MigrateCommandOptions & { purge: boolean } }
  | { readonly name: "current"; readonly checkHeads?: boolean }
  /** `check --targets`: the dry run on every target's server, in a scratch database made there. */
  | { readonly name: "check"; readonly options: CheckOptions };

/** A target whose check found errors: its findings are the detail lines. */
class CheckFindings extends MigError {
  override name = "CheckFindings";
}

export function targetWork(config: MigConfig, command: FleetCommand, output: Output): TargetWork {
  if (command.name === "check") return checkWork(command.options);
  const map = loadRevisionMap(config, output);
  switch (command.name) {
    case "current":
      return async (cfg, out) => {
        const heads = [...((await currentHeads(cfg, out))[0]?.heads ?? [])];
        const lines = map.current(heads).map((r) => `${r.revision}${isHead(map, r.revision) ? " (head)" : ""}`);
        if (command.checkHeads && !atLatestHeads(map, heads)) throw new MigError("Database is not on the latest revision");
        return { before: heads, after: heads, changed: false, lines };
      };
    // One connection per target: the run reads the heads itself under the lock, and an
    // upgrade or downgrade leaves a target already there alone (no lock, no version table).
    case "stamp":
      return async (cfg, out) => moved((await stampWith(map, cfg, command.revisions, command.options, out))[0], true);
    default:
      return async (cfg, out) => {
        const run = command.name === "upgrade" ? upgradeWith : downgradeWith;
        const [result] = await run(map, cfg, command.revision, command.options, out, true);
        return moved(result, (result?.steps ?? 0) > 0);
      };
  }
}

/** What the fleet reports of a run on one target: the heads found under the lock and those left. */
function moved(result: DatabaseResult | undefined, changed: boolean): TargetOutcome {
  const before = [...(result?.before ?? [])];
  return { before, after: result?.heads ?? before, changed };
}

function checkWork(options: CheckOptions): TargetWork {
  // Each target is the server checked on, and the fleet prints one line (or JSON line) per target.
  if (options.devUrl !== undefined) throw new UsageError("--dev-url and --targets exclude each other: the targets are the servers checked on");
  if (options.format !== undefined) throw new UsageError("--format applies to one check; with --targets, --json gives a line per target");
  return async (cfg, out) => {
    const report = await check(cfg, { ...options, json: false, devUrl: cfg.url ?? "" }, out);
    // The report went to the target's captured stdout; its lines are what the fleet shows.
    const lines = out.stdout.split("\n").filter(Boolean);
    if (!report.ok) {
      const verdict = lines.pop() ?? "mig check: failed";
      throw new CheckFindings([verdict.replace(/^mig check: /, "check failed: "), ...lines].join("\n"));
    }
    return { changed: false, lines };
  };
}

const isHead = (map: RevisionMap, revision: string) => map.heads().some((h) => h.revision === revision);

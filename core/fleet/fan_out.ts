/**
 * Runs one command on many databases, a bounded number at a time. Each target runs
 * exactly as a single `mig` run would (its own connection, lock and transaction, env.ts
 * seeing the target's URL as `context.config.url`); its log is kept apart and reported
 * when it finishes, so lines of different databases never interleave.
 */
import type { MigConfig } from "../config/config.ts";
import { reportError } from "../commands/report_error.ts";
import { captureOutput, type CapturedOutput } from "../output.ts";
import { maskUrl } from "../url.ts";
import type { FleetTarget } from "./targets.ts";

export type TargetStatus = "changed" | "unchanged" | "failed" | "not-started";

export interface TargetOutcome {
  /** What the target was at before and is at after the command (version table heads). */
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  readonly changed: boolean;
  /** What the command printed as its result (`current`), shown under the target. */
  readonly lines?: readonly string[];
}

export interface TargetResult {
  readonly target: FleetTarget;
  /** The URL with its password masked: the only form ever printed. */
  readonly name: string;
  readonly status: TargetStatus;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  readonly lines?: readonly string[];
  /** The error's first line, as `FAILED:` would print it, and its other lines. */
  readonly error?: string;
  readonly errorDetail?: readonly string[];
  /** The target's own log (INFO lines), for --verbose and failures. */
  readonly log: readonly string[];
}

export interface FanOutOptions {
  readonly jobs: number;
  /** Keep starting targets after one failed (otherwise running ones finish, no new ones start). */
  readonly keepGoing: boolean;
  /** Called whenever a target starts or finishes. */
  readonly onProgress?: (progress: { done: number; total: number; failed: number; running: number }) => void;
  /** Called with each result as its target finishes, in finishing order. */
  readonly onResult?: (result: TargetResult) => void;
}

export type TargetWork = (config: MigConfig, output: CapturedOutput) => Promise<TargetOutcome>;

/** The project's config as one target sees it: its URL (and schema, for schema tenants). */
export function targetConfig(config: MigConfig, target: FleetTarget): MigConfig {
  // The URL is final: `$${` keeps a `${` in it from being expanded a second time.
  const url = target.url.replace(/\$\{/g, "$${");
  return config.with({ url, ...(target.schema === undefined ? {} : { version_table_schema: target.schema }) });
}

export async function fanOut(config: MigConfig, targets: readonly FleetTarget[], work: TargetWork, options: FanOutOptions): Promise<TargetResult[]> {
  const results: (TargetResult | undefined)[] = new Array(targets.length);
  let next = 0;
  let running = 0;
  let failed = 0;
  let done = 0;
  const progress = () => options.onProgress?.({ done, total: targets.length, failed, running });
  const stopped = () => failed > 0 && !options.keepGoing;

  const worker = async () => {
    while (next < targets.length && !stopped()) {
      const index = next++;
      running++;
      progress();
      const result = await runTarget(config, targets[index]!, work);
      running--;
      done++;
      if (result.status === "failed") failed++;
      results[index] = result;
      options.onResult?.(result);
      progress();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, targets.length)) }, worker));
  return targets.map((target, i) => results[i] ?? { target, name: maskUrl(target.url), status: "not-started", log: [] });
}

async function runTarget(config: MigConfig, target: FleetTarget, work: TargetWork): Promise<TargetResult> {
  const name = maskUrl(target.url);
  const output = captureOutput();
  const log = () => output.stderr.split("\n").filter(Boolean);
  try {
    const outcome = await work(targetConfig(config, target), output);
    return {
      target, name, status: outcome.changed ? "changed" : "unchanged", log: log(),
      ...(outcome.before ? { before: outcome.before } : {}),
      ...(outcome.after ? { after: outcome.after } : {}),
      ...(outcome.lines ? { lines: outcome.lines } : {}),
    };
  } catch (error) {
    const [first = "", ...rest] = reportError(error, { raiseErr: false }).text.replace(/^FAILED: /, "").split("\n");
    return { target, name, status: "failed", error: first, errorDetail: rest, log: log() };
  }
}

/**
 * `mig upgrade|downgrade|stamp|current ... --targets`: the command on every target, with a
 * progress line on a terminal, one block per target as it finishes, a summary, and exit
 * status 1 when any target failed. A target already where `upgrade`/`downgrade` would
 * take it is reported and left alone: no lock, no version table created.
 */
import type { MigConfig } from "../config/config.ts";
import { MigError, UsageError } from "../errors.ts";
import type { Output } from "../output.ts";
import { fanOut, type TargetResult } from "./fan_out.ts";
import { type FleetCommand, targetWork } from "./target_work.ts";
import { type FleetTarget, schemasFrom, targetsFromConfig, targetsFromFile } from "./targets.ts";

export type { FleetCommand };

export interface FleetOptions {
  readonly jobs: number;
  readonly keepGoing: boolean;
  readonly json: boolean;
  readonly verbose: boolean;
}

/** The command line's fan-out options. */
export interface FleetRequest {
  readonly targets?: string | true;
  readonly schemasFrom?: string;
  readonly jobs?: number;
  readonly keepGoing?: boolean;
  readonly json?: boolean;
  readonly verbose?: boolean;
}

/** Reads the targets a request names (a file, mig.toml's list, or a schema query) and runs the command on them. */
export async function fanOutRequest(config: MigConfig, request: FleetRequest, command: FleetCommand, output: Output): Promise<void> {
  if (request.targets !== undefined && request.schemasFrom !== undefined) {
    throw new UsageError("--targets and --schemas-from exclude each other");
  }
  const targets = request.schemasFrom !== undefined ? await schemasFrom(config, request.schemasFrom)
    : request.targets === true || request.targets === undefined ? targetsFromConfig(config) : targetsFromFile(request.targets);
  await runFleet(config, targets, command, {
    jobs: request.jobs ?? 4, keepGoing: request.keepGoing ?? false, json: request.json ?? false, verbose: request.verbose ?? false,
  }, output);
}

/** A failed fan-out: exit status 1, as the summary already said which targets failed. */
class FleetFailed extends MigError {
  override name = "FleetFailed";
  readonly exitStatus = 1;
}

export async function runFleet(config: MigConfig, targets: readonly FleetTarget[], command: FleetCommand, options: FleetOptions, output: Output): Promise<void> {
  if ("options" in command && "sql" in command.options && command.options.sql) throw new MigError("--targets runs against databases: it cannot be combined with --sql");
  const work = targetWork(config, command, output);
  const results = await fanOut(config, targets, work, {
    jobs: options.jobs,
    keepGoing: options.keepGoing,
    onProgress: ({ done, total, failed, running }) =>
      output.status?.(`[${done}/${total}] ok ${done - failed}, failed ${failed}, running ${running}`),
    onResult: (result) => {
      output.status?.("");
      if (options.json) output.print(JSON.stringify(jsonLine(result)));
      else printResult(result, command, options.verbose, output);
    },
  });
  const failed = results.filter((r) => r.status === "failed");
  for (const r of results.filter((r) => r.status === "not-started")) {
    if (options.json) output.print(JSON.stringify(jsonLine(r)));
  }
  const summary = summarize(results, command);
  if (options.json) output.print(JSON.stringify({ summary: summary.counts }));
  else {
    output.print(summary.line);
    for (const r of failed) output.print(`  failed: ${r.name}: ${r.error}`);
  }
  if (failed.length > 0) throw new FleetFailed(`${failed.length} of ${results.length} targets failed`);
}

const heads = (list: readonly string[] | undefined) => (list && list.length > 0 ? list.join(", ") : "base");

function printResult(result: TargetResult, command: FleetCommand, verbose: boolean, output: Output): void {
  if (verbose || result.status === "failed") for (const line of result.log) output.print(`  ${line}`);
  if (result.status === "failed") {
    output.print(`${result.name}: FAILED: ${result.error}`);
    for (const line of result.errorDetail ?? []) output.print(`  ${line}`);
    return;
  }
  if (command.name === "current") {
    output.print(`${result.name}: ${result.lines && result.lines.length > 0 ? result.lines.join(", ") : "base"}`);
    return;
  }
  if (command.name === "check") {
    // The verdict on the target's line; the report under it when it has warnings or on --verbose.
    const lines = [...(result.lines ?? [])];
    const verdict = lines.pop() ?? "";
    output.print(`${result.name}: ${verdict}`);
    if (verbose || !/: OK \(/.test(verdict)) for (const line of lines) output.print(`  ${line}`);
    return;
  }
  const verb = command.name === "stamp" ? "stamped" : command.name === "upgrade" ? "upgraded" : "downgraded";
  output.print(result.status === "changed"
    ? `${result.name}: ${verb} ${heads(result.before)} -> ${heads(result.after)}`
    : `${result.name}: already at ${heads(result.after)}`);
}

function jsonLine(result: TargetResult): Record<string, unknown> {
  return {
    target: result.name,
    ...(result.target.schema === undefined ? {} : { schema: result.target.schema }),
    status: result.status,
    ...(result.before ? { before: result.before } : {}),
    ...(result.after ? { after: result.after } : {}),
    ...(result.error ? { error: result.error } : {}),
  };
}

function summarize(results: readonly TargetResult[], command: FleetCommand): { line: string; counts: Record<string, number> } {
  const count = (status: TargetResult["status"]) => results.filter((r) => r.status === status).length;
  const counts = {
    targets: results.length, changed: count("changed"), unchanged: count("unchanged"),
    failed: count("failed"), notStarted: count("not-started"),
  };
  const verb = command.name === "stamp" ? "stamped" : `${command.name}d`;
  const readOnly = command.name === "current" || command.name === "check";
  const parts = [
    `${counts.changed + counts.unchanged} ok` + (readOnly ? "" : ` (${counts.changed} ${verb}, ${counts.unchanged} already there)`),
    `${counts.failed} failed`,
    ...(counts.notStarted > 0 ? [`${counts.notStarted} not started (stopped at the first failure; --keep-going runs them all)`] : []),
  ];
  return { line: `mig fleet: ${counts.targets} targets: ${parts.join(", ")}`, counts };
}

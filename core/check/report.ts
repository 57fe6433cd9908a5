/**
 * The result of `mig check` and its two renderings: a readable report (one line per
 * finding with its revision and file, detail lines indented under it) and the `--json`
 * document tools read. File paths are shown relative to the working directory.
 */
import * as path from "node:path";
import { type Finding, isError } from "./finding.ts";
import type { DatabaseInfo } from "./open_database.ts";

export interface CheckReport {
  /** No error findings (warnings allowed): exit status 0. */
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  readonly databases: readonly DatabaseInfo[];
  readonly revisions: number;
  readonly heads: readonly string[];
  /** What was done or skipped, in words ("graph lint only: ..."). */
  readonly notes: readonly string[];
  readonly durationMs: number;
}

export function reportJson(report: CheckReport, cwd: string): string {
  const findings = report.findings.map((f) => ({ ...f, ...(f.file ? { file: shownPath(f.file, cwd) } : {}) }));
  return JSON.stringify({
    ok: report.ok,
    findings,
    database: report.databases[0] ?? null,
    databases: report.databases,
    revisions: report.revisions,
    heads: report.heads,
    notes: report.notes,
    durationMs: report.durationMs,
  }, null, 2);
}

export function reportText(report: CheckReport, cwd: string): string[] {
  const lines = [...report.notes];
  for (const f of report.findings) lines.push(...findingLines(f, cwd));
  const errors = report.findings.filter(isError).length;
  const warnings = report.findings.length - errors;
  const took = `${(report.durationMs / 1000).toFixed(2)} s`;
  lines.push(report.ok && warnings === 0
    ? `mig check: OK (${took})`
    : `mig check: ${count(errors, "error")}, ${count(warnings, "warning")} (${took})`);
  return lines;
}

function findingLines(f: Finding, cwd: string): string[] {
  const where = f.file ? ` ${shownPath(f.file, cwd)}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}` : "";
  const subject = [f.database ? `[${f.database}]` : "", f.revision ?? ""].filter(Boolean).join(" ");
  const lines = [`${f.severity === "error" ? "ERROR" : "WARNING"} ${f.kind}${subject ? ` ${subject}` : ""}${where}: ${f.message}`];
  for (const detail of f.details ?? []) lines.push(`    ${detail}`);
  if (f.statement !== undefined) {
    const statement = f.statement.trim().split("\n");
    if (statement.length === 1) lines.push(`    Statement: ${statement[0]}`);
    else lines.push("    Statement:", ...statement.map((l) => `        ${l}`));
  }
  return lines;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Relative to `cwd` when inside it, else absolute: what a terminal or editor can open. */
export function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
}

/**
 * The result of `mig check` and its two renderings: a readable report (one line per
 * finding with its revision and file, detail lines indented under it) and the `--json`
 * document tools read. File paths are shown relative to the working directory.
 */
import * as path from "node:path";
import { type Finding, isError } from "./finding.ts";
import type { AllowedFinding, ExplainedStatement } from "./lint/lint_run.ts";
import type { DatabaseInfo } from "./open_database.ts";

export interface CheckReport {
  /** No error findings (warnings allowed): exit status 0. */
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  /** Lint findings silenced in place (`-- mig:allow`, `op.allow`), with their reasons. */
  readonly allowed: readonly AllowedFinding[];
  /** `--explain`: every judged upgrade statement with its label. */
  readonly explained?: readonly ExplainedStatement[];
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
    allowed: report.allowed.map((a) => ({ ...a, file: shownPath(a.file, cwd) })),
    ...(report.explained ? { statements: report.explained.map((e) => ({ ...e, file: shownPath(e.file, cwd) })) } : {}),
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
  for (const e of report.explained ?? []) lines.push(...explainLines(e, cwd));
  for (const f of report.findings) lines.push(...findingLines(f, cwd));
  for (const a of report.allowed) {
    lines.push(`ALLOWED ${a.rule} ${a.revision} ${shownPath(a.file, cwd)}${a.line ? `:${a.line}` : ""}: ${a.message}`, `    Reason: ${a.reason}`);
  }
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
  const lines = [`${f.severity === "error" ? "ERROR" : "WARNING"} ${f.rule ?? f.kind}${subject ? ` ${subject}` : ""}${where}: ${f.message}`];
  for (const detail of f.details ?? []) lines.push(`    ${detail}`);
  if (f.label !== undefined) lines.push(`    Lock: ${f.label}`);
  if (f.why !== undefined) lines.push(`    Why: ${f.why}`);
  if (f.fix !== undefined) lines.push(`    Fix: ${f.fix}`);
  if (f.statement !== undefined) {
    const statement = f.statement.trim().split("\n");
    if (statement.length === 1) lines.push(`    Statement: ${statement[0]}`);
    else lines.push("    Statement:", ...statement.map((l) => `        ${l}`));
  }
  return lines;
}

/** `--explain`: where, what it locked and rewrote, and the statement's first line. */
function explainLines(e: ExplainedStatement, cwd: string): string[] {
  const where = `${shownPath(e.file, cwd)}${e.line ? `:${e.line}` : ""}`;
  const how = [e.source, e.inTransaction ? "" : "outside a transaction"].filter(Boolean).join(", ");
  const first = e.statement.split("\n")[0]!;
  return [`EXPLAIN ${e.revision} ${where}: ${e.label} (${how})`, `    ${first}${e.statement.includes("\n") ? " ..." : ""}`];
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Relative to `cwd` when inside it, else absolute: what a terminal or editor can open. */
export function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
}

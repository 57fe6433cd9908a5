/**
 * `mig check --format`: the findings in the forms editors and CI read. `gcc` prints
 * `file:line:col: error: message [rule]` with note lines for the lock and the fix;
 * `github` prints workflow commands that annotate the line in a pull request; `gitlab`
 * prints a Code Quality report (a JSON array).
 */
import { createHash } from "node:crypto";
import type { Finding } from "./finding.ts";
import { type CheckReport, shownPath } from "./report.ts";

export const REPORT_FORMATS = ["gcc", "github", "gitlab"] as const;
export type ReportFormat = typeof REPORT_FORMATS[number];

export function reportFormatted(report: CheckReport, format: ReportFormat, cwd: string): string {
  switch (format) {
    case "gcc":
      return report.findings.flatMap((f) => gccLines(f, cwd)).join("\n");
    case "github":
      return report.findings.map((f) => githubLine(f, cwd)).join("\n");
    case "gitlab":
      return JSON.stringify(report.findings.map((f) => gitlabIssue(f, cwd)), null, 2);
  }
}

const idOf = (f: Finding) => f.rule ?? f.kind;

function gccLines(f: Finding, cwd: string): string[] {
  const where = f.file ? `${shownPath(f.file, cwd)}:${f.line ?? 1}:${f.column ?? 1}` : "mig.toml";
  const lines = [`${where}: ${f.severity}: ${f.message} [${idOf(f)}]`];
  if (f.label) lines.push(`${where}: note: lock: ${f.label}`);
  if (f.fix) lines.push(`${where}: note: fix: ${f.fix}`);
  return lines;
}

function githubLine(f: Finding, cwd: string): string {
  const props = [
    ...(f.file ? [`file=${escapeProperty(shownPath(f.file, cwd))}`] : []),
    ...(f.line ? [`line=${f.line}`] : []),
    ...(f.column ? [`col=${f.column}`] : []),
    `title=${escapeProperty(`mig check: ${idOf(f)}`)}`,
  ];
  const body = [f.message, ...(f.label ? [`Lock: ${f.label}`] : []), ...(f.why ? [`Why: ${f.why}`] : []), ...(f.fix ? [`Fix: ${f.fix}`] : [])];
  return `::${f.severity} ${props.join(",")}::${escapeData(body.join("\n"))}`;
}

function gitlabIssue(f: Finding, cwd: string) {
  const path = f.file ? shownPath(f.file, cwd) : "mig.toml";
  const description = [f.message, ...(f.label ? [`(${f.label})`] : []), ...(f.fix ? [`Fix: ${f.fix}`] : [])].join(" ");
  const fingerprint = createHash("md5").update([idOf(f), f.revision ?? "", path, f.message].join("\0")).digest("hex");
  return {
    description,
    check_name: idOf(f),
    fingerprint,
    severity: f.severity === "error" ? "major" : "minor",
    location: { path, lines: { begin: f.line ?? 1 } },
  };
}

/** GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

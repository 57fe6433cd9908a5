/**
 * The import report: per script `converted`, `converted with notes` or `needs hand work`
 * (with the Python lines left for a person), a total, and the same as JSON.
 */
import type { HandWork } from "./statements.ts";
import type { Note } from "./translate_context.ts";
import type { VerifyReport } from "./verify_report.ts";

export type ScriptStatus = "converted" | "converted with notes" | "needs hand work";

export interface ScriptReport {
  /** The Alembic script and the mig script written for it, relative to the working directory. */
  readonly file: string;
  readonly output: string;
  readonly revision: string;
  readonly status: ScriptStatus;
  readonly notes: readonly Note[];
  readonly handWork: readonly HandWork[];
}

export interface ImportReport {
  readonly ok: boolean;
  readonly config: string;
  readonly notes: readonly string[];
  readonly scripts: readonly ScriptReport[];
  readonly total: { scripts: number; converted: number; convertedWithNotes: number; needsHandWork: number };
  verify?: VerifyReport;
}

export function scriptStatus(notes: readonly Note[], handWork: readonly HandWork[]): ScriptStatus {
  return handWork.length > 0 ? "needs hand work" : notes.length > 0 ? "converted with notes" : "converted";
}

export function buildReport(config: string, notes: readonly string[], scripts: readonly ScriptReport[]): ImportReport {
  const count = (s: ScriptStatus) => scripts.filter((r) => r.status === s).length;
  const total = {
    scripts: scripts.length,
    converted: count("converted"),
    convertedWithNotes: count("converted with notes"),
    needsHandWork: count("needs hand work"),
  };
  return { ok: total.needsHandWork === 0, config, notes, scripts, total };
}

export function reportLines(report: ImportReport): string[] {
  const lines = [`Wrote ${report.config}`, ...report.notes.map((n) => `  note: ${n}`)];
  for (const s of report.scripts) {
    lines.push(`${s.status.padEnd(20)}  ${s.file} -> ${s.output}`);
    for (const n of s.notes) lines.push(`    line ${n.line}: ${n.text}`);
    for (const h of s.handWork) {
      lines.push(`    line ${h.endLine > h.line ? `${h.line}-${h.endLine}` : h.line}: ${h.reason}`);
      lines.push(...h.python.map((p) => `        ${p}`));
    }
  }
  const t = report.total;
  const scripts = t.scripts === 1 ? "1 script" : `${t.scripts} scripts`;
  const needs = t.needsHandWork === 1 ? "needs" : "need";
  lines.push(`Total: ${scripts}: ${t.converted} converted, ${t.convertedWithNotes} converted with notes, ${t.needsHandWork} ${needs} hand work`);
  return lines;
}

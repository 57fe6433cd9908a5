/** What `--verify` found: per revision, whether mig's schema equals the one Alembic leaves. */
export interface VerifyStep {
  /** "upgrade" to `revision`, or "downgrade" to base (revision "base"). */
  readonly phase: "upgrade" | "downgrade";
  readonly revision: string;
  readonly same: boolean;
  /** What differs, `object: Alembic ... / mig ...` lines; empty when the same. */
  readonly differences: readonly string[];
  /** A run that failed (Alembic's or mig's), instead of a comparison. */
  readonly error?: string;
}

export interface VerifyReport {
  /** The database (password masked) or "embedded SQLite". */
  readonly database: string;
  readonly dialect: string;
  readonly steps: readonly VerifyStep[];
  readonly ok: boolean;
}

export function verifyLines(report: VerifyReport): string[] {
  const lines = [`Verify on ${report.database} (${report.dialect}): Alembic and mig each on a fresh database`];
  for (const s of report.steps) {
    const what = s.phase === "upgrade" ? `upgrade ${s.revision}` : "downgrade base";
    lines.push(`${s.same ? "same schema" : "DIFFERENT  "}  ${what}${s.error ? `: ${s.error}` : ""}`);
    lines.push(...s.differences.map((d) => `    ${d}`));
  }
  const same = report.steps.filter((s) => s.same).length;
  lines.push(`Verify: ${same} of ${report.steps.length} steps leave the same schema`);
  return lines;
}

/** `target_postgres_version`: warnings for statements a step ran that the target server would refuse. */
import type { Dialect } from "../dialect.ts";
import type { PlannedStep } from "../runtime/planned_step.ts";
import { type Finding, finding } from "./finding.ts";

export function newerSyntaxFindings(init: {
  dialect: Dialect;
  target: string;
  step: PlannedStep;
  statements: readonly string[];
  database: string | undefined;
}): Finding[] {
  const { dialect, target, step } = init;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const statement of init.statements) {
    for (const found of dialect.newerSyntax(statement, target)) {
      if (seen.has(found.feature)) continue;
      seen.add(found.feature);
      out.push(finding({
        kind: "newer-syntax",
        severity: "warning",
        message: `${step.direction === "up" ? "Upgrade" : "Downgrade"} of ${step.revision} uses ${found.feature}, ` +
          `new in PostgreSQL ${found.since}; target_postgres_version is ${target}`,
        revision: step.revision,
        file: step.path,
        statement,
        ...(init.database ? { database: init.database } : {}),
      }));
    }
  }
  return out;
}

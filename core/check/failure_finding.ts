/**
 * A step that failed in the dry run, as a finding: the revision, the place in its
 * script (op call site, SQL line, or the frame of a throwing script), the statement and
 * the database's own message with its line and column.
 */
import { CompileError, DatabaseError, MigError } from "../errors.ts";
import type { PlannedStep } from "../runtime/planned_step.ts";
import { ScriptThrewError } from "../runtime/run_script.ts";
import { StatementFailedError } from "../runtime/statement_failure.ts";
import { type Finding, finding } from "./finding.ts";

/** `failed`: the step and what it threw (a runner outcome); `database`: multidb section. */
export function failureFinding(failed: { readonly error: unknown; readonly step: PlannedStep }, database?: string): Finding {
  const { step } = failed;
  // The report places the throw itself; the run's wording of it would say the place twice.
  const error = failed.error instanceof ScriptThrewError ? failed.error.thrown : failed.error;
  const base = {
    kind: step.direction === "up" ? "upgrade-failed" as const : "downgrade-failed" as const,
    revision: step.revision,
    file: step.path,
    ...(database ? { database } : {}),
  };
  if (error instanceof StatementFailedError) return finding({ ...base, ...statementFailure(error) });
  if (error instanceof CompileError) {
    // "Revision X at file:line:col: reason" (run_script.ts): keep the reason, lift the place.
    const m = /^Revision \S+ at (.+):(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
    if (m) return finding({ ...base, file: m[1]!, line: Number(m[2]), column: Number(m[3]), message: m[4]! });
    return finding({ ...base, message: error.message });
  }
  if (error instanceof DatabaseError) return finding({ ...base, message: firstLine(error.message), ...extras(error) });
  const e = error instanceof Error ? error : new Error(String(error));
  const frame = frameIn(e.stack, step.path);
  // mig's own errors are worded for users; anything else is the script throwing: say what it threw.
  const message = e instanceof MigError ? e.message : `${e.name}: ${e.message}`;
  return finding({ ...base, message, ...(frame ?? {}) });
}

function statementFailure(error: StatementFailedError) {
  const { origin, reason, statement } = error;
  let position: { line?: number; column?: number } = {};
  let inStatement = "";
  if (origin.site) {
    position = { line: origin.site.line, column: origin.site.column };
    if (reason.line !== undefined) {
      inStatement = ` (line ${reason.line}${reason.column === undefined ? "" : `, column ${reason.column}`} of the statement)`;
    }
  } else if (origin.firstLine !== undefined) {
    position = reason.line === undefined
      ? { line: origin.firstLine }
      : { line: origin.firstLine + reason.line - 1, ...(reason.column === undefined ? {} : { column: reason.column }) };
  }
  return {
    file: origin.site?.file ?? origin.file,
    ...position,
    statement,
    message: firstLine(reason.message) + inStatement,
    ...extras(reason),
  };
}

function extras(error: DatabaseError): { details?: string[] } {
  const details = [
    ...(error.detail ? [`DETAIL: ${error.detail}`] : []),
    ...(error.hint ? [`HINT: ${error.hint}`] : []),
  ];
  return details.length ? { details } : {};
}

const firstLine = (text: string) => text.split("\n")[0]!;

/** `path:line:col` of the first stack frame inside the script, when the stack names it. */
function frameIn(stack: string | undefined, file: string): { line: number; column: number } | undefined {
  if (!stack || !file) return undefined;
  for (const text of stack.split("\n")) {
    const at = text.indexOf(file);
    if (at < 0) continue;
    const m = /^:(\d+):(\d+)/.exec(text.slice(at + file.length));
    if (m) return { line: Number(m[1]), column: Number(m[2]) };
  }
  return undefined;
}

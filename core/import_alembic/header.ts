/**
 * The identity of an Alembic script, read from its syntax tree without running it: the
 * module docstring (Alembic's message is its first paragraph) and the module-level
 * `revision`, `down_revision`, `branch_labels` and `depends_on` literals.
 */
import { AlembicInputError } from "./input_error.ts";
import type { PyExpr, PyModule } from "./python_ast.ts";

export interface AlembicHeader {
  readonly revision: string;
  readonly downRevisions: string[];
  readonly branchLabels: string[];
  readonly dependsOn: string[];
  /** The docstring, stripped (Alembic's `longdoc`). */
  readonly doc: string;
  /** Alembic's `doc`: the docstring up to its first blank line. */
  readonly message: string;
}

export const HEADER_NAMES = new Set(["revision", "down_revision", "branch_labels", "depends_on"]);

export function readAlembicHeader(module: PyModule, file: string): AlembicHeader {
  const values = new Map<string, PyExpr>();
  for (const stmt of module.body) {
    if (stmt.kind === "assign" && stmt.target !== undefined && HEADER_NAMES.has(stmt.target)) values.set(stmt.target, stmt.value);
  }
  const ids = (name: string): string[] => {
    const value = values.get(name);
    if (value === undefined || value.kind === "none") return [];
    if (value.kind === "str") return [value.value];
    if ((value.kind === "tuple" || value.kind === "list") && value.items.every((i) => i.kind === "str")) {
      return value.items.map((i) => (i as { value: string }).value);
    }
    throw new AlembicInputError(`${file}:${value.line}: '${name}' must be a string, a tuple of strings or None to be read without running the script`);
  };
  const revisionExpr = values.get("revision");
  if (revisionExpr === undefined) {
    throw new AlembicInputError(`${file}: could not determine revision id: the script declares no 'revision'`);
  }
  if (revisionExpr.kind !== "str") {
    throw new AlembicInputError(`${file}:${revisionExpr.line}: 'revision' must be a string literal`);
  }
  const first = module.body.find((s) => s.kind !== "comment");
  const doc = first?.kind === "expr" && first.expr.kind === "str" ? first.expr.value.trim() : "";
  return {
    revision: revisionExpr.value,
    downRevisions: ids("down_revision"),
    branchLabels: ids("branch_labels"),
    dependsOn: ids("depends_on"),
    doc,
    message: doc.split("\n\n")[0]!,
  };
}

/**
 * Changes that break the application code still deployed while the migration runs:
 * dropping or renaming what it uses. Warnings in every dialect: often intended, so the
 * usual answer is to deploy the code first and silence the finding with the release.
 */
import { on, type Rule } from "./rule.ts";
import type { Shape, ShapeKind, ShapeOf } from "./shape.ts";

export const DESTRUCTIVE_RULES: readonly Rule[] = [
  destructive("dropTable", "drop-table", "table dropped", (s) => s.tables.join(", ")),
  destructive("dropColumn", "drop-column", "column dropped", (s) => `${s.table}.${s.column}`),
  destructive("dropSchema", "drop-schema", "schema dropped", (s) => s.name),
  destructive("renameTable", "rename-table", "table renamed", (s) => `${s.table} to ${s.to}`),
  destructive("renameColumn", "rename-column", "column renamed", (s) => `${s.table}.${s.column}`),
];

function destructive<K extends ShapeKind>(kind: K, id: string, what: string, subject: (s: ShapeOf<K>) => string): Rule {
  return on(kind, id, "warning", `${what} (running code still uses it)`, (s, ctx) => {
    const table = "table" in s ? (s as { table: string }).table : undefined;
    if (table !== undefined && !ctx.existed(table)) return undefined;
    const tables = (s as Shape).kind === "dropTable" ? (s as ShapeOf<"dropTable">).tables : undefined;
    if (tables && !tables.some((t) => ctx.existed(t))) return undefined;
    return {
      message: `${what}: ${subject(s)}`,
      why: "application code deployed before this migration still reads and writes it, and fails until the new code is out",
      fix: `stop using it in code first and deploy; then silence with op.allow(${JSON.stringify(id)}, "no code uses it since <release>")`,
      sqlFix: `stop using it in code first and deploy; then silence with '-- mig:allow ${id} no code uses it since <release>' above the statement`,
    };
  });
}

/** A watched statement's text as shapes, per dialect, with SQLite's rebuild steps folded away. */
import type { DialectName } from "../../ops/context.ts";
import { splitStatements } from "../../runtime/split_statements.ts";
import { classifyMysql } from "./classify_mysql.ts";
import { classifyPostgresql } from "./classify_postgresql.ts";
import { classifySqlite } from "./classify_sqlite.ts";
import type { Prediction } from "./predict_postgresql.ts";
import type { Shape } from "./shape.ts";

const CLASSIFY: Readonly<Record<DialectName, (sql: string) => Shape[]>> = {
  postgresql: classifyPostgresql, mysql: classifyMysql, sqlite: classifySqlite,
};

export const UNKNOWN: Prediction = { lock: null, rewrite: false, scans: false, known: false } as const;

/** Each statement of an `op.execute` text (or SQL section part) read on its own. */
export function shapesOf(sql: string, dialect: DialectName): Shape[] {
  const parts = splitStatements(sql, dialect);
  return (parts.length ? parts : [{ text: sql, line: 0 }]).flatMap((p) => CLASSIFY[dialect](p.text));
}

/** SQLite's rebuild drops the old table and renames the new one into place: not a drop or a rename of the user's. */
export function withoutRebuildSteps(shapes: Shape[], rebuilding: ReadonlySet<string>): Shape[] {
  if (rebuilding.size === 0) return shapes;
  return shapes.map((s) => {
    if (s.kind === "dropTable" && s.tables.every((t) => rebuilding.has(t))) return { kind: "other" } as const;
    if (s.kind === "renameTable" && /^_mig_tmp_/.test(s.table) && rebuilding.has(s.to)) return { kind: "other" } as const;
    return s;
  });
}

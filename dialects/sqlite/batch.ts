/**
 * batchAlterTable on SQLite. When every sub-op is one SQLite's ALTER can do (simple ADD
 * COLUMN, CREATE/DROP INDEX, a bare column rename) they run as plain statements; otherwise
 * the table is recreated ("move and copy"): create `_mig_tmp_<table>` with the new shape,
 * copy the rows (CAST where the type's affinity changes), drop the old table, rename the
 * new one into place, then recreate its indexes and triggers. The rename runs with
 * `legacy_alter_table=ON` so views that name the table are left alone instead of failing.
 *
 * Dropping the old table while foreign keys are enforced deletes its rows first, which
 * cascades into (or trips over) rows of tables referencing it, and PRAGMA foreign_keys
 * cannot change inside a transaction. So a guard statement fails with a clear CHECK
 * message when keys are enforced and any foreign key (the table's own included: the copy
 * references the old table) points at this table; the runner
 * avoids that by running SQLite migrations with foreign keys off (capability
 * `recreateNeedsForeignKeysOff`).
 */

import type { CompileContext } from "../../core/dialect.ts";
import { CompileError } from "../../core/errors.ts";
import type { TypeNode } from "../../core/ops/elements/type.ts";
import type { BatchOpNode } from "../../core/ops/nodes/batch_alter_table.ts";
import type { OpOf } from "../../core/ops/op_node.ts";
import { applyBatch } from "../common/apply_batch.ts";
import { createTableSql } from "../common/table_sql.ts";
import { addColumnProblem } from "./add_column_rules.ts";
import type { SqliteCompiler } from "./compiler.ts";
import { mentionsColumn, renameColumnInSql } from "./sql_identifiers.ts";
import { affinity } from "./types.ts";

type BatchNode = OpOf<"batchAlterTable">;

/** Whether `op` is a no-op on SQLite (comments don't exist there). */
const isCommentOnly = (op: BatchOpNode) =>
  op.kind === "createTableComment" || op.kind === "dropTableComment" ||
  op.kind === "alterColumn" && op.comment !== undefined && op.type === undefined && op.nullable === undefined &&
    op.serverDefault === undefined && op.newName === undefined;

function needsRecreate(c: SqliteCompiler, op: BatchOpNode): boolean {
  switch (op.kind) {
    case "createIndex":
    case "dropIndex":
      return false;
    case "addColumn":
      return addColumnProblem(op, (d) => c.defaultValue(d)) !== undefined;
    case "alterColumn":
      return op.type !== undefined || op.nullable !== undefined || op.serverDefault !== undefined;
    default:
      return !isCommentOnly(op);
  }
}

export function batchRecreates(c: SqliteCompiler, node: BatchNode): boolean {
  return node.recreate === "always" || node.recreate === "auto" && node.ops.some((op) => needsRecreate(c, op));
}

export function compileSqliteBatch(c: SqliteCompiler, node: BatchNode, ctx: CompileContext): string[] {
  if (!batchRecreates(c, node)) {
    return node.ops.filter((op) => !isCommentOnly(op)).flatMap((op) => c.compile(op, ctx));
  }
  const source = node.copyFrom ?? ctx.reflected(node.table, node.schema);
  if (source === undefined) {
    throw new CompileError(
      ctx.offline
        ? `batchAlterTable('${node.table}') must recreate the table on SQLite, and in --sql mode it cannot read the table: ` +
          `pass { copyFrom: [t.column(...), ...] } describing the table as it is now`
        : `batchAlterTable('${node.table}') must recreate the table on SQLite but could not read it (does the table exist?)`,
    );
  }
  const { table, transfers } = applyBatch(source, node.ops, {
    needsCast: castNeeded(c),
    mentions: mentionsColumn,
    rename: (sql, from, to) => renameColumnInSql(sql, from, c.quote(to)),
  });
  const temp = `_mig_tmp_${node.table}`;
  const name = (n: string) => c.table(n, node.schema);
  const copied = transfers.filter((t) => t.source !== undefined);
  const out = [...foreignKeyGuard(c, node), createTableSql(c, table, { name: temp })];
  if (copied.length > 0) {
    const into = copied.map((t) => c.quote(t.column.name)).join(", ");
    const select = copied.map((t) => {
      const from = c.quote(t.source as string);
      return t.cast ? `CAST(${from} AS ${c.type(t.column.type)})` : from;
    }).join(", ");
    out.push(`INSERT INTO ${name(temp)} (${into}) SELECT ${select} FROM ${name(node.table)}`);
  }
  out.push(
    `DROP TABLE ${name(node.table)}`,
    "PRAGMA legacy_alter_table=ON",
    `ALTER TABLE ${name(temp)} RENAME TO ${c.quote(node.table)}`,
    "PRAGMA legacy_alter_table=OFF",
    ...table.indexes.map((i) => c.createIndexStatement({ ...i, table: node.table, schema: node.schema })),
    ...table.triggers,
  );
  return out;
}

/** CAST when storage affinity changes (JSON excepted: CAST AS JSON would mangle the text). */
function castNeeded(c: SqliteCompiler) {
  return (from: TypeNode, to: TypeNode) => to.kind !== "json" && affinity(c.type(from)) !== affinity(c.type(to));
}

/** Three statements that fail with a readable CHECK message when the drop would cascade or trip. */
function foreignKeyGuard(c: SqliteCompiler, node: BatchNode): string[] {
  const name = c.quote(`batchAlterTable('${node.table}') needs PRAGMA foreign_keys=OFF: foreign keys reference the table`);
  const master = node.schema === undefined ? "sqlite_master" : `${c.quote(node.schema)}.sqlite_master`;
  const schemaArg = node.schema === undefined ? "" : `, ${c.literal(node.schema)}`;
  const table = c.literal(node.table);
  return [
    `CREATE TEMP TABLE _mig_fk_guard (referencing_tables INTEGER CONSTRAINT ${name} CHECK (referencing_tables = 0))`,
    `INSERT INTO _mig_fk_guard SELECT count(*) FROM pragma_foreign_keys AS p, ${master} AS m, ` +
    `pragma_foreign_key_list(m.name${schemaArg}) AS f WHERE p.foreign_keys = 1 AND m.type = 'table' ` +
    `AND lower(f."table") = lower(${table})`,
    "DROP TABLE _mig_fk_guard",
  ];
}

/**
 * `op`: Alembic's operations, camelCase. Each call builds an immutable node, stamps the
 * caller's file:line:column on it and hands it to the runner's sink (see context.ts);
 * nothing runs here.
 */

import { ScriptError } from "../errors.ts";
import { batchRecorder, type BatchOperations } from "./batch.ts";
import {
  type AlterColumnOptions, buildAddColumn, buildAlterColumn, buildCheck, buildCreateIndex, buildDropConstraint,
  buildDropIndex, buildForeignKey, buildPrimaryKey, buildUnique, type CreateIndexOptions, target,
} from "./build.ts";
import { attachAllowances, checkAllowance, holdAllowance } from "./allowance.ts";
import { captureCallSite } from "./call_site.ts";
import { currentSink, type DialectName, type OpSink, withOpSink } from "./context.ts";
import type { ColumnElement } from "./elements/column.ts";
import { list } from "./freeze.ts";
import type { OpNode } from "./op_node.ts";
import { autocommitBlockNode } from "./nodes/autocommit_block.ts";
import { batchAlterTableNode, type RecreateMode } from "./nodes/batch_alter_table.ts";
import { bulkInsertNode, type InsertRow } from "./nodes/bulk_insert.ts";
import { createTableNode } from "./nodes/create_table.ts";
import { createTableCommentNode } from "./nodes/create_table_comment.ts";
import { dropColumnNode } from "./nodes/drop_column.ts";
import type { ConstraintType } from "./nodes/drop_constraint.ts";
import { dropTableNode } from "./nodes/drop_table.ts";
import { dropTableCommentNode } from "./nodes/drop_table_comment.ts";
import { executeNode } from "./nodes/execute.ts";
import { renameTableNode } from "./nodes/rename_table.ts";
import { setTimeoutNode } from "./nodes/set_timeout.ts";
import { validateConstraintNode } from "./nodes/validate_constraint.ts";
import { parseDuration } from "./duration.ts";
import { checkLiteral, isSql, type LiteralValue, type Sql, sqlLiteral, sqlText } from "./sql.ts";
import type { ForeignKeyOptions } from "./t.ts";
import { defineTable, type TableDefinition, type TableElement } from "./table_definition.ts";
import { checkName } from "./validate.ts";

type Schema = { readonly schema?: string };

/** Emit through the installed sink; the sink is looked up first so "outside a migration" wins. */
function emit(what: string, build: (site: ReturnType<typeof captureCallSite>) => OpNode): void {
  const sink = currentSink(`op.${what}()`);
  const node = build(captureCallSite());
  attachAllowances(sink, node);
  sink.emit(node);
}

function noPromise(what: string, result: unknown): void {
  if (typeof (result as PromiseLike<unknown> | undefined)?.then === "function") {
    throw new ScriptError(`op.${what}() takes a synchronous function: it collects ops, it cannot await`);
  }
}

export const op = Object.freeze({
  createTable(name: string, elements: readonly TableElement[], options: Schema & { ifNotExists?: boolean; comment?: string } = {}): void {
    emit("createTable", (site) => {
      checkName(name, "createTable() name");
      if (!Array.isArray(elements)) throw new ScriptError(`createTable('${name}') needs a list of t.column(...) elements`);
      const definition = defineTable(name, elements, { schema: options.schema, comment: options.comment });
      return createTableNode({ definition, ifNotExists: options.ifNotExists ?? false, site });
    });
  },
  dropTable(name: string, options: Schema & { ifExists?: boolean } = {}): void {
    emit("dropTable", (site) => dropTableNode({ ...target(name, options.schema, site), ifExists: options.ifExists ?? false }));
  },
  renameTable(oldName: string, newName: string, options: Schema = {}): void {
    emit("renameTable", (site) => {
      checkName(newName, "renameTable() new name");
      return renameTableNode({ ...target(oldName, options.schema, site), newName });
    });
  },
  addColumn(table: string, column: ColumnElement, options: Schema & { ifNotExists?: boolean } = {}): void {
    emit("addColumn", (site) => buildAddColumn(target(table, options.schema, site), column, options));
  },
  dropColumn(table: string, column: string, options: Schema & { ifExists?: boolean } = {}): void {
    emit("dropColumn", (site) => {
      checkName(column, "dropColumn() column");
      return dropColumnNode({ ...target(table, options.schema, site), column, ifExists: options.ifExists ?? false });
    });
  },
  alterColumn(table: string, column: string, options: AlterColumnOptions & Schema = {}): void {
    emit("alterColumn", (site) => buildAlterColumn(target(table, options.schema, site), column, options));
  },
  createIndex(name: string, table: string, columns: readonly (string | Sql)[], options: CreateIndexOptions & Schema = {}): void {
    emit("createIndex", (site) => buildCreateIndex(target(table, options.schema, site), name, columns, options));
  },
  dropIndex(name: string, options: Schema & { table?: string; ifExists?: boolean; concurrently?: boolean } = {}): void {
    emit("dropIndex", (site) => buildDropIndex(name, { ...options, site }));
  },
  createUniqueConstraint(
    name: string | null, table: string, columns: readonly string[],
    options: Schema & { deferrable?: boolean; initially?: string; usingIndex?: string } = {},
  ): void {
    const { schema, ...rest } = options;
    emit("createUniqueConstraint", (site) => buildUnique(target(table, schema, site), name, columns, rest));
  },
  createForeignKey(
    name: string | null, sourceTable: string, referentTable: string, localColumns: readonly string[],
    remoteColumns: readonly string[], options: ForeignKeyOptions & { sourceSchema?: string; notValid?: boolean } = {},
  ): void {
    const { sourceSchema, ...rest } = options;
    emit("createForeignKey", (site) =>
      buildForeignKey(target(sourceTable, sourceSchema, site), name, referentTable, localColumns, remoteColumns, rest));
  },
  createCheckConstraint(name: string | null, table: string, condition: string | Sql, options: Schema & { notValid?: boolean } = {}): void {
    emit("createCheckConstraint", (site) => buildCheck(target(table, options.schema, site), name, condition, options));
  },
  createPrimaryKey(name: string | null, table: string, columns: readonly string[], options: Schema & { usingIndex?: string } = {}): void {
    emit("createPrimaryKey", (site) => buildPrimaryKey(target(table, options.schema, site), name, columns, options));
  },
  /** Checks the existing rows of a constraint created with `notValid: true` (PostgreSQL). */
  validateConstraint(name: string, table: string, options: Schema = {}): void {
    emit("validateConstraint", (site) => {
      checkName(name, "validateConstraint() name");
      return validateConstraintNode({ ...target(table, options.schema, site), name });
    });
  },
  /** How long the migration's statements wait for a lock before failing: "5s", "500ms", or milliseconds. */
  setLockTimeout(duration: string | number): void {
    emitTimeout("lock", duration);
  },
  /** How long each of the migration's statements may run before failing (PostgreSQL). */
  setStatementTimeout(duration: string | number): void {
    emitTimeout("statement", duration);
  },
  dropConstraint(name: string, table: string, options: Schema & { type?: ConstraintType; ifExists?: boolean } = {}): void {
    emit("dropConstraint", (site) => buildDropConstraint(target(table, options.schema, site), name, options));
  },
  createTableComment(table: string, comment: string, options: Schema & { existingComment?: string | null } = {}): void {
    emit("createTableComment", (site) => {
      if (typeof comment !== "string") throw new ScriptError(`createTableComment('${table}') needs a string comment`);
      return createTableCommentNode({ ...target(table, options.schema, site), comment, existingComment: options.existingComment });
    });
  },
  dropTableComment(table: string, options: Schema & { existingComment?: string | null } = {}): void {
    emit("dropTableComment", (site) =>
      dropTableCommentNode({ ...target(table, options.schema, site), existingComment: options.existingComment }));
  },
  execute(sql: string | Sql): void {
    emit("execute", (site) => {
      if (!isSql(sql) && (typeof sql !== "string" || sql.trim() === "")) throw new ScriptError("op.execute() needs SQL text");
      return executeNode({ sql: isSql(sql) ? sql : sqlText(sql), site });
    });
  },
  bulkInsert(table: string, rows: readonly Record<string, LiteralValue | Sql>[], options: Schema = {}): void {
    emit("bulkInsert", (site) => bulkInsertNode({ ...target(table, options.schema, site), rows: checkRows(table, rows) }));
  },
  batchAlterTable(
    table: string,
    fn: (batch: BatchOperations) => void,
    options: Schema & { recreate?: RecreateMode; copyFrom?: readonly TableElement[] | TableDefinition } = {},
  ): void {
    emit("batchAlterTable", (site) => {
      const where = target(table, options.schema, site);
      const recreate = options.recreate ?? "auto";
      if (!["auto", "always", "never"].includes(recreate)) {
        throw new ScriptError(`batchAlterTable('${table}') recreate must be 'auto', 'always' or 'never'`);
      }
      const recorder = batchRecorder(table, options.schema);
      noPromise("batchAlterTable", fn(recorder.batch));
      const copyFrom = options.copyFrom === undefined ? undefined
        : Array.isArray(options.copyFrom) ? defineTable(table, options.copyFrom, { schema: options.schema })
        : options.copyFrom as TableDefinition;
      return batchAlterTableNode({ ...where, recreate, copyFrom, ops: list(recorder.close()) });
    });
  },
  /** Ops inside run outside the migration's transaction (e.g. CREATE INDEX CONCURRENTLY). */
  autocommitBlock(fn: () => void): void {
    emit("autocommitBlock", (site) => {
      const outer = currentSink("op.autocommitBlock()");
      const ops: OpNode[] = [];
      const inner: OpSink = {
        dialect: outer.dialect, autocommit: true, emit: (node) => void ops.push(node), getBind: () => outer.getBind(),
      };
      noPromise("autocommitBlock", withOpSink(inner, fn));
      return autocommitBlockNode({ ops: list(ops), site });
    });
  },
  /**
   * Silences one `mig check` lint finding (rule id, e.g. "create-index-non-concurrent") on
   * the next op; the reason is shown in the report. Runs nothing.
   */
  allow(rule: string, reason?: string): void {
    const sink = currentSink("op.allow()");
    checkAllowance(rule, reason);
    const site = captureCallSite();
    holdAllowance(sink, { rule, ...(reason !== undefined ? { reason } : {}), ...(site ? { site } : {}) });
  },
  /** A name already final under the naming convention: used exactly as given. */
  f(name: string): string {
    checkName(name, "op.f() name");
    return name;
  },
  /** A literal rendered into the SQL text (quoted and escaped for the dialect). */
  inlineLiteral(value: LiteralValue): Sql {
    return sqlLiteral(checkLiteral(value));
  },
  /** "postgresql" | "mysql" | "sqlite", for scripts that branch. */
  get dialect(): DialectName {
    return currentSink("op.dialect").dialect;
  },
  /** The live connection (online only); fails clearly in --sql mode. */
  getBind(): unknown {
    return currentSink("op.getBind()").getBind();
  },
});

function emitTimeout(timeout: "lock" | "statement", value: string | number): void {
  const what = timeout === "lock" ? "setLockTimeout" : "setStatementTimeout";
  const sink = currentSink(`op.${what}()`);
  const duration = parseDuration(value, `op.${what}()`);
  sink.emit(setTimeoutNode({ timeout, duration, scope: sink.autocommit ? "session" : "transaction", site: captureCallSite() }));
}

function checkRows(table: string, rows: readonly Record<string, LiteralValue | Sql>[]): readonly InsertRow[] {
  if (!Array.isArray(rows)) throw new ScriptError(`bulkInsert('${table}') needs an array of row objects`);
  return list(rows.map((row, i) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new ScriptError(`bulkInsert('${table}') row ${i} is not an object`);
    }
    const copy: Record<string, LiteralValue | Sql> = {};
    for (const [key, value] of Object.entries(row)) {
      try {
        copy[key] = isSql(value) ? value : checkLiteral(value);
      } catch (error) {
        throw new ScriptError(`bulkInsert('${table}') row ${i}, column '${key}': ${(error as Error).message}`);
      }
    }
    return Object.freeze(copy);
  }));
}

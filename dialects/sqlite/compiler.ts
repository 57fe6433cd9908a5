/**
 * SQLite: what its ALTER TABLE can do (ADD COLUMN within limits, DROP/RENAME COLUMN, RENAME
 * TABLE) compiles to SQL; everything else is a CompileError pointing at batchAlterTable,
 * so mig never emits a statement SQLite would reject. batchAlterTable recreates the table
 * when it has to (batch.ts).
 */

import type { CompileContext } from "../../core/dialect.ts";
import { CompileError } from "../../core/errors.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { ConstraintElement } from "../../core/ops/elements/constraint.ts";
import type { OpOf } from "../../core/ops/op_node.ts";
import { type Sql, soleLiteral } from "../../core/ops/sql.ts";
import { isAutoincrement, type TableDefinition } from "../../core/ops/table_definition.ts";
import { DefaultCompiler } from "../common/compiler.ts";
import { addColumnSql, addedColumnTable, columnSpec } from "../common/table_sql.ts";
import { addColumnProblem } from "./add_column_rules.ts";
import { compileSqliteBatch } from "./batch.ts";

// What DEFAULT accepts without parentheses: numbers, strings, blobs, NULL/TRUE/FALSE, CURRENT_*.
const BARE_DEFAULT = /^(?:[+-]?\d+(?:\.\d*)?(?:e[+-]?\d+)?|'(?:[^']|'')*'|x'[0-9a-f]*'|null|true|false|current_(?:time|date|timestamp)|\(.*\))$/is;

export class SqliteCompiler extends DefaultCompiler {
  override defaultValue(value: Sql): string {
    const text = this.sql(value).trim();
    return soleLiteral(value) !== undefined || BARE_DEFAULT.test(text) ? text : `(${text})`;
  }
  /** `AUTOINCREMENT` (never reusing rowids) is SQLite's opt-in; it must sit on the column. */
  #inlineKey(column: ColumnElement, table: TableDefinition): boolean {
    return column.autoincrement === true && isAutoincrement(table, column);
  }
  override columnSpec(column: ColumnElement, table: TableDefinition): string {
    const spec = columnSpec(this, column, table);
    return this.#inlineKey(column, table) ? `${spec} PRIMARY KEY AUTOINCREMENT` : spec;
  }
  override tableConstraints(table: TableDefinition): readonly ConstraintElement[] {
    const inline = table.columns.some((c) => this.#inlineKey(c, table));
    return inline ? table.constraints.filter((k) => k.kind !== "primaryKey") : table.constraints;
  }
  override indexName(name: string, schema?: string): string {
    return this.table(name, schema);
  }
  override indexTable(table: string): string {
    return this.quote(table);
  }
  override unsupported(what: string, table?: string, hint?: string): never {
    if (hint === "comments") {
      throw new CompileError(`No support for ${what} in SQLite dialect: SQLite has no comments; skip this op when op.dialect is 'sqlite'`);
    }
    const call = table === undefined ? "op.batchAlterTable(table, (batch) => ...)" : `op.batchAlterTable('${table}', (batch) => ...)`;
    throw new CompileError(
      `No support for ${what} in SQLite dialect: use ${call}, which recreates the table with a copy-and-move strategy`,
    );
  }

  /** SQLite's wait for a locked database is its busy timeout; a statement cannot be bounded in SQL. */
  override setTimeout(node: OpOf<"setTimeout">, _ctx: CompileContext): string[] {
    if (node.timeout === "statement") {
      throw new CompileError("op.setStatementTimeout() has no SQLite equivalent; leave it out when op.dialect is 'sqlite'");
    }
    return [`PRAGMA busy_timeout = ${node.duration.ms}`];
  }

  override addColumn(node: OpOf<"addColumn">, ctx: CompileContext): string[] {
    const problem = addColumnProblem(node, (d) => this.defaultValue(d));
    if (problem !== undefined) this.unsupported(`ALTER TABLE ADD COLUMN with ${problem}`, node.table);
    const table = addedColumnTable(node);
    const fk = table.constraints.find((k) => k.kind === "foreignKey");
    if (fk === undefined) return super.addColumn(node, ctx);
    // SQLite cannot add a constraint later but accepts REFERENCES on the added column itself.
    const [first, ...rest] = addColumnSql(this, { ...node, column: { ...node.column, references: undefined } } as OpOf<"addColumn">);
    const references = ` REFERENCES ${this.table(fk.refTable, fk.refSchema)} (${fk.refColumns.map((c) => this.quote(c)).join(", ")})`;
    return [`${first}${references}`, ...rest];
  }
  override alterColumn(node: OpOf<"alterColumn">, _ctx: CompileContext): string[] {
    if (node.type !== undefined || node.nullable !== undefined || node.serverDefault !== undefined) {
      const what = node.type !== undefined ? "ALTER COLUMN ... TYPE" : node.nullable !== undefined ? "ALTER COLUMN nullability" : "ALTER COLUMN ... DEFAULT";
      this.unsupported(what, node.table);
    }
    if (node.comment !== undefined) this.unsupported("column comments", node.table, "comments");
    if (node.newName === undefined || node.newName === node.column) return [];
    return [`ALTER TABLE ${this.table(node.table, node.schema)} RENAME COLUMN ${this.quote(node.column)} TO ${this.quote(node.newName)}`];
  }
  override batchAlterTable(node: OpOf<"batchAlterTable">, ctx: CompileContext): string[] {
    return compileSqliteBatch(this, node, ctx);
  }
}

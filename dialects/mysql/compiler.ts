/**
 * MySQL: inline column comments and table options, MODIFY/CHANGE for column changes
 * (alter_column.ts), DROP INDEX ... ON table, and constraints dropped by their type.
 * MariaDB differs only in dropping CHECK constraints with DROP CONSTRAINT.
 */

import type { CompileContext } from "../../core/dialect.ts";
import { CompileError } from "../../core/errors.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { OpOf } from "../../core/ops/op_node.ts";
import { isAutoincrement, type TableDefinition } from "../../core/ops/table_definition.ts";
import { DefaultCompiler } from "../common/compiler.ts";
import { compileMysqlAlterColumn } from "./alter_column.ts";
import { mysqlColumnSpec } from "./column_spec.ts";

export class MysqlCompiler extends DefaultCompiler {
  override columnSpec(column: ColumnElement, table: TableDefinition): string {
    return `${this.quote(column.name)} ${mysqlColumnSpec(this, {
      type: column.type,
      nullable: column.nullable,
      ...(column.serverDefault === undefined ? {} : { serverDefault: column.serverDefault }),
      autoincrement: isAutoincrement(table, column),
      ...(column.comment === undefined ? {} : { comment: column.comment }),
    })}`;
  }
  override tableOptions(table: TableDefinition): string {
    return table.comment === undefined ? "" : ` COMMENT=${this.literal(table.comment)}`;
  }
  override renameTarget(newName: string, schema?: string): string {
    // MySQL moves a table to the current database unless the new name says otherwise.
    return this.table(newName, schema);
  }
  override tableComment(table: string, schema: string | undefined, comment: string | null): string {
    return `ALTER TABLE ${this.table(table, schema)} COMMENT ${this.literal(comment ?? "")}`;
  }
  override emptyInsert(target: string): string {
    return `INSERT INTO ${target} () VALUES ()`;
  }
  override alterColumn(node: OpOf<"alterColumn">, ctx: CompileContext): string[] {
    return compileMysqlAlterColumn(this, node, ctx);
  }
  /** lock_wait_timeout counts whole seconds; MySQL DDL commits anyway, so the session is the scope. */
  override setTimeout(node: OpOf<"setTimeout">, ctx: CompileContext): string[] {
    if (node.timeout === "statement") return super.setTimeout(node, ctx);
    const { ms, text } = node.duration;
    if (ms < 1000 || ms % 1000 !== 0) {
      throw new CompileError(`op.setLockTimeout('${text}'): ${this.displayName}'s lock_wait_timeout counts whole seconds (at least 1s)`);
    }
    return [`SET SESSION lock_wait_timeout = ${ms / 1000}`];
  }
  override dropIndex(node: OpOf<"dropIndex">, _ctx: CompileContext): string[] {
    if (node.table === undefined) {
      throw new CompileError(`DROP INDEX on MySQL names the table: op.dropIndex('${node.name}', { table: '...' })`);
    }
    if (node.ifExists && !this.capabilities.supportsIfExistsOnIndex) this.unsupported("DROP INDEX IF EXISTS", node.table);
    const ifExists = node.ifExists ? "IF EXISTS " : "";
    return [`DROP INDEX ${ifExists}${this.quote(node.name)} ON ${this.table(node.table, node.schema)}`];
  }
  override dropConstraint(node: OpOf<"dropConstraint">, _ctx: CompileContext): string[] {
    if (node.ifExists && !this.capabilities.supportsIfExistsOnConstraint) this.unsupported("DROP CONSTRAINT IF EXISTS", node.table);
    const alter = `ALTER TABLE ${this.table(node.table, node.schema)} DROP`;
    const name = `${node.ifExists ? "IF EXISTS " : ""}${this.quote(node.name)}`;
    switch (node.type) {
      case "foreignkey":
        return [`${alter} FOREIGN KEY ${name}`];
      case "primary":
        return [`${alter} PRIMARY KEY`];
      case "unique":
        return [`${alter} INDEX ${name}`];
      case "check":
        return [`${alter} ${this.dropCheckKeyword()} ${name}`];
      case undefined:
        throw new CompileError(
          `No generic 'DROP CONSTRAINT' in MySQL: please specify the constraint type, ` +
            `e.g. op.dropConstraint('${node.name}', '${node.table}', { type: 'foreignkey' })`,
        );
    }
  }
  dropCheckKeyword(): string {
    return "CHECK";
  }
}

export class MariadbCompiler extends MysqlCompiler {
  override dropCheckKeyword(): string {
    return "CONSTRAINT";
  }
}

/**
 * The default compiler: the SQL all three dialects share, as a visitor with one method per
 * op kind (a missing kind is a type error). Dialects subclass it and override hooks, the
 * way Kysely's dialect compilers do; nothing here branches on a dialect's name.
 */

import type { CompileContext, DialectCapabilities } from "../../core/dialect.ts";
import { CompileError } from "../../core/errors.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { ConstraintElement, Deferrability } from "../../core/ops/elements/constraint.ts";
import type { TypeNode, TypeVisitor } from "../../core/ops/elements/type.ts";
import type { OpNode, OpOf, OpVisitor } from "../../core/ops/op_node.ts";
import { type LiteralValue, renderSql, type Sql } from "../../core/ops/sql.ts";
import type { TableDefinition } from "../../core/ops/table_definition.ts";
import { compileAlterColumn } from "./alter_column_sql.ts";
import { compileBulkInsert } from "./insert_sql.ts";
import { createIndexSql, dropIndexSql, type IndexSpec } from "./index_sql.ts";
import { addColumnSql, columnSpec, constraintSql, createTableSql } from "./table_sql.ts";

export interface CompilerSetup {
  /** "PostgreSQL", "MySQL", "MariaDB", "SQLite": used in messages. */
  readonly displayName: string;
  readonly capabilities: DialectCapabilities;
  readonly quote: (name: string) => string;
  readonly literal: (value: LiteralValue) => string;
  readonly types: TypeVisitor;
}

export class DefaultCompiler implements OpVisitor<CompileContext> {
  readonly displayName: string;
  readonly capabilities: DialectCapabilities;
  readonly quote: (name: string) => string;
  readonly literal: (value: LiteralValue) => string;
  readonly #types: TypeVisitor;

  constructor(setup: CompilerSetup) {
    this.displayName = setup.displayName;
    this.capabilities = setup.capabilities;
    this.quote = setup.quote;
    this.literal = setup.literal;
    this.#types = setup.types;
  }

  compile(node: OpNode, ctx: CompileContext): string[] {
    const visit = this[node.kind] as (node: OpNode, ctx: CompileContext) => string[];
    return visit.call(this, node, ctx);
  }

  // ---- hooks (overridden per dialect) ----

  table(name: string, schema?: string): string {
    return schema === undefined ? this.quote(name) : `${this.quote(schema)}.${this.quote(name)}`;
  }
  type(type: TypeNode): string {
    return (this.#types[type.kind] as (t: TypeNode) => string)(type);
  }
  sql(fragment: Sql): string {
    return renderSql(fragment, this.literal);
  }
  /** The text after DEFAULT. SQLite wraps expressions in parentheses. */
  defaultValue(value: Sql): string {
    return this.sql(value);
  }
  /** The type in a column spec; PostgreSQL turns an autoincrementing key into SERIAL. */
  columnType(column: ColumnElement, _table: TableDefinition): string {
    return this.type(column.type);
  }
  columnSpec(column: ColumnElement, table: TableDefinition): string {
    return columnSpec(this, column, table);
  }
  constraint(element: ConstraintElement): string {
    return constraintSql(this, element);
  }
  deferrability(element: Deferrability): string {
    if (!this.capabilities.supportsDeferrable) return "";
    const initially = element.initially === undefined ? "" : ` INITIALLY ${keyword(element.initially, INITIALLY, "initially")}`;
    const deferrable = element.deferrable === undefined ? "" : element.deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
    return deferrable + initially;
  }
  /** Constraints rendered in CREATE TABLE (SQLite moves an AUTOINCREMENT key inline). */
  tableConstraints(table: TableDefinition): readonly ConstraintElement[] {
    return table.constraints;
  }
  /** The index name in CREATE INDEX (SQLite qualifies it with the schema instead of the table). */
  indexName(name: string, _schema?: string): string {
    return this.quote(name);
  }
  indexTable(table: string, schema?: string): string {
    return this.table(table, schema);
  }
  /** `CONCURRENTLY ` on PostgreSQL; elsewhere the locking hint means nothing and is dropped. */
  concurrently(_concurrently: boolean): string {
    return "";
  }
  /** An INSERT of a row with no values (all defaults). */
  emptyInsert(target: string): string {
    return `INSERT INTO ${target} DEFAULT VALUES`;
  }
  /** Text after the closing parenthesis of CREATE TABLE (MySQL: COMMENT=...). */
  tableOptions(_table: TableDefinition): string {
    return "";
  }
  /** Statements right after CREATE TABLE: indexes, then comments where they are separate. */
  afterCreateTable(table: TableDefinition): string[] {
    const out = table.indexes.map((i) => this.createIndexStatement({ ...i, table: table.name, schema: table.schema }));
    if (this.capabilities.supportsCommentOn) {
      if (table.comment !== undefined) out.push(this.tableComment(table.name, table.schema, table.comment));
      for (const c of table.columns) {
        if (c.comment !== undefined) out.push(this.columnComment(table.name, table.schema, c.name, c.comment));
      }
    }
    return out;
  }
  createIndexStatement(spec: IndexSpec): string {
    return createIndexSql(this, spec);
  }
  /** The new name in RENAME TO: PostgreSQL and SQLite keep the schema implicit. */
  renameTarget(newName: string, _schema?: string): string {
    return this.quote(newName);
  }
  tableComment(table: string, schema: string | undefined, comment: string | null): string {
    return `COMMENT ON TABLE ${this.table(table, schema)} IS ${comment === null ? "NULL" : this.literal(comment)}`;
  }
  columnComment(table: string, schema: string | undefined, column: string, comment: string | null): string {
    const target = `${this.table(table, schema)}.${this.quote(column)}`;
    return `COMMENT ON COLUMN ${target} IS ${comment === null ? "NULL" : this.literal(comment)}`;
  }
  /** The error for an op this dialect cannot express. */
  unsupported(what: string, _table?: string, _hint?: string): never {
    throw new CompileError(`${what} is not supported by ${this.displayName}`);
  }
  requireComments(what: string, table: string): void {
    if (!this.capabilities.supportsComments) this.unsupported(what, table, "comments");
  }

  // ---- the visitor ----

  createTable(node: OpOf<"createTable">, _ctx: CompileContext): string[] {
    return [createTableSql(this, node.definition, { ifNotExists: node.ifNotExists }), ...this.afterCreateTable(node.definition)];
  }
  dropTable(node: OpOf<"dropTable">, _ctx: CompileContext): string[] {
    return [`DROP TABLE ${node.ifExists ? "IF EXISTS " : ""}${this.table(node.table, node.schema)}`];
  }
  renameTable(node: OpOf<"renameTable">, _ctx: CompileContext): string[] {
    return [`ALTER TABLE ${this.table(node.table, node.schema)} RENAME TO ${this.renameTarget(node.newName, node.schema)}`];
  }
  addColumn(node: OpOf<"addColumn">, _ctx: CompileContext): string[] {
    if (node.ifNotExists && !this.capabilities.supportsIfExistsOnColumn) this.unsupported("ADD COLUMN IF NOT EXISTS", node.table);
    return addColumnSql(this, node);
  }
  dropColumn(node: OpOf<"dropColumn">, _ctx: CompileContext): string[] {
    if (node.ifExists && !this.capabilities.supportsIfExistsOnColumn) this.unsupported("DROP COLUMN IF EXISTS", node.table);
    const ifExists = node.ifExists ? "IF EXISTS " : "";
    return [`ALTER TABLE ${this.table(node.table, node.schema)} DROP COLUMN ${ifExists}${this.quote(node.column)}`];
  }
  alterColumn(node: OpOf<"alterColumn">, ctx: CompileContext): string[] {
    return compileAlterColumn(this, node, ctx);
  }
  createIndex(node: OpOf<"createIndex">, _ctx: CompileContext): string[] {
    return [this.createIndexStatement(node)];
  }
  dropIndex(node: OpOf<"dropIndex">, _ctx: CompileContext): string[] {
    return [dropIndexSql(this, node)];
  }
  createUniqueConstraint(node: OpOf<"createUniqueConstraint">, _ctx: CompileContext): string[] {
    if (node.usingIndex !== undefined) return [this.constraintUsingIndex(node, "UNIQUE", node.usingIndex)];
    return [this.addConstraint(node.table, node.schema, node.constraint)];
  }
  createForeignKey(node: OpOf<"createForeignKey">, _ctx: CompileContext): string[] {
    return [this.addConstraint(node.table, node.schema, node.constraint) + this.notValid(node.notValid)];
  }
  createCheckConstraint(node: OpOf<"createCheckConstraint">, _ctx: CompileContext): string[] {
    return [this.addConstraint(node.table, node.schema, node.constraint) + this.notValid(node.notValid)];
  }
  createPrimaryKey(node: OpOf<"createPrimaryKey">, _ctx: CompileContext): string[] {
    if (node.usingIndex !== undefined) return [this.constraintUsingIndex(node, "PRIMARY KEY", node.usingIndex)];
    return [this.addConstraint(node.table, node.schema, node.constraint)];
  }
  /** ` NOT VALID` after an added constraint (PostgreSQL); elsewhere there is no such state. */
  notValid(notValid: boolean | undefined): string {
    if (notValid) this.postgresqlOnly("notValid: true (ADD CONSTRAINT ... NOT VALID)");
    return "";
  }
  /** `ADD CONSTRAINT name UNIQUE|PRIMARY KEY USING INDEX ix` (PostgreSQL). */
  constraintUsingIndex(
    node: OpOf<"createUniqueConstraint"> | OpOf<"createPrimaryKey">, kind: string, index: string,
  ): string {
    this.postgresqlOnly(`usingIndex (ADD CONSTRAINT ... ${kind} USING INDEX)`);
    const name = node.constraint.name === undefined ? "" : `CONSTRAINT ${this.quote(node.constraint.name)} `;
    return `ALTER TABLE ${this.table(node.table, node.schema)} ADD ${name}${kind} USING INDEX ${this.quote(index)}`;
  }
  validateConstraint(node: OpOf<"validateConstraint">, _ctx: CompileContext): string[] {
    this.postgresqlOnly("op.validateConstraint()");
    return [`ALTER TABLE ${this.table(node.table, node.schema)} VALIDATE CONSTRAINT ${this.quote(node.name)}`];
  }
  setTimeout(node: OpOf<"setTimeout">, _ctx: CompileContext): string[] {
    return this.unsupported(node.timeout === "lock" ? "op.setLockTimeout()" : "op.setStatementTimeout()");
  }
  /** Refuses a PostgreSQL-only option here; PostgreSQL's compiler lets it through. */
  postgresqlOnly(what: string): void {
    throw new CompileError(`${what} is PostgreSQL's: ${this.displayName} has no equivalent; leave it out when op.dialect is not 'postgresql'`);
  }
  addConstraint(table: string, schema: string | undefined, element: ConstraintElement): string {
    if (!this.capabilities.supportsAlterConstraint) this.unsupported("ALTER of constraints", table, "constraint");
    return `ALTER TABLE ${this.table(table, schema)} ADD ${this.constraint(element)}`;
  }
  dropConstraint(node: OpOf<"dropConstraint">, _ctx: CompileContext): string[] {
    if (!this.capabilities.supportsAlterConstraint) this.unsupported("ALTER of constraints", node.table, "constraint");
    if (node.ifExists && !this.capabilities.supportsIfExistsOnConstraint) this.unsupported("DROP CONSTRAINT IF EXISTS", node.table);
    const ifExists = node.ifExists ? "IF EXISTS " : "";
    return [`ALTER TABLE ${this.table(node.table, node.schema)} DROP CONSTRAINT ${ifExists}${this.quote(node.name)}`];
  }
  createTableComment(node: OpOf<"createTableComment">, _ctx: CompileContext): string[] {
    this.requireComments("table comments", node.table);
    return [this.tableComment(node.table, node.schema, node.comment)];
  }
  dropTableComment(node: OpOf<"dropTableComment">, _ctx: CompileContext): string[] {
    this.requireComments("table comments", node.table);
    return [this.tableComment(node.table, node.schema, null)];
  }
  execute(node: OpOf<"execute">, _ctx: CompileContext): string[] {
    const text = this.sql(node.sql).trim().replace(/(?:\s*;)+$/, "");
    if (text === "") throw new CompileError("op.execute() was given empty SQL");
    return [text];
  }
  bulkInsert(node: OpOf<"bulkInsert">, _ctx: CompileContext): string[] {
    return compileBulkInsert(this, node);
  }
  batchAlterTable(node: OpOf<"batchAlterTable">, ctx: CompileContext): string[] {
    if (node.recreate === "always") {
      throw new CompileError(
        `batchAlterTable('${node.table}') with recreate 'always' is only supported on SQLite; ${this.displayName} alters the table in place`,
      );
    }
    return node.ops.flatMap((op) => this.compile(op, ctx));
  }
  autocommitBlock(node: OpOf<"autocommitBlock">, ctx: CompileContext): string[] {
    return node.ops.flatMap((op) => this.compile(op, ctx));
  }
}

const INITIALLY = new Set(["DEFERRED", "IMMEDIATE"]);
const ACTIONS = new Set(["CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION"]);

/** Validate a keyword phrase before pasting it into SQL (it is not a literal or identifier). */
export function keyword(value: string, allowed: ReadonlySet<string>, what: string): string {
  const normalized = value.trim().toUpperCase().replace(/\s+/g, " ");
  if (!allowed.has(normalized)) throw new CompileError(`Unexpected SQL phrase: '${value}' (${what})`);
  return normalized;
}

export function referentialAction(value: string, what: string): string {
  return keyword(value, ACTIONS, what);
}

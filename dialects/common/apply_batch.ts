/**
 * Apply a batch's sub-ops to a table definition: the new shape of a table that will be
 * recreated (SQLite "move and copy"), plus where each new column's data comes from.
 * Renames follow the column into constraints and indexes, including SQL text (CHECK
 * conditions, reflected expression indexes) through the dialect's `sql` hooks; a dropped
 * column takes along its indexes and the constraints naming it, CHECKs included.
 */

import { CompileError } from "../../core/errors.ts";
import type { ColumnElement } from "../../core/ops/elements/column.ts";
import type { ConstraintElement, IndexElement } from "../../core/ops/elements/constraint.ts";
import type { TypeNode } from "../../core/ops/elements/type.ts";
import type { BatchOpNode } from "../../core/ops/nodes/batch_alter_table.ts";
import type { Sql } from "../../core/ops/sql.ts";
import { defineTable, type TableDefinition } from "../../core/ops/table_definition.ts";

export interface ColumnTransfer {
  readonly column: ColumnElement;
  /** The old column the data is copied from; undefined for added columns. */
  readonly source?: string;
  /** The type changed in a way that needs an explicit CAST while copying. */
  readonly cast: boolean;
}

/** What applying a batch needs from the dialect. */
export interface BatchHooks {
  /** The type changed in a way that needs an explicit CAST while copying rows. */
  needsCast(from: TypeNode, to: TypeNode): boolean;
  /** Whether raw SQL text names a column. */
  mentions(sql: string, column: string): boolean;
  /** Raw SQL text with a column renamed. */
  rename(sql: string, from: string, to: string): string;
}

export interface BatchResult {
  readonly table: TableDefinition;
  readonly transfers: readonly ColumnTransfer[];
}

type Slot = { column: ColumnElement; source?: string; cast: boolean };

export function applyBatch(
  source: TableDefinition,
  ops: readonly BatchOpNode[],
  hooks: BatchHooks,
): BatchResult {
  const slots: Slot[] = source.columns.map((column) => ({ column, source: column.name, cast: false }));
  let constraints: ConstraintElement[] = [...source.constraints];
  let indexes: IndexElement[] = [...source.indexes];
  let comment = source.comment;
  const find = (name: string) => {
    const slot = slots.find((s) => s.column.name === name);
    if (!slot) throw new CompileError(`No column '${name}' in table '${source.name}'`);
    return slot;
  };
  const inSql = (sql: Sql, edit: (text: string) => string): Sql =>
    ({ kind: "sql", parts: sql.parts.map((p) => (typeof p === "string" ? edit(p) : p)) });
  const mentions = (sql: Sql | string | undefined, column: string) =>
    sql !== undefined && (typeof sql === "string" ? [sql] : sql.parts).some((p) => typeof p === "string" && hooks.mentions(p, column));
  const renameIn = (from: string, to: string) => {
    const swap = (cols: readonly string[]) => cols.map((c) => (c === from ? to : c));
    const edit = (text: string) => hooks.rename(text, from, to);
    constraints = constraints.map((k) =>
      k.kind === "check" ? { ...k, condition: inSql(k.condition, edit) } : { ...k, columns: swap(k.columns) }
    );
    indexes = indexes.map((i) => ({
      ...i,
      columns: i.columns.map((c) => (c === from ? to : typeof c === "string" ? c : inSql(c, edit))),
      ...(i.where === undefined ? {} : { where: inSql(i.where, edit) }),
      ...(i.sql === undefined ? {} : { sql: edit(i.sql) }),
    }));
  };

  for (const op of ops) {
    switch (op.kind) {
      case "addColumn": {
        const added = defineTable(source.name, [op.column]);
        const slot = { column: added.columns[0] as ColumnElement, cast: false };
        const anchor = op.insertBefore ?? op.insertAfter;
        const at = anchor === undefined ? slots.length : slots.indexOf(find(anchor)) + (op.insertAfter === undefined ? 0 : 1);
        slots.splice(at, 0, slot);
        for (const k of added.constraints) addConstraint(k);
        indexes.push(...added.indexes);
        break;
      }
      case "dropColumn": {
        slots.splice(slots.indexOf(find(op.column)), 1);
        constraints = constraints.flatMap((k): ConstraintElement[] => {
          if (k.kind === "check") return mentions(k.condition, op.column) ? [] : [k];
          if (!k.columns.includes(op.column)) return [k];
          if (k.kind !== "primaryKey") return [];
          const rest = k.columns.filter((c) => c !== op.column);
          return rest.length ? [{ ...k, columns: rest }] : [];
        });
        indexes = indexes.filter((i) =>
          !i.columns.some((c) => (typeof c === "string" ? c === op.column : mentions(c, op.column))) &&
          !mentions(i.where, op.column) && !mentions(i.sql, op.column)
        );
        break;
      }
      case "alterColumn": {
        const slot = find(op.column);
        let column: ColumnElement = slot.column;
        if (op.type !== undefined) {
          slot.cast ||= hooks.needsCast(column.type, op.type);
          column = { ...column, type: op.type };
        }
        if (op.nullable !== undefined) column = { ...column, nullable: column.primaryKey ? false : op.nullable };
        if (op.serverDefault !== undefined) {
          const { serverDefault: _old, ...rest } = column;
          column = op.serverDefault === null ? rest : { ...rest, serverDefault: op.serverDefault };
        }
        if (op.comment !== undefined) {
          const { comment: _old, ...rest } = column;
          column = op.comment === null ? rest : { ...rest, comment: op.comment };
        }
        if (op.newName !== undefined && op.newName !== op.column) {
          column = { ...column, name: op.newName };
          renameIn(op.column, op.newName);
        }
        slot.column = column;
        break;
      }
      case "createIndex":
        indexes.push({ kind: "index", name: op.name, columns: op.columns, unique: op.unique, ...(op.where ? { where: op.where } : {}) });
        break;
      case "dropIndex": {
        if (!indexes.some((i) => i.name === op.name)) throw new CompileError(`No such index: '${op.name}'`);
        indexes = indexes.filter((i) => i.name !== op.name);
        break;
      }
      case "createUniqueConstraint":
      case "createForeignKey":
      case "createCheckConstraint":
      case "createPrimaryKey":
        addConstraint(op.constraint);
        break;
      case "dropConstraint": {
        const found = constraints.find((k) => k.name === op.name);
        if (!found) throw new CompileError(`No such constraint: '${op.name}'`);
        constraints = constraints.filter((k) => k !== found);
        if (found.kind === "primaryKey") {
          for (const s of slots) if (s.column.primaryKey) s.column = { ...s.column, primaryKey: false };
        }
        break;
      }
      case "createTableComment":
        comment = op.comment;
        break;
      case "dropTableComment":
        comment = undefined;
        break;
    }
  }

  function addConstraint(k: ConstraintElement) {
    if (k.kind === "primaryKey" && constraints.some((c) => c.kind === "primaryKey")) {
      throw new CompileError(`Table '${source.name}' already has a primary key; drop it in the same batch first`);
    }
    constraints.push(k);
  }

  const table = defineTable(source.name, [...slots.map((s) => s.column), ...constraints, ...indexes], {
    ...(source.schema === undefined ? {} : { schema: source.schema }),
    ...(comment === undefined ? {} : { comment }),
    triggers: source.triggers,
  });
  const transfers = slots.map((s, i) => ({ ...s, column: table.columns[i] as ColumnElement }));
  return { table, transfers };
}

/**
 * A table's full shape: what `op.createTable` declares, what `copyFrom` gives a batch, and
 * what introspection reads back from a database. Column shorthands (`primaryKey`, `unique`,
 * `index`, `references`) are normalized here into constraints and indexes, once, so no
 * compiler has to interpret them twice.
 */

import { ScriptError } from "../errors.ts";
import type { ColumnElement } from "./elements/column.ts";
import type { ConstraintElement, IndexElement, PrimaryKeyElement } from "./elements/constraint.ts";
import { isIntegerType } from "./elements/type.ts";
import { frozen, list } from "./freeze.ts";

export type TableElement = ColumnElement | ConstraintElement | IndexElement;

export interface TableDefinition {
  readonly name: string;
  readonly schema?: string;
  /** In order. `primaryKey` marks primary key members; unique/index/references are false/absent. */
  readonly columns: readonly ColumnElement[];
  /** Primary key first, then the rest in declaration order. */
  readonly constraints: readonly ConstraintElement[];
  readonly indexes: readonly IndexElement[];
  /** Verbatim `CREATE TRIGGER` statements (reflected from SQLite, recreated by batch). */
  readonly triggers: readonly string[];
  readonly comment?: string;
  /**
   * Reflected from PostgreSQL: for each enum type a column of this table uses, how many
   * columns in the whole database use it. Lets dropTable/dropColumn drop a type nothing
   * else needs.
   */
  readonly enumUsage?: Readonly<Record<string, number>>;
}

export interface DefineTableOptions {
  readonly schema?: string;
  readonly comment?: string;
  readonly triggers?: readonly string[];
  readonly enumUsage?: Readonly<Record<string, number>>;
}

/** Build a normalized definition from `t.*` elements (columns, constraints, indexes). */
export function defineTable(
  name: string,
  elements: readonly TableElement[],
  options: DefineTableOptions = {},
): TableDefinition {
  const columns = elements.filter((e): e is ColumnElement => e.kind === "column");
  const explicit = elements.filter((e): e is ConstraintElement => e.kind !== "column" && e.kind !== "index");
  const indexes = elements.filter((e): e is IndexElement => e.kind === "index");
  checkDuplicates(name, columns.map((c) => c.name), "column");

  const pk = primaryKeyOf(name, columns, explicit);
  const pkColumns = new Set(pk?.columns ?? []);
  const derived: ConstraintElement[] = [];
  const derivedIndexes: IndexElement[] = [];
  const normalized = columns.map((c) => {
    if (c.unique && !c.index) derived.push(frozen({ kind: "unique", columns: list([c.name]) }));
    if (c.index) {
      derivedIndexes.push(frozen({
        kind: "index", name: `ix_${name}_${c.name}`, columns: list([c.name]), unique: c.unique,
      }));
    }
    if (c.references) {
      const { table, column, schema } = c.references;
      derived.push(frozen({
        kind: "foreignKey", columns: list([c.name]), refTable: table, refColumns: list([column]),
        ...(schema === undefined ? {} : { refSchema: schema }),
      }));
    }
    const primaryKey = pkColumns.has(c.name);
    const { references: _dropped, ...rest } = c;
    return frozen({ ...rest, primaryKey, nullable: primaryKey ? false : c.nullable, unique: false, index: false });
  });

  const constraints = [...(pk ? [pk] : []), ...explicit.filter((e) => e.kind !== "primaryKey"), ...derived];
  const all = [...indexes, ...derivedIndexes];
  checkDuplicates(name, all.map((i) => i.name), "index");
  const known = new Set(columns.map((c) => c.name));
  for (const c of constraints) {
    if (c.kind === "check") continue;
    for (const col of c.columns) {
      if (!known.has(col)) throw new ScriptError(`Table '${name}' has no column '${col}' (used in a ${describe(c)})`);
    }
  }
  return frozen({
    name,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    columns: list(normalized),
    constraints: list(constraints),
    indexes: list(all),
    triggers: list(options.triggers ?? []),
    ...(options.comment === undefined ? {} : { comment: options.comment }),
    ...(options.enumUsage === undefined ? {} : { enumUsage: options.enumUsage }),
  });
}

function primaryKeyOf(
  table: string,
  columns: readonly ColumnElement[],
  explicit: readonly ConstraintElement[],
): PrimaryKeyElement | undefined {
  const declared = explicit.filter((e): e is PrimaryKeyElement => e.kind === "primaryKey");
  if (declared.length > 1) throw new ScriptError(`Table '${table}' declares more than one primary key`);
  const flagged = columns.filter((c) => c.primaryKey).map((c) => c.name);
  const [pk] = declared;
  if (!pk) return flagged.length ? frozen({ kind: "primaryKey", columns: list(flagged) }) : undefined;
  const stray = flagged.find((c) => !pk.columns.includes(c));
  if (stray !== undefined) {
    throw new ScriptError(
      `Column '${stray}' is marked primaryKey but table '${table}' declares primary key (${pk.columns.join(", ")})`,
    );
  }
  return pk;
}

function checkDuplicates(table: string, names: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new ScriptError(`Duplicate ${what} '${n}' in table '${table}'`);
    seen.add(n);
  }
}

function describe(c: ConstraintElement): string {
  const kind = { primaryKey: "primary key", unique: "unique constraint", check: "check constraint", foreignKey: "foreign key" }[c.kind];
  return c.name === undefined ? kind : `${kind} '${c.name}'`;
}

/** Whether a column is the table's autoincrementing key (SERIAL / AUTO_INCREMENT). */
export function isAutoincrement(table: TableDefinition, column: ColumnElement): boolean {
  if (column.autoincrement === false || !column.primaryKey) return false;
  if (!isIntegerType(column.type)) return false;
  if (column.autoincrement === true) return true;
  const pkSize = table.columns.filter((c) => c.primaryKey).length;
  const isForeign = table.constraints.some((c) => c.kind === "foreignKey" && c.columns.includes(column.name));
  return pkSize === 1 && column.serverDefault === undefined && !isForeign;
}

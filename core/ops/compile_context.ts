/**
 * The runner's `CompileContext`: one per run, shared by every compile, holding tables the
 * runner reflected for the next node and the enum memo (see SchemaMemo in core/dialect.ts).
 */

import { type CompileContext, type Dialect, NoSuchTableError, type QueryFn, type SchemaMemo, type TableRef } from "../dialect.ts";
import type { OpNode } from "./op_node.ts";
import type { TableDefinition } from "./table_definition.ts";

const key = (table: string, schema?: string) => `${schema ?? ""}\u0000${table}`;

class Memo implements SchemaMemo {
  #created = new Set<string>();
  // table key -> column -> enum type
  #columns = new Map<string, Map<string, TableRef>>();

  enumCreated(type: string, schema?: string) { return this.#created.has(key(type, schema)); }
  markEnumCreated(type: string, schema?: string) { this.#created.add(key(type, schema)); }
  forgetEnum(type: string, schema?: string) { this.#created.delete(key(type, schema)); }

  setColumnEnum(table: TableRef, column: string, type: TableRef | undefined) {
    const k = key(table.table, table.schema);
    const cols = this.#columns.get(k) ?? new Map<string, TableRef>();
    if (type === undefined) cols.delete(column);
    else cols.set(column, type);
    if (cols.size) this.#columns.set(k, cols);
    else this.#columns.delete(k);
  }
  columnEnum(table: TableRef, column: string) { return this.#columns.get(key(table.table, table.schema))?.get(column); }
  tableEnums(table: TableRef): ReadonlyMap<string, TableRef> {
    return this.#columns.get(key(table.table, table.schema)) ?? new Map();
  }
  enumUsers(type: TableRef) {
    let n = 0;
    for (const cols of this.#columns.values()) {
      for (const t of cols.values()) if (t.table === type.table && t.schema === type.schema) n++;
    }
    return n;
  }
  renameTable(from: TableRef, to: TableRef) {
    const cols = this.#columns.get(key(from.table, from.schema));
    if (!cols) return;
    this.#columns.delete(key(from.table, from.schema));
    this.#columns.set(key(to.table, to.schema), cols);
  }
  forgetTable(table: TableRef) { this.#columns.delete(key(table.table, table.schema)); }
}

export class RunCompileContext implements CompileContext {
  readonly offline: boolean;
  readonly revision?: string;
  readonly memo: SchemaMemo;
  #reflected = new Map<string, TableDefinition>();

  constructor(options: { offline: boolean; revision?: string; memo?: SchemaMemo }) {
    this.offline = options.offline;
    this.memo = options.memo ?? new Memo();
    if (options.revision !== undefined) this.revision = options.revision;
  }

  reflected(table: string, schema?: string): TableDefinition | undefined {
    return this.#reflected.get(key(table, schema));
  }

  /** Make a reflected table available to the next compiles. */
  addReflected(definition: TableDefinition, as?: TableRef): void {
    this.#reflected.set(key(as?.table ?? definition.name, as?.schema ?? definition.schema), definition);
  }

  /** Forget reflections (call after each node: the next one must see fresh state). */
  clearReflected(): void {
    this.#reflected.clear();
  }

  /** A copy sharing the memo but naming another revision (for error messages). */
  forRevision(revision: string): RunCompileContext {
    return new RunCompileContext({ offline: this.offline, revision, memo: this.memo });
  }
}

export function createCompileContext(options: { offline: boolean; revision?: string }): RunCompileContext {
  return new RunCompileContext(options);
}

/**
 * Online: reflect what `dialect` asks for before compiling `node`. Tables that don't exist
 * are skipped (the op itself will then fail or no-op with the database's own message).
 * Offline: does nothing; compiles that needed reflection raise a clear CompileError.
 */
export async function reflectFor(dialect: Dialect, node: OpNode, ctx: RunCompileContext, query: QueryFn): Promise<void> {
  ctx.clearReflected();
  if (ctx.offline) return;
  for (const need of dialect.reflectionNeeds(node, ctx)) {
    try {
      ctx.addReflected(await dialect.reflect(query, need.table, need.schema), need);
    } catch (error) {
      if (!(error instanceof NoSuchTableError)) throw error;
    }
  }
}

/**
 * One `op.*` call as data: the method name and its arguments, exactly as a person would
 * write it in a script. Autogenerate's comparison produces a list of these; the same list is
 * rendered into the new script's TypeScript (render_ts.ts), replayed through the real `op`
 * functions to compile SQL (for `.sql` scripts), and run in the embedded database to prove
 * the script before it is written. Arguments are plain values and `t.*` element nodes
 * (columns, types, constraints, `Sql`), which the renderer turns back into `t.*` calls.
 */

export type OpMethod =
  | "createTable" | "dropTable" | "renameTable" | "addColumn" | "dropColumn" | "alterColumn"
  | "createIndex" | "dropIndex" | "createUniqueConstraint" | "createForeignKey"
  | "createCheckConstraint" | "createPrimaryKey" | "dropConstraint" | "createTableComment"
  | "dropTableComment" | "execute";

export interface OpCall {
  readonly method: OpMethod;
  readonly args: readonly unknown[];
}

/**
 * `op.batchAlterTable(table, (batch) => { ... }, options)`: the calls inside are `batch.*`
 * calls, whose arguments leave out the table (see core/ops/batch.ts).
 */
export interface BatchCall {
  readonly method: "batchAlterTable";
  readonly table: string;
  readonly options: { readonly schema?: string; readonly recreate?: "auto" | "always" | "never" };
  readonly calls: readonly OpCall[];
}

/** `op.autocommitBlock(() => { ... })`: statements the server refuses inside a transaction. */
export interface AutocommitCall {
  readonly method: "autocommitBlock";
  readonly calls: readonly OpCall[];
}

export type AutogenCall = OpCall | BatchCall | AutocommitCall;

/** Something the comparison saw but cannot express as ops; shown in the script and on stderr. */
export interface Unexpressed {
  readonly table?: string;
  readonly message: string;
}

export interface ComparisonResult {
  readonly upgrade: readonly AutogenCall[];
  readonly downgrade: readonly AutogenCall[];
  readonly notes: readonly Unexpressed[];
}

import type { Dialect } from "../dialect.ts";
import { MigError } from "../errors.ts";
import type { Executor } from "./executor.ts";
import { attributed } from "./statement_failure.ts";

/** One change to the version table, as the planner derives it from Alembic's head rules. */
export type VersionChange =
  | { readonly kind: "insert"; readonly rev: string }
  | { readonly kind: "update"; readonly from: string; readonly to: string }
  | { readonly kind: "delete"; readonly rev: string };

/**
 * The version table: one row per applied head. Online, each UPDATE and DELETE is checked
 * to touch exactly one row, so a table changed behind mig's back stops the run instead of
 * silently lying about the schema.
 */
export class VersionStore {
  readonly #executor: Executor;
  readonly #dialect: Dialect;
  readonly #table: string;
  readonly #schema: string | undefined;

  constructor(options: { executor: Executor; dialect: Dialect; table: string; schema?: string }) {
    this.#executor = options.executor;
    this.#dialect = options.dialect;
    this.#table = options.table;
    this.#schema = options.schema;
  }

  get #sql() {
    return this.#dialect.versionTable;
  }

  async exists(): Promise<boolean> {
    const rows = await this.#executor.query(this.#sql.exists(this.#table, this.#schema));
    return rows.length > 0;
  }

  async create(): Promise<void> {
    const sql = this.#sql.create(this.#table, this.#schema);
    await this.#run(sql);
  }

  /** Offline only, as Alembic ends a `--sql` script that reaches base. */
  async drop(): Promise<void> {
    await this.#run(this.#sql.drop(this.#table, this.#schema));
  }

  async heads(): Promise<string[]> {
    const rows = await this.#executor.query(this.#sql.select(this.#table, this.#schema));
    return rows.map((r) => String(r["version_num"] ?? Object.values(r)[0]));
  }

  async apply(change: VersionChange): Promise<void> {
    const sql = this.#sql;
    switch (change.kind) {
      case "insert":
        return this.#run(sql.insert(this.#table, change.rev, this.#schema));
      case "update":
        return this.#expectOne(sql.update(this.#table, change.from, change.to, this.#schema), `updating '${change.from}' to '${change.to}'`);
      case "delete":
        return this.#expectOne(sql.delete(this.#table, change.rev, this.#schema), `deleting '${change.rev}'`);
    }
  }

  /** `stamp --purge`: forget every row first. */
  async purge(): Promise<void> {
    const name = this.#schema === undefined ? this.#dialect.quoteIdentifier(this.#table)
      : `${this.#dialect.quoteIdentifier(this.#schema)}.${this.#dialect.quoteIdentifier(this.#table)}`;
    await this.#run(`DELETE FROM ${name}`);
  }

  /** Runs an UPDATE or DELETE that must touch exactly one row (the run rolls back otherwise). */
  async #expectOne(statement: string, action: string): Promise<void> {
    const found = await attributed({ revision: "(version table)", file: this.#table }, statement, () =>
      this.#executor.affected(statement));
    if (found !== 1) {
      throw new MigError(
        `Online migration expected to match one row when ${action} in '${this.#table}'; ${found} found`,
      );
    }
  }

  #run(sql: string): Promise<void> {
    return attributed({ revision: "(version table)", file: this.#table }, sql, () => this.#executor.execute(sql));
  }
}

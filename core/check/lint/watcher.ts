/**
 * Follows the statements of upgrades as the recording driver passes them on: which
 * migration each belongs to (its origin, see current_statement.ts), whether a
 * transaction was open, and on PostgreSQL what it locked and rewrote (read before and
 * after it on the same connection). Version-table bookkeeping is not a migration's.
 */
import type { Driver } from "../../driver.ts";
import { currentStatementOrigin } from "../../runtime/current_statement.ts";
import type { DialectName } from "../../ops/context.ts";
import { classifyMysql } from "./classify_mysql.ts";
import { classifyPostgresql } from "./classify_postgresql.ts";
import { labelBetween, readState, type Reading, relationNames, relationOids } from "./observe_postgresql.ts";
import type { StatementFacts } from "./predict_postgresql.ts";
import { readFacts, readMysqlFacts } from "./statement_facts.ts";
import type { WatchedMigration, WatchedStatement } from "./watched.ts";

export class StatementWatcher {
  readonly #driver: Driver;
  readonly #observe: boolean;
  readonly #dialect: DialectName;
  readonly migrations: WatchedMigration[] = [];
  #existing: ReadonlySet<string> = new Set();
  #on = false;

  /** On PostgreSQL (PGlite or a server) locks and storage are read around each statement. */
  constructor(driver: Driver, dialect: DialectName) {
    this.#driver = driver;
    this.#dialect = dialect;
    this.#observe = dialect === "postgresql";
  }

  /** Follows what `fn` runs. */
  async watching<T>(fn: () => Promise<T>): Promise<T> {
    this.#on = true;
    try {
      return await fn();
    } finally {
      this.#on = false;
    }
  }

  async run<T>(sql: string, inTransaction: boolean, exec: () => Promise<T>): Promise<T> {
    const origin = this.#on ? currentStatementOrigin() : undefined;
    if (!origin || origin.revision === "(version table)") return exec();
    const query = (text: string, params?: readonly unknown[]) => this.#driver.query(text, params);
    let migration = this.migrations.at(-1);
    let before: Reading | undefined;
    if (this.#observe && inTransaction) before = await readState(query);
    if (migration?.revision !== origin.revision || migration.file !== origin.file) {
      if (this.#observe && !before) before = await readState(query);
      if (before) this.#existing = relationOids(before);
      migration = { revision: origin.revision, file: origin.file, statements: [], ...(before ? { existing: relationNames(before) } : {}) };
      this.migrations.push(migration);
    }
    const facts: StatementFacts = this.#observe && inTransaction ? await readFacts(classifyPostgresql(sql), query)
      : this.#dialect === "mysql" ? await readMysqlFacts(classifyMysql(sql), query)
      : {};
    const site = origin.site?.file ? origin.site : undefined;
    const place = site ? { line: site.line, column: site.column } : origin.firstLine !== undefined ? { line: origin.firstLine } : {};
    const base = { sql, revision: origin.revision, file: origin.file, ...place, inTransaction, facts, allow: origin.allow ?? [] };
    let result: T;
    try {
      result = await exec();
    } catch (error) {
      migration.statements.push({ ...base, failed: true });
      throw error;
    }
    let watched: WatchedStatement = { ...base, failed: false };
    if (before && inTransaction) {
      const after = await readState(query);
      watched = { ...watched, label: labelBetween(before, after, this.#existing), lockTimeout: !/^0(ms|s)?$/.test(before.lockTimeout) };
    }
    migration.statements.push(watched);
    return result;
  }
}

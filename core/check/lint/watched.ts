/** What the lint judges: each statement a migration ran, where it came from, and what it did. */
import type { Allowance } from "../../ops/allowance.ts";
import type { StatementLabel } from "./label.ts";
import type { StatementFacts } from "./predict_postgresql.ts";

export interface WatchedStatement {
  readonly sql: string;
  readonly revision: string;
  readonly file: string;
  /** 1-based: the op call (TypeScript) or the statement's first line (SQL). */
  readonly line?: number;
  readonly column?: number;
  /** Ran inside the migration's transaction (not an autocommit block / transaction:false section). */
  readonly inTransaction: boolean;
  /** Observed on the database (PostgreSQL); undefined where nothing was observed. */
  readonly label?: StatementLabel;
  /** Observed: a lock_timeout was in effect when it ran. */
  readonly lockTimeout?: boolean;
  readonly facts: StatementFacts;
  readonly allow: readonly Allowance[];
  /** The database refused it (the dry run reports that on its own). */
  readonly failed: boolean;
}

export interface WatchedMigration {
  readonly revision: string;
  readonly file: string;
  readonly statements: WatchedStatement[];
  /** Observed: relation names (lower-cased, as labels print them) present when it began. */
  readonly existing?: ReadonlySet<string>;
}

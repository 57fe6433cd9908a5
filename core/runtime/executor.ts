import type { Row } from "../driver.ts";

/**
 * Where compiled statements go. Alembic's insight: offline mode is one branch in the
 * executor. The online executor runs statements on a connection; the offline writer
 * prints each one followed by `;` and a blank line. The runner never knows which.
 */
export interface Executor {
  readonly offline: boolean;
  /** One statement, as compiled (no trailing `;`). */
  execute(sql: string): Promise<void>;
  /** One data-changing statement; resolves to the rows it changed (offline: 1, unknowable). */
  affected(sql: string): Promise<number>;
  /** A script of statements, verbatim (a `.sql` section). */
  executeScript(sql: string): Promise<void>;
  /** Read rows (online only; the offline writer refuses). */
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** A `-- comment` line in offline output; nothing online. */
  comment(text: string): void;
}

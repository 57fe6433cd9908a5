/**
 * The contract every database client adapter fulfils. Kept structural and small (like
 * dbmate's) so core/ has no runtime dependency on any client library.
 */

export type Row = Record<string, unknown>;

export interface Driver {
  /** Server version string as reported by the server (e.g. "15.19", "10.11.19-MariaDB"). */
  readonly serverVersion: string;
  /**
   * A second connection to the same database may write while this one holds a transaction
   * open (a PostgreSQL or MySQL server). Not so for SQLite and libSQL, whose writers take
   * turns, nor PGlite, which one process opens at a time. The table lock renews its lease
   * from a second connection only where this is true.
   */
  readonly concurrentWriters?: boolean;
  /** Run one statement with optional positional parameters and return its rows. */
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Run one statement or a script of several `;`-separated statements, no parameters. */
  exec(sql: string): Promise<void>;
  /** Run one data-changing statement and return how many rows it changed. */
  affected(sql: string): Promise<number>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /**
   * Take the migration lock for the whole run. Resolves when held; rejects with a
   * DatabaseError after `timeoutMs` naming the holder where the database can tell.
   */
  acquireLock(name: string, timeoutMs: number): Promise<void>;
  releaseLock(name: string): Promise<void>;
  /**
   * An embedded database's whole state, which connecting with `bootImage` boots from
   * again (PGlite; the check cache keeps it). Absent where there is no such thing.
   */
  dumpImage?(): Promise<Blob>;
  close(): Promise<void>;
}

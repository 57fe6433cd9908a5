/**
 * One bad input: a project (the base project of project.ts with some files changed), a
 * command line, and what mig must answer: its exit status and the one line on stderr.
 */
export interface BadInput {
  readonly name: string;
  /** Files to write over the base project (path relative to it); null deletes. */
  readonly files?: Readonly<Record<string, string | Uint8Array | null>>;
  /** Directories to create (a mig.toml that is a directory, an empty script_location). */
  readonly dirs?: readonly string[];
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Default 255 (`FAILED:`); 2 for usage errors. */
  readonly status?: number;
  /** The one line mig prints on stderr besides its INFO logs (the first, when `runs`). */
  readonly line: RegExp;
  /**
   * Found only when the script runs, after connecting: the error may carry the server's
   * detail lines and the rollback line, and "nothing written" means the database holds no
   * table (the run rolled back) and no file is left behind.
   */
  readonly runs?: boolean;
}

/** The password every URL of the corpus carries: it must never be printed. */
export const PASSWORD = "S3cret-Pw9";
export const PG_PORT = 5432;
export const MARIADB_PORT = 3306;

/** A mig.toml whose [mig] section holds `body` (TOML lines). */
export function toml(body: string): string {
  return `[mig]\nscript_location = "migrations"\n${body}\n`;
}

/** A `.sql` revision script. */
export function sqlScript(rev: string, down: string, extra = "", up = "SELECT 1;", downSql = "SELECT 1;"): string {
  return `-- revision: ${rev}\n-- down_revision: ${down}\n${extra}\n-- migrate:up\n${up}\n\n-- migrate:down\n${downSql}\n`;
}

/** A `.ts` revision script with the given bodies. */
export function tsScript(rev: string, down: string | null, upgrade = "", extra = ""): string {
  return [
    'import { op, t } from "mig";',
    `export const revision = "${rev}";`,
    `export const downRevision = ${down === null ? "null" : `"${down}"`};`,
    extra,
    `export function upgrade() {\n${upgrade}\n}`,
    "export function downgrade() {}",
    "",
  ].join("\n");
}

/**
 * `mig import-alembic DIR`: an Alembic project (alembic.ini, env.py, versions/*.py) as a
 * mig project with the same revision ids, the same graph and `alembic_version` adopted.
 * Exit status: 0 everything converted, 1 some scripts need hand work (the project is
 * still written), 2 bad input (nothing written).
 */
import type { DialectName } from "../ops/context.ts";
import type { Output } from "../output.ts";
import type { ImportReport } from "../import_alembic/report.ts";

export interface ImportAlembicOptions {
  /** Where mig.toml goes; the Alembic layout is reproduced below it. Default: the working directory. */
  readonly into?: string;
  readonly dialect?: DialectName;
  readonly json?: boolean;
  /** Run both projects on fresh databases on this server (or SQLite file URL) and compare. */
  readonly verify?: string;
  /** Run both on embedded SQLite files and compare. */
  readonly verifyEmbedded?: boolean;
  readonly cwd?: string;
}

export const EXIT_HAND_WORK = 1;

export async function importAlembic(directory: string, options: ImportAlembicOptions, output: Output): Promise<ImportReport> {
  // Loaded on use: the Python parser is not needed by scripts that import "mig".
  const { importProject } = await import("../import_alembic/import_project.ts");
  return importProject(directory, options, output);
}

/** The exit status for a finished import: 1 when scripts need hand work or verification found a difference. */
export function importExitStatus(report: ImportReport): number {
  return report.ok && (report.verify?.ok ?? true) ? 0 : EXIT_HAND_WORK;
}

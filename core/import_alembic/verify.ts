/**
 * `--verify URL` / `--verify-embedded`: the original project run by Alembic and the
 * imported one run by mig, each on a fresh database, one revision at a time from base to
 * the heads, then down to base; after each step both catalogs are read with the dialect's
 * snapshotSchema (the version table aside, its rows compared instead) and diffed.
 *
 * Embedded means SQLite files for both: Alembic cannot connect to PGlite, so a
 * PostgreSQL or MySQL project is verified on a server (`--verify URL`) only.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openDatabase, type OpenDatabase } from "../check/open_database.ts";
import { downgrade } from "../commands/downgrade.ts";
import { upgrade } from "../commands/upgrade.ts";
import { parseConfig } from "../config/load_config.ts";
import type { DialectName } from "../ops/context.ts";
import { captureOutput, type Output } from "../output.ts";
import { registerMigModule } from "../runtime/mig_module.ts";
import { readHeaders } from "../script/script_directory.ts";
import { type DbUrl, parseDbUrl } from "../url.ts";
import type { AlembicProject } from "./alembic_project.ts";
import { AlembicRunner, alembicPython } from "./alembic_runner.ts";
import { readEnvPy } from "./env_py.ts";
import { AlembicInputError } from "./input_error.ts";
import type { VerifyReport, VerifyStep } from "./verify_report.ts";
import { catalogDifferences, upgradeOrder } from "./verify_steps.ts";

export interface VerifyRequest {
  readonly project: AlembicProject;
  /** The mig.toml just written. */
  readonly migConfig: string;
}

/** What a verification needs, checked before the import writes anything (bad input: exit 2). */
export interface VerifyPlan {
  readonly python: string;
  readonly server: DbUrl | undefined;
  readonly dialect: DialectName;
}

export function planVerify(url: string | undefined, projectDialect: DialectName | undefined): VerifyPlan {
  const python = alembicPython();
  if (python === undefined) throw new AlembicInputError("--verify runs the original project with Alembic: /usr/bin/alembic is not installed");
  let server: DbUrl | undefined;
  try {
    server = url === undefined ? undefined : parseDbUrl(url, { baseDir: process.cwd() });
  } catch (error) {
    throw new AlembicInputError((error as Error).message);
  }
  const dialect = server?.dialect ?? "sqlite";
  if (server === undefined && projectDialect !== undefined && projectDialect !== "sqlite") {
    throw new AlembicInputError(`--verify-embedded runs both projects on SQLite files (Alembic cannot connect to PGlite); this is a ${projectDialect} project: use --verify with a server URL`);
  }
  if (server?.driver === "pglite" || server?.driver === "libsql") {
    throw new AlembicInputError(`--verify ${server.masked}: Alembic cannot connect to ${server.driver}; give a PostgreSQL, MySQL/MariaDB or SQLite URL`);
  }
  if (projectDialect !== undefined && dialect !== projectDialect) {
    throw new AlembicInputError(`--verify ${server?.masked}: a ${dialect} database, but the project is ${projectDialect}`);
  }
  return { python, server, dialect };
}

export async function verifyImport(request: VerifyRequest, plan: VerifyPlan, output: Output): Promise<VerifyReport> {
  const { python, server, dialect } = plan;
  registerMigModule();
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-verify-"));
  const databases: OpenDatabase[] = [];
  let runner: AlembicRunner | undefined;
  try {
    for (const side of ["alembic", "mig"]) {
      const url = server && !server.path ? server : parseDbUrl(`sqlite:///${path.join(scratchDir, `${side}.db`)}`);
      databases.push(await openDatabase({ dialect: url.dialect, url, scratch: !url.path }));
    }
    const [alembicDb, migDb] = databases as [OpenDatabase, OpenDatabase];
    const alembicUrl = sqlalchemyUrl(alembicDb.url);
    runner = new AlembicRunner(python, request.project.iniFile, alembicUrl, envFor(request.project, alembicUrl), request.project.root);
    const config = migConfigFor(request.migConfig, migDb.url);
    const steps: VerifyStep[] = [];
    const compare = async (phase: VerifyStep["phase"], revision: string, run: () => Promise<[string | undefined, string | undefined]>) => {
      const [alembicError, migError] = await run();
      if (alembicError !== undefined || migError !== undefined) {
        const error = alembicError !== undefined ? `Alembic failed: ${alembicError}` : `mig failed: ${migError}`;
        steps.push({ phase, revision, same: false, differences: [], error });
        return false;
      }
      const differences = await catalogDifferences(alembicDb, migDb, config.versionTable);
      steps.push({ phase, revision, same: differences.length === 0, differences });
      return true;
    };
    const quiet = captureOutput({ quiet: true });
    const mig = async (action: () => Promise<void>) => {
      try {
        await action();
        return undefined;
      } catch (error) {
        return (error as Error).message.split("\n")[0];
      }
    };
    let ok = true;
    for (const revision of upgradeOrder(readHeaders(config.versionLocations))) {
      ok = await compare("upgrade", revision, async () => [
        await runner!.run("upgrade", revision),
        await mig(() => upgrade(config, revision, { sql: false }, quiet)),
      ]);
      if (!ok) break;
    }
    if (ok) {
      await compare("downgrade", "base", async () => [
        await runner!.run("downgrade", "base"),
        await mig(() => downgrade(config, "base", { sql: false }, quiet)),
      ]);
    }
    output.log(`INFO  [mig] Verified ${steps.length} steps on ${server?.masked ?? "embedded SQLite"}`);
    return { database: server?.masked ?? "embedded SQLite", dialect, steps, ok: steps.every((s) => s.same) };
  } finally {
    await runner?.close();
    for (const db of databases) await db.close().catch(() => undefined);
    fs.rmSync(scratchDir, { recursive: true, force: true });
  }
}

/** mig's config with the verification database as its url. */
function migConfigFor(file: string, url: DbUrl) {
  const text = fs.readFileSync(file, "utf8").split("\n")
    .map((line) => (line.startsWith("url = ") ? `url = ${JSON.stringify(url.reveal())}` : line)).join("\n");
  return parseConfig(text, { file });
}

/** The URL in SQLAlchemy's spelling: PyMySQL for MySQL, an absolute path for SQLite. */
function sqlalchemyUrl(url: DbUrl): string {
  if (url.path) return `sqlite:///${url.path}`;
  const text = url.reveal();
  const rest = text.slice(text.indexOf("://"));
  if (url.dialect === "mysql") return `mysql+pymysql${rest}`;
  return `postgresql${rest}`;
}

/** env.py files that read the URL from the environment get it there too. */
function envFor(project: AlembicProject, url: string): Record<string, string> {
  const envPy = path.join(project.scriptLocation, "env.py");
  if (!fs.existsSync(envPy)) return {};
  return Object.fromEntries(readEnvPy(fs.readFileSync(envPy, "utf8")).envVars.map((v) => [v.name, url]));
}

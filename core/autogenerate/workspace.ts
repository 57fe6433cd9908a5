/**
 * An embedded database autogenerate works in: PGlite for PostgreSQL, in-memory SQLite,
 * or a scratch database on a MySQL server (`--dev-url`, else the project's own server),
 * created first and dropped on close. Everything compared is read back from one of these
 * (or from the live database, by the same code), so both sides are normalized by the
 * engine itself. Scripts run here through the ordinary runner, exactly as `mig upgrade`
 * would run them.
 */

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openDatabase, type OpenDatabase } from "../check/open_database.ts";
import { StepRunner } from "../check/step_runner.ts";
import type { MigConfig } from "../config/config.ts";
import type { Dialect, QueryFn } from "../dialect.ts";
import type { Output } from "../output.ts";
import type { PlannedStep } from "../runtime/planned_step.ts";
import type { DbUrl } from "../url.ts";
import type { Catalog, CatalogOptions } from "./catalog.ts";
import type { DeclaredTarget } from "./declared/load_target.ts";
import { materializeInScratchSchema } from "./scratch_schema.ts";

export interface WorkspacePlace {
  readonly dialect: "postgresql" | "mysql" | "sqlite";
  /** An embedded url (`pglite://memory...`, `sqlite://`) or a server to make a scratch database on. */
  readonly url: DbUrl;
  readonly scratch: boolean;
}

export class Workspace {
  readonly #db: OpenDatabase;
  readonly #runner: StepRunner;
  readonly #query: QueryFn;
  readonly #catalogOptions: CatalogOptions;

  private constructor(db: OpenDatabase, runner: StepRunner, catalogOptions: CatalogOptions) {
    this.#db = db;
    this.#runner = runner;
    this.#query = (sql, params) => db.driver.query(sql, params);
    this.#catalogOptions = { ...catalogOptions, exclude: [...catalogOptions.exclude ?? [], runner.versionTable] };
  }

  static async open(place: WorkspacePlace, config: MigConfig, catalogOptions: CatalogOptions, log: Output): Promise<Workspace> {
    const db = await openDatabase({ dialect: place.dialect, url: place.url, scratch: place.scratch });
    const runner = new StepRunner({ driver: db.driver, url: db.url, config, output: log });
    return new Workspace(db, runner, catalogOptions);
  }

  get dialect(): Dialect {
    return this.#db.dialect;
  }

  /** What the engine calls itself in messages: `pglite 17.4`, `sqlite`, `mariadb 10.11.6`. */
  get description(): string {
    return [this.#db.info.engine, this.#db.info.version].filter(Boolean).join(" ");
  }

  async readCatalog(): Promise<Catalog> {
    const read = this.#db.dialect.introspectCatalog;
    return read.call(this.#db.dialect, this.#query, this.#catalogOptions);
  }

  /** The declared target read back from a scratch schema beside what the workspace holds (scratch_schema.ts). */
  targetBeside(target: DeclaredTarget): Promise<Catalog> {
    return materializeInScratchSchema(target, this.#db.driver, this.dialect);
  }

  /** Plain SQL (a `schema.sql` target), run as one script. */
  exec(sql: string): Promise<void> {
    return this.#db.driver.exec(sql);
  }

  /** Steps of the project's own graph (`--from-migrations`), from an empty database. */
  async runSteps(steps: readonly PlannedStep[]): Promise<void> {
    const outcome = await this.#runner.run(steps, await this.#runner.heads());
    if (!outcome.ok) throw outcome.error;
  }

  /** One direction of a script file that is not part of the graph (a candidate, a materialization). */
  async runScript(file: string, direction: "up" | "down"): Promise<void> {
    const name = path.basename(file);
    const step: PlannedStep = {
      revision: name, path: file, direction, stamp: false,
      shortLog: `${direction === "up" ? "upgrade" : "downgrade"} ${name}`,
      logLine: `${direction === "up" ? "upgrade" : "downgrade"} ${name}`,
      versionChanges: [],
    };
    const outcome = await this.#runner.run([step], []);
    if (!outcome.ok) throw outcome.error;
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}

/** A private temporary directory for candidate scripts, removed by `dispose`. */
export function scratchDirectory(): { dir: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-autogenerate-"));
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

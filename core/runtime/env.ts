/**
 * The API of `env.ts`, the user-owned environment script (Alembic's env.py): mig imports
 * it for every command that touches a database or writes --sql and calls its default
 * export with a context. The default env.ts is two lines; multidb loops over databases.
 */
import type { MigConfig } from "../config/config.ts";

export interface RunOptions {
  /** Database URL; defaults to the config's `url`. */
  readonly url?: string;
  /** multidb: the database's name, passed to each script's upgrade()/downgrade(). */
  readonly database?: string;
  readonly versionTable?: string;
  readonly versionTableSchema?: string;
  readonly transactionPerMigration?: boolean;
  /**
   * Autogenerate's target (Alembic's `target_metadata`): a schema module's path (`.ts`) or
   * a `.sql` file, or the imported module itself (a namespace import of the schema module).
   * Defaults to `target_schema` in mig.toml.
   */
  readonly targetSchema?: string | Readonly<Record<string, unknown>>;
  /** Autogenerate: leave objects out of the comparison (Alembic's `include_object`). */
  readonly includeObject?: IncludeObject;
  /** Autogenerate: schemas to compare besides the default one; `true` for all (Alembic's `include_schemas`). */
  readonly includeSchemas?: readonly string[] | boolean;
}

/** An object autogenerate is about to compare; return false to leave it out. */
export interface ComparedObject {
  readonly type: "table" | "column" | "index" | "uniqueConstraint" | "foreignKeyConstraint" | "checkConstraint" | "schema" | "enum";
  readonly name: string;
  readonly table?: string;
  readonly schema?: string;
}

/** `reflected`: the object exists in the database; `compareTo`: whether the target declares it. */
export type IncludeObject = (object: ComparedObject, reflected: boolean, compareTo: boolean) => boolean;

export interface EnvContext {
  readonly config: MigConfig;
  /** `-x key=value` arguments. */
  readonly xArgs: Readonly<Record<string, string>>;
  /** `--tag` of upgrade/downgrade/stamp, if given. */
  readonly tag: string | undefined;
  /** True under `--sql`: nothing connects, statements are written to stdout. */
  isOfflineMode(): boolean;
  /** Runs the command (upgrade, downgrade, stamp, current...) against one database. */
  runMigrations(options?: RunOptions): Promise<void>;
}

export type EnvFunction = (context: EnvContext) => void | Promise<void>;

/** Typed identity: `export default defineEnv(async (context) => { ... })`. */
export function defineEnv(fn: EnvFunction): EnvFunction {
  return fn;
}

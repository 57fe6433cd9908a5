/**
 * The compiled binary end to end, from an empty directory with nothing on PATH but
 * /usr/bin and /bin. Steps run in order against one project, each one line in STEPS:
 * later commands build on what earlier ones wrote (init before revision before upgrade).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { VERSION } from "../../core/version.ts";
import { BinaryProject, type RunOptions, type RunResult, staleSources } from "./binary_harness.ts";
import { createDatabase, type TestDatabase } from "../support/databases.ts";
import { withBodies } from "../support/script_bodies.ts";

type Check = (result: RunResult, project: BinaryProject) => void;

interface Step {
  readonly name: string;
  readonly args: readonly string[];
  readonly check: Check;
  readonly options?: StepOptions;
}

interface StepOptions extends RunOptions {
  /** Runs before the command, e.g. to fill in a script the previous step generated. */
  readonly before?: (project: BinaryProject) => void;
  /** A database from `databases` by engine, handed to the project as DATABASE_URL. */
  readonly database?: "postgresql" | "mariadb";
}

const step = (name: string, args: readonly string[], check: Check, options?: StepOptions): Step => ({ name, args, check, options });

/** Fills the empty upgrade()/downgrade() bodies `mig revision` wrote. */
const fill = (file: string, upgrade: string, downgrade: string) => (project: BinaryProject) => {
  const rel = `migrations/versions/${file}`;
  project.write(rel, withBodies(project.read(rel), upgrade, downgrade));
};
const ACCOUNT = `op.createTable("account", [t.column("id", t.integer(), { primaryKey: true }), t.column("name", t.string(50), { nullable: false })]);`;
const pglite = { env: { DATABASE_URL: "pglite://./pgdata" } };

/** Exit status 0, and each fragment on stdout (in order). */
const succeeds = (...stdout: readonly (string | RegExp)[]): Check => (result) => {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  let rest = result.stdout;
  for (const fragment of stdout) {
    const match = typeof fragment === "string" ? rest.indexOf(fragment) : rest.search(fragment);
    expect(match, `expected ${String(fragment)} in stdout:\n${result.stdout}`).toBeGreaterThanOrEqual(0);
    rest = rest.slice(match);
  }
};

/** Alembic's failure shape: `FAILED: <message>` on stderr, exit status 255. */
const failsWith = (message: string): Check => (result) => {
  expect(result.stderr).toContain(`FAILED: ${message}`);
  expect(result.status).toBe(255);
};

const and = (...checks: Check[]): Check => (result, project) => checks.forEach((check) => check(result, project));
const writes = (...files: string[]): Check => (_, project) => {
  for (const file of files) expect(project.exists(file), `${file} should exist`).toBe(true);
};

// Inflating and compiling PGlite's WASM alone adds far more than this; a plain start is ~40 MB.
const LAZY_START_MAX_RSS = 80 * 1024 * 1024;

const STEPS: readonly Step[] = [
  step("--version", ["--version"], and(succeeds(`${VERSION}\n`), (r) => expect(r.maxRss).toBeLessThan(LAZY_START_MAX_RSS))),
  step("--help", ["--help"], succeeds("Usage: mig", "init", "list_templates")),
  step("an unknown command is a usage error", ["no_such_command"], (r) => expect(r.status).toBe(2)),
  step("list_templates", ["list_templates"], succeeds("Available templates:", "generic - ", "multidb - ", "sql - ")),
  step("init", ["init", "migrations"], and(
    succeeds("Generating", "Please edit configuration/connection settings"),
    writes("mig.toml", "migrations/env.ts", "migrations/script.ts.mustache", "migrations/versions", "migrations/mig.d.ts", "migrations/tsconfig.json"),
  )),
  step("init refuses a non-empty directory", ["init", "migrations"], failsWith("Directory migrations already exists and is not empty")),
  step("init -t sql", ["init", "-c", "sql.toml", "-t", "sql", "sql_migrations"], and(succeeds("Generating"), writes("sql.toml", "sql_migrations/script.sql.mustache"))),
  step("revision", ["revision", "-m", "create account table", "--rev-id", "1975ea83b712"], succeeds("Generating", "1975ea83b712_create_account_table.ts")),
  step("revision (second)", ["revision", "-m", "add a column", "--rev-id", "ae1027a6acf0"], succeeds("ae1027a6acf0_add_a_column.ts"),
    { before: fill("1975ea83b712_create_account_table.ts", ACCOUNT, `op.dropTable("account");`) }),
  step("upgrade head on SQLite", ["upgrade", "head"], (r) => {
    expect(r.stderr).toContain("Running upgrade 1975ea83b712 -> ae1027a6acf0, add a column");
    expect(r.status).toBe(0);
  }, { before: fill("ae1027a6acf0_add_a_column.ts", `op.addColumn("account", t.column("last_transaction_date", t.dateTime()));`, `op.dropColumn("account", "last_transaction_date");`) }),
  step("current", ["current"], succeeds("ae1027a6acf0 (head)\n")),
  step("history", ["history", "-i"], succeeds("1975ea83b712 -> ae1027a6acf0 (head) (current), add a column\n<base> -> 1975ea83b712, create account table\n")),
  step("upgrade head --sql", ["upgrade", "head", "--sql"], succeeds("CREATE TABLE account (", "ALTER TABLE account ADD COLUMN last_transaction_date DATETIME;")),
  step("downgrade base on SQLite", ["downgrade", "base"], succeeds()),
  step("upgrade head on PGlite", ["upgrade", "head"], succeeds(), pglite),
  step("current on PGlite", ["current"], succeeds("ae1027a6acf0 (head)\n"), pglite),
  step("downgrade base on PGlite", ["downgrade", "base"], succeeds(), pglite),
  step("upgrade head on PostgreSQL", ["upgrade", "head"], succeeds(), { database: "postgresql" }),
  step("current on PostgreSQL", ["current"], succeeds("ae1027a6acf0 (head)\n"), { database: "postgresql" }),
  step("downgrade base on PostgreSQL", ["downgrade", "base"], succeeds(), { database: "postgresql" }),
  step("upgrade head on MariaDB", ["upgrade", "head"], succeeds(), { database: "mariadb" }),
  step("current on MariaDB", ["current"], succeeds("ae1027a6acf0 (head)\n"), { database: "mariadb" }),
  step("downgrade base on MariaDB", ["downgrade", "base"], succeeds(), { database: "mariadb" }),
  step("check in the embedded PGlite", ["check", "--dialect", "postgresql"], and(succeeds("in PGlite (booted from snapshot", "mig check: OK"), (r) => expect(r.maxRss).toBeLessThan(500 * 1024 * 1024))),
];

describe("dist/mig from an empty directory", () => {
  let project: BinaryProject;
  const databases: Partial<Record<"postgresql" | "mariadb", TestDatabase>> = {};
  beforeAll(async () => {
    project = new BinaryProject();
    for (const engine of ["postgresql", "mariadb"] as const) {
      const db = await createDatabase(engine);
      if (db) databases[engine] = db;
    }
    const stale = staleSources();
    if (stale.length > 0) console.warn(`dist/mig is older than ${stale.length} source file(s), e.g. ${stale[0]}; run \`npm run build\``);
  });
  afterAll(async () => {
    project?.dispose();
    for (const db of Object.values(databases)) await db.drop();
  });

  for (const { name, args, check, options } of STEPS) {
    test(`mig ${name}`, () => {
      if (options?.database && !databases[options.database]) return; // server absent outside CI
      options?.before?.(project);
      const env = { ...options?.env, ...(options?.database ? { DATABASE_URL: databases[options.database]!.url } : {}) };
      check(project.run(args, { ...options, env }), project);
    }, 30_000);
  }
});

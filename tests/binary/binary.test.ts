/**
 * The compiled binary end to end, from an empty directory with nothing on PATH but
 * /usr/bin and /bin. Steps run in order against one project, each one line in STEPS:
 * later commands build on what earlier ones wrote (init before revision before upgrade).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { VERSION } from "../../core/version.ts";
import { BinaryProject, type RunOptions, type RunResult, staleSources } from "./binary_harness.ts";

type Check = (result: RunResult, project: BinaryProject) => void;

interface Step {
  readonly name: string;
  readonly args: readonly string[];
  readonly check: Check;
  readonly options?: RunOptions;
}

const step = (name: string, args: readonly string[], check: Check, options?: RunOptions): Step => ({ name, args, check, options });

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
];

describe("dist/mig from an empty directory", () => {
  let project: BinaryProject;
  beforeAll(() => {
    project = new BinaryProject();
    const stale = staleSources();
    if (stale.length > 0) console.warn(`dist/mig is older than ${stale.length} source file(s), e.g. ${stale[0]}; run \`npm run build\``);
  });
  afterAll(() => project?.dispose());

  for (const { name, args, check, options } of STEPS) {
    test(`mig ${name}`, () => check(project.run(args, options), project), 30_000);
  }
});

/**
 * The same sources under Deno, from a temporary project: one line per step in STEPS,
 * run in order against one project (init before revision before upgrade).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { VERSION } from "../../core/version.ts";
import { type DenoRun, DenoProject } from "./deno_harness.ts";
import { withBodies } from "../support/script_bodies.ts";

type Check = (result: DenoRun, project: DenoProject) => void;

const succeeds = (...stdout: readonly string[]): Check => (result) => {
  expect({ status: result.status, stderr: result.status === 0 ? "" : result.stderr }).toEqual({ status: 0, stderr: "" });
  let rest = result.stdout;
  for (const fragment of stdout) {
    const at = rest.indexOf(fragment);
    expect(at, `expected ${JSON.stringify(fragment)} in stdout:\n${result.stdout}`).toBeGreaterThanOrEqual(0);
    rest = rest.slice(at);
  }
};
const writes = (...files: string[]): Check => (_, project) => {
  for (const file of files) expect(project.exists(file), `${file} should exist`).toBe(true);
};
const and = (...checks: Check[]): Check => (result, project) => checks.forEach((check) => check(result, project));

/** Fills the empty upgrade()/downgrade() bodies of a script `mig revision` wrote. */
const fill = (project: DenoProject, file: string, upgrade: string, downgrade: string) => {
  const rel = `migrations/versions/${file}`;
  return Bun.file(project.path(rel)).text().then((text) => project.write(rel, withBodies(text, upgrade, downgrade)));
};

const STEPS: readonly (readonly [name: string, args: readonly string[], check: Check])[] = [
  ["--version", ["--version"], succeeds(`${VERSION}\n`)],
  ["list_templates", ["list_templates"], succeeds("Available templates:", "generic - ", "sql - ")],
  // The task runs in the directory it was started from, not the repository's.
  ["init", ["init", "migrations"], and(succeeds("Generating", "Please edit"), writes("mig.toml", "migrations/env.ts", "migrations/versions", "migrations/mig.d.ts"))],
  ["init refuses a non-empty directory", ["init", "migrations"], (r) => {
    expect(r.stderr).toContain("FAILED: Directory migrations already exists and is not empty");
    expect(r.status).toBe(255);
  }],
  ["revision", ["revision", "-m", "create account table", "--rev-id", "1975ea83b712"], succeeds("1975ea83b712_create_account_table.ts")],
  ["revision (second)", ["revision", "-m", "add a column", "--rev-id", "ae1027a6acf0"], succeeds("ae1027a6acf0_add_a_column.ts")],
];

/** After the steps: scripts with real ops, run on SQLite through the import map's "mig". */
const MIGRATE: readonly (readonly [name: string, args: readonly string[], check: Check])[] = [
  ["upgrade head on SQLite", ["upgrade", "head"], (r) => {
    expect(r.stderr).toContain("Running upgrade 1975ea83b712 -> ae1027a6acf0, add a column");
    expect(r.status).toBe(0);
  }],
  ["history", ["history", "-i"], succeeds("1975ea83b712 -> ae1027a6acf0 (head) (current), add a column\n<base> -> 1975ea83b712, create account table\n")],
  ["downgrade base", ["downgrade", "base"], (r) => expect(r.status).toBe(0)],
  ["current", ["current"], succeeds("")],
];

describe("deno task mig, from a temporary project", () => {
  let project: DenoProject;
  beforeAll(() => void (project = new DenoProject()));
  afterAll(() => project?.dispose());

  for (const [name, args, check] of STEPS) {
    test(`mig ${name}`, () => check(project.mig(args), project), 60_000);
  }
  test("fill in the scripts", async () => {
    await fill(project, "1975ea83b712_create_account_table.ts",
      `op.createTable("account", [t.column("id", t.integer(), { primaryKey: true }), t.column("name", t.string(50))]);`,
      `op.dropTable("account");`);
    await fill(project, "ae1027a6acf0_add_a_column.ts",
      `op.addColumn("account", t.column("last_transaction_date", t.dateTime()));`,
      `op.dropColumn("account", "last_transaction_date");`);
  });
  for (const [name, args, check] of MIGRATE) {
    test(`mig ${name}`, () => check(project.mig(args), project), 60_000);
  }
});

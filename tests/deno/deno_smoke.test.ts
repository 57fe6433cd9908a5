/**
 * The same sources under Deno, from a temporary project: one line per step in STEPS,
 * run in order against one project (init before revision before upgrade).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { VERSION } from "../../core/version.ts";
import { type DenoRun, DenoProject } from "./deno_harness.ts";

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

const STEPS: readonly (readonly [name: string, args: readonly string[], check: Check])[] = [
  ["--version", ["--version"], succeeds(`${VERSION}\n`)],
  ["list_templates", ["list_templates"], succeeds("Available templates:", "generic - ", "sql - ")],
  // The task runs in the directory it was started from, not the repository's.
  ["init", ["init", "migrations"], and(succeeds("Generating", "Please edit"), writes("mig.toml", "migrations/env.ts", "migrations/versions", "migrations/mig.d.ts"))],
  ["init refuses a non-empty directory", ["init", "migrations"], (r) => {
    expect(r.stderr).toContain("FAILED: Directory migrations already exists and is not empty");
    expect(r.status).toBe(255);
  }],
];

describe("deno task mig, from a temporary project", () => {
  let project: DenoProject;
  beforeAll(() => void (project = new DenoProject()));
  afterAll(() => project?.dispose());

  for (const [name, args, check] of STEPS) {
    test(`mig ${name}`, () => check(project.mig(args), project), 60_000);
  }
});

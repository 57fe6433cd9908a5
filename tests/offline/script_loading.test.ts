/**
 * The runner imports every planned script up front (core/runtime/preflight.ts): a script
 * of the plan that cannot load stops the run before anything is written, and a broken
 * script outside the plan does not matter at all.
 */
import { afterAll, expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";
import { withBodies } from "../support/script_bodies.ts";

const projects: CliProject[] = [];
afterAll(() => projects.forEach((p) => p.dispose()));

function project(): CliProject {
  const p = new CliProject();
  projects.push(p);
  p.ok(["init", "migrations"]);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, 'url = "postgresql://db.example/app"'));
  for (const [rev, table] of [["aaaa00000001", "one"], ["aaaa00000002", "two"], ["aaaa00000003", "three"]] as const) {
    p.ok(["revision", "-m", `create ${table}`, "--rev-id", rev]);
    const file = `migrations/versions/${rev}_create_${table}.ts`;
    p.write(file, withBodies(p.read(file), `op.createTable("${table}", [t.column("id", t.integer(), { primaryKey: true })]);`));
  }
  // The last one cannot even be parsed.
  const broken = "migrations/versions/aaaa00000003_create_three.ts";
  p.write(broken, p.read(broken).replace('op.createTable("three"', 'op.createTable("three" +'));
  return p;
}

test("a script of the plan that fails to load stops the run before any SQL is written", () => {
  const p = project();
  const run = p.mig(["upgrade", "head", "--sql"]);
  expect(run.status).toBe(255);
  expect(run.stderr).toContain(`FAILED: Could not load ${p.path("migrations/versions/aaaa00000003_create_three.ts")}`);
  expect(run.stdout).toBe("");
});

test("a broken script outside the plan is never imported", () => {
  const p = project();
  const run = p.mig(["upgrade", "aaaa00000002", "--sql"]);
  expect(run.stderr).not.toContain("FAILED");
  expect(run.status).toBe(0);
  expect(run.stdout).toEndWith("UPDATE mig_version SET version_num='aaaa00000002' WHERE mig_version.version_num = 'aaaa00000001';\n\nCOMMIT;\n\n");
});

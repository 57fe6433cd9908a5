/**
 * Op call sites are read lazily (core/ops/call_site.ts) so that writing 10,000 revisions
 * stays fast; an error must still name the exact line and column of the op in the script.
 */
import { afterAll, expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";

const project = new CliProject();
afterAll(() => project.dispose());

test("an op SQLite cannot run offline names its revision, file, line and column", () => {
  project.ok(["init", "migrations"]);
  project.ok(["revision", "-m", "retype", "--rev-id", "bbbb00000001"]);
  const file = "migrations/versions/bbbb00000001_retype.ts";
  project.write(file, project.read(file).replace(
    "export function upgrade() {\n\n}",
    'export function upgrade() {\n  op.createTable("t", [t.column("a", t.integer())]);\n    op.alterColumn("t", "a", { type: t.text() });\n}',
  ));
  const run = project.mig(["upgrade", "head", "--sql"]);
  expect(run.status).toBe(255);
  // Line 16 of the generated script, the op at column 5 (or 8, past "op.", as engines differ).
  expect(run.stderr).toMatch(new RegExp(`^FAILED: Revision bbbb00000001 at ${project.path(file).replaceAll(".", "\\.")}:16:(5|8): `, "m"));
  expect(run.stderr).toContain("batchAlterTable");
  // --sql holds its log lines back (core/output.ts batchedLog): a failure still shows them, first.
  const running = run.stderr.indexOf("Running upgrade  -> bbbb00000001, retype");
  expect(running).toBeGreaterThan(-1);
  expect(running).toBeLessThan(run.stderr.indexOf("FAILED:"));
});

/**
 * The first error is the one reported (issue 10, class 5): a version_table_schema that
 * does not exist fails the CREATE TABLE inside the run's transaction, and releasing the
 * lock afterwards must not replace that error with "current transaction is aborted".
 */
import { expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";
import { createDatabase } from "../support/databases.ts";

test("a missing version_table_schema is reported as such, and nothing is left behind", async () => {
  const db = await createDatabase("postgresql");
  if (!db) return;
  const p = new CliProject();
  try {
    p.ok(["init", "migrations"]);
    p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, `url = "${db.url}"\nversion_table_schema = "nosuchschema"`));
    p.ok(["revision", "-m", "a"]);
    const r = p.mig(["upgrade", "head"]);
    expect(r.status).toBe(255);
    expect(r.stderr).toContain(`schema "nosuchschema" does not exist`);
    expect(r.stderr).not.toContain("current transaction is aborted");
  } finally {
    p.dispose();
    await db.drop();
  }
});

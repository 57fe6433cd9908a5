/** The tutorial against a remote libSQL server (sqld) over `libsql://`. */
import { afterAll, expect, test } from "bun:test";
import { tutorialProject } from "../support/cli.ts";
import { startSqld } from "../support/sqld.ts";
import { withBodies } from "../support/script_bodies.ts";

const sqld = await startSqld();
afterAll(() => sqld?.stop());

test.skipIf(!sqld)("upgrade, current, history -i, downgrade over libsql://", () => {
  const project = tutorialProject(sqld!.url);
  const file = "migrations/versions/1975ea83b712_create_account_table.ts";
  project.write(file, withBodies(project.read(file), 'op.createTable("account", [t.column("id", t.integer(), { primaryKey: true })]);', 'op.dropTable("account");'));
  const up = project.mig(["upgrade", "head"]);
  expect(up.stderr).toContain("INFO  [mig] Running upgrade 27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714, merge branches");
  expect(up.status).toBe(0);
  expect(project.ok(["current"])).toBe("3cac04ae8714 (head) (mergepoint)\n");
  expect(project.ok(["history", "-i"])).toContain("-> 3cac04ae8714 (head) (current) (mergepoint)");
  project.ok(["downgrade", "base"]);
  expect(project.ok(["current"])).toBe("");
  project.dispose();
}, 60_000);

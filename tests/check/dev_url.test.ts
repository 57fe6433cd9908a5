/**
 * `--dev-url`: the dry run on a real server, in a scratch database created for the run
 * and dropped afterwards, failures included. MariaDB has no transactional DDL, so the
 * stairway stops at a failing downgrade instead of carrying on.
 */
import { afterEach, describe, expect, test } from "bun:test";
import "../../dialects/mod.ts";
import { MYSQL_URL, POSTGRES_URL, reachable } from "../support/servers.ts";
import { CheckProject, createTable } from "./project.ts";

let project: CheckProject;
afterEach(() => project?.dispose());

async function scratchDatabases(url: string): Promise<string[] | undefined> {
  const admin = await reachable(url);
  if (!admin) return undefined;
  try {
    const sql = url.startsWith("postgres")
      ? "SELECT datname AS name FROM pg_database WHERE datname LIKE 'mig\\_check\\_%'"
      : "SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'mig\\_check\\_%'";
    return (await admin.query(sql)).map((r) => String(r.name));
  } finally {
    await admin.close();
  }
}

const SERVERS = [
  { name: "PostgreSQL", url: POSTGRES_URL, settings: `url = "postgresql://app@prod/app"`, engine: "postgresql" },
  { name: "MariaDB", url: MYSQL_URL, settings: `url = "mysql://app@prod/app"`, engine: "mariadb" },
];

for (const server of SERVERS) {
  describe(server.name, () => {
    test("a clean project passes and a broken downgrade is named; no scratch database is left", async () => {
      const before = await scratchDatabases(server.url);
      if (!before) return;
      project = new CheckProject(server.settings);
      project.ts({ rev: "a1", up: createTable("account"), downgrade: `op.dropTable("account");` });
      project.ts({ rev: "b2", down: "a1", up: `op.addColumn("account", t.column("note", t.string(20)));`, downgrade: `op.dropColumn("account", "note");` });
      const clean = await project.check({ devUrl: server.url });
      expect(clean.report.findings).toEqual([]);
      expect(clean.report.databases).toEqual([expect.objectContaining({ engine: server.engine, version: expect.any(String) })]);
      expect(clean.stdout).toContain("(in a scratch database");

      project.ts({ rev: "c3", down: "b2", up: createTable("extra"), downgrade: `op.dropColumn("account", "missing");` });
      const broken = await project.check({ devUrl: server.url });
      expect(broken.report.findings).toEqual([expect.objectContaining({ kind: "downgrade-failed", revision: "c3", statement: expect.stringContaining("missing") })]);
      expect(await scratchDatabases(server.url)).toEqual(before);
    }, 60_000);
  });
}

test("a --dev-url of another dialect than the project's is refused, not ignored (issue 10, class 4)", async () => {
  project = new CheckProject(`url = "postgresql://app@prod/app"`);
  await expect(project.check({ devUrl: MYSQL_URL })).rejects.toThrow("--dev-url is a mysql server but the project's dialect is postgresql");
});

/**
 * `--from-dump`: the stairway starts from a copy of a real database's schema (a pg_dump
 * or sqlite3 .dump), at the revision its version table records, so only the migrations
 * still to deploy are tried, against what production has.
 */
import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import "../../dialects/mod.ts";
import { loadConfig } from "../../core/config/load_config.ts";
import { upgrade } from "../../core/commands/upgrade.ts";
import { captureOutput } from "../../core/output.ts";
import { createDatabase, type TestDatabase } from "../support/databases.ts";
import { CheckProject, createTable } from "./project.ts";

let project: CheckProject;
afterEach(() => project?.dispose());
const created: TestDatabase[] = [];
afterAll(async () => {
  for (const db of created) await db.drop();
});

/** a1 creates account; b2, written after production was deployed, needs a column prod lacks. */
function scripts(p: CheckProject): void {
  p.ts({ rev: "a1", up: createTable("account"), downgrade: `op.dropTable("account");` });
  p.ts({ rev: "b2", down: "a1", up: `op.createIndex("ix_email", "account", ["email"]);`, downgrade: `op.dropIndex("ix_email");` });
}

async function deployA1(p: CheckProject, url: string): Promise<void> {
  const config = loadConfig({ file: p.path("mig.toml"), env: { DATABASE_URL: url } });
  await upgrade(config, "a1", {}, captureOutput());
}

describe("--from-dump", () => {
  test("SQLite: sqlite3 .dump of a deployed database; the pending revision fails against it", async () => {
    project = new CheckProject(`url = "\${DATABASE_URL:-sqlite:///prod.db}"`);
    scripts(project);
    await deployA1(project, `sqlite:///${project.path("prod.db")}`);
    const dump = spawnSync("sqlite3", [project.path("prod.db"), ".dump"], { encoding: "utf8" });
    expect(dump.status).toBe(0);
    const file = project.write("prod.sql", dump.stdout);
    const { report } = await project.check({ fromDump: file });
    expect(report.findings).toEqual([expect.objectContaining({ kind: "upgrade-failed", revision: "b2", message: expect.stringContaining("email") })]);

  }, 30_000);

  test("PostgreSQL: pg_dump --schema-only plus the version rows, loaded into PGlite; without rows --from stamps", async () => {
    const db = await createDatabase("postgresql");
    if (!db) return;
    created.push(db);
    project = new CheckProject(`url = "\${DATABASE_URL}"\ncheck_dialect = "postgresql"`);
    scripts(project);
    await deployA1(project, db.url);
    const schema = spawnSync("pg_dump", ["--schema-only", "--no-owner", "--no-privileges", db.url], { encoding: "utf8" });
    const rows = spawnSync("pg_dump", ["--data-only", "--inserts", "-t", "mig_version", db.url], { encoding: "utf8" });
    expect([schema.status, rows.status]).toEqual([0, 0]);
    const file = project.write("prod.sql", schema.stdout + rows.stdout);
    const { report } = await project.check({ fromDump: file });
    expect(report.findings).toEqual([expect.objectContaining({
      kind: "upgrade-failed", revision: "b2", statement: "CREATE INDEX ix_email ON account (email)", message: 'column "email" does not exist',
    })]);

    // A schema-only dump has no version rows: from base, a1 collides; `--from a1` stamps it first.
    fs.writeFileSync(file, schema.stdout);
    expect((await project.check({ fromDump: file })).report.findings).toEqual([
      expect.objectContaining({ kind: "upgrade-failed", revision: "a1", message: 'relation "account" already exists' }),
    ]);
    expect((await project.check({ fromDump: file, from: "a1" })).report.findings.map((f) => f.revision)).toEqual(["b2"]);

    fs.writeFileSync(file, "CREATE TABLE broken (;\n");
    const bad = await project.check({ fromDump: file });
    expect(bad.report.findings).toEqual([expect.objectContaining({ kind: "dump-failed", file, line: 1 })]);
  }, 30_000);
});

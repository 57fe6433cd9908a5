/**
 * The seed tutorial run as written against every engine: init, revision, upgrade head,
 * current, history -i, downgrade base, upgrade head; then stamp, relative steps and
 * adopting a database whose version table Alembic created.
 */
import { afterAll, describe, expect, test } from "bun:test";
import "../../dialects/mod.ts";
import { databaseSupport } from "../../core/database.ts";
import { parseDbUrl } from "../../core/url.ts";
import { tutorialProject } from "../support/cli.ts";
import { createDatabase, ENGINES, type TestDatabase } from "../support/databases.ts";
import { withBodies } from "../support/script_bodies.ts";

const SCRIPTS: Record<string, [string, string]> = {
  "1975ea83b712_create_account_table.ts": [
    `op.createTable("account", [
    t.column("id", t.integer(), { primaryKey: true }),
    t.column("name", t.string(50), { nullable: false }),
    t.column("description", t.string(200)),
  ]);`,
    `op.dropTable("account");`,
  ],
  "ae1027a6acf0_add_a_column.ts": [
    `op.addColumn("account", t.column("last_transaction_date", t.dateTime()));`,
    `op.dropColumn("account", "last_transaction_date");`,
  ],
  "27c6a30d7c24_create_other_branch.ts": [
    `op.createTable("other", [t.column("id", t.integer(), { primaryKey: true })]);`,
    `op.dropTable("other");`,
  ],
};

function fillScripts(project: ReturnType<typeof tutorialProject>) {
  for (const [file, [up, down]] of Object.entries(SCRIPTS)) {
    const rel = `migrations/versions/${file}`;
    project.write(rel, withBodies(project.read(rel), up, down));
  }
}

async function tables(url: string): Promise<string[]> {
  const parsed = parseDbUrl(url);
  const driver = await databaseSupport().connect(parsed);
  try {
    const sql = parsed.dialect === "sqlite"
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
      : parsed.dialect === "mysql"
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = database()"
      : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'";
    return (await driver.query(sql)).map((r) => String(r["name"])).sort();
  } finally {
    await driver.close();
  }
}

const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

for (const engine of ENGINES) {
  describe(engine, () => {
    test("the tutorial, up, down and up again", async () => {
      const db = await createDatabase(engine);
      if (!db) return;
      dbs.push(db);
      const project = tutorialProject(db.url);
      fillScripts(project);

      const up = project.mig(["upgrade", "head"]);
      expect(up.status).toBe(0);
      expect(up.stderr).toContain("INFO  [mig] Running upgrade  -> 1975ea83b712, create account table\n");
      expect(up.stderr).toContain("INFO  [mig] Running upgrade 27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714, merge branches\n");
      expect(project.ok(["current"])).toBe("3cac04ae8714 (head) (mergepoint)\n");
      expect(await tables(db.url)).toEqual(["account", "mig_version", "other"]);
      expect(project.ok(["history", "-i"]).split("\n")[0]).toBe(
        "27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714 (head) (current) (mergepoint), merge branches",
      );
      // Already there: nothing to do, not an error.
      expect(project.mig(["upgrade", "ae1027a6acf0"]).status).toBe(0);

      const down = project.mig(["downgrade", "base"]);
      expect(down.status).toBe(0);
      expect(down.stderr).toContain("INFO  [mig] Running downgrade 1975ea83b712 -> , create account table\n");
      expect(project.ok(["current"])).toBe("");
      expect(await tables(db.url)).toEqual(["mig_version"]);

      // Relative steps through the branch point, one branch at a time.
      project.ok(["upgrade", "+1"]);
      expect(project.ok(["current"])).toBe("1975ea83b712 (branchpoint)\n");
      project.ok(["upgrade", "ae1027a6acf0"]);
      project.ok(["upgrade", "27c6a30d7c24"]);
      expect(project.ok(["current"])).toBe("27c6a30d7c24\nae1027a6acf0\n");
      project.ok(["upgrade", "head"]);
      expect(project.ok(["current", "--check-heads"])).toBe("3cac04ae8714 (head) (mergepoint)\n");

      // stamp moves the table only.
      project.ok(["stamp", "1975ea83b712"]);
      expect(project.ok(["current"])).toBe("1975ea83b712 (branchpoint)\n");
      expect(await tables(db.url)).toEqual(["account", "mig_version", "other"]);
      const behind = project.mig(["current", "--check-heads"]);
      expect(behind.status).toBe(255);
      expect(behind.stderr).toBe("FAILED: Database is not on the latest revision\n");
      project.ok(["stamp", "--purge", "heads"]);
      expect(project.ok(["current"])).toBe("3cac04ae8714 (head) (mergepoint)\n");
      project.dispose();
    }, 120_000);
  });
}

test("adopts a database whose version table Alembic manages", async () => {
  const db = (await createDatabase("sqlite"))!;
  dbs.push(db);
  const project = tutorialProject(db.url);
  fillScripts(project);
  project.write("mig.toml", project.read("mig.toml").replace('# version_table = "mig_version"', 'version_table = "alembic_version"'));
  const driver = await databaseSupport().connect(parseDbUrl(db.url));
  await driver.exec(
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));" +
      "INSERT INTO alembic_version VALUES ('ae1027a6acf0');" +
      "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, description VARCHAR(200), last_transaction_date DATETIME);",
  );
  await driver.close();
  expect(project.ok(["current"])).toBe("ae1027a6acf0\n");
  const up = project.mig(["upgrade", "head"]);
  expect(up.stderr).not.toContain("create account table");
  expect(up.stderr).toContain("Running upgrade 1975ea83b712 -> 27c6a30d7c24, create other branch");
  expect(project.ok(["current"])).toBe("3cac04ae8714 (head) (mergepoint)\n");
  expect(await tables(db.url)).toEqual(["account", "alembic_version", "other"]);
  project.dispose();
});

test("a progress counter when stderr is a terminal, none when it is a pipe", () => {
  const project = tutorialProject();
  const piped = project.mig(["upgrade", "head"]);
  expect(piped.stderr).not.toContain("[1/4]");
  const quiet = project.mig(["-q", "downgrade", "base"]);
  expect({ status: quiet.status, stderr: quiet.stderr }).toEqual({ status: 0, stderr: "" });
  // script(1) gives the command a pseudo-terminal.
  const cli = `${process.execPath} ${import.meta.dir}/../../cli.ts upgrade head`;
  const tty = Bun.spawnSync(["script", "-qec", cli, "/dev/null"], { cwd: project.dir, stdout: "pipe", stderr: "pipe" });
  const text = tty.stdout.toString();
  expect(text).toContain("INFO  [mig] [1/4] Running upgrade  -> 1975ea83b712, create account table");
  expect(text).toContain("INFO  [mig] [4/4] Running upgrade 27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714, merge branches");
  project.dispose();
});

test("version_table and version_table_schema on PostgreSQL", async () => {
  const db = await createDatabase("postgresql");
  if (!db) return;
  dbs.push(db);
  const driver = await databaseSupport().connect(parseDbUrl(db.url));
  await driver.exec("CREATE SCHEMA ops");
  const project = tutorialProject(db.url);
  project.write("mig.toml", project.read("mig.toml").replace('# version_table = "mig_version"', 'version_table = "schema_history"\nversion_table_schema = "ops"'));
  const sql = project.ok(["upgrade", "1975ea83b712", "--sql"]);
  expect(sql).toContain("CREATE TABLE ops.schema_history (");
  expect(sql).toContain("INSERT INTO ops.schema_history (version_num) VALUES ('1975ea83b712');");
  project.ok(["upgrade", "head"]);
  expect(project.ok(["current"])).toBe("3cac04ae8714 (head) (mergepoint)\n");
  const rows = await driver.query("SELECT version_num FROM ops.schema_history");
  expect(rows).toEqual([{ version_num: "3cac04ae8714" }]);
  expect(await driver.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'mig_version'")).toEqual([]);
  await driver.close();
  project.dispose();
});

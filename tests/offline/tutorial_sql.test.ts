/**
 * The seed tutorial's `upgrade ae1027a6acf0 --sql` (create the account table, then add a
 * column), character for character per dialect: the layout of ALEMBIC.md, with BEGIN/COMMIT
 * only where DDL is transactional, and the logs on stderr only.
 */
import { afterAll, expect, test } from "bun:test";
import { type CliProject, tutorialProject } from "../support/cli.ts";
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
};

const projects: CliProject[] = [];
afterAll(() => projects.forEach((p) => p.dispose()));

function tutorial(url: string): CliProject {
  const project = tutorialProject(url);
  projects.push(project);
  for (const [file, [up, down]] of Object.entries(SCRIPTS)) {
    const rel = `migrations/versions/${file}`;
    project.write(rel, withBodies(project.read(rel), up, down));
  }
  return project;
}

const VERSION_TABLE = `CREATE TABLE mig_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT mig_version_pkc PRIMARY KEY (version_num)
);

`;

/** The script between the version table and the end, given the dialect's account table and timestamp type. */
const steps = (id: string, timestamp: string) => `-- Running upgrade  -> 1975ea83b712

CREATE TABLE account (
    ${id},
    name VARCHAR(50) NOT NULL,
    description VARCHAR(200),
    PRIMARY KEY (id)
);

INSERT INTO mig_version (version_num) VALUES ('1975ea83b712');

-- Running upgrade 1975ea83b712 -> ae1027a6acf0

ALTER TABLE account ADD COLUMN last_transaction_date ${timestamp};

UPDATE mig_version SET version_num='ae1027a6acf0' WHERE mig_version.version_num = '1975ea83b712';

`;

const MYSQL = VERSION_TABLE + steps("id INTEGER NOT NULL AUTO_INCREMENT", "DATETIME");

const EXPECTED: Record<string, { url: string; sql: string; impl: string; transactional: boolean }> = {
  postgresql: {
    url: "postgresql://db.example/app",
    sql: "BEGIN;\n\n" + VERSION_TABLE + steps("id SERIAL NOT NULL", "TIMESTAMP WITHOUT TIME ZONE") + "COMMIT;\n\n",
    impl: "postgresql",
    transactional: true,
  },
  mysql: { url: "mysql://db.example/app", sql: MYSQL, impl: "mysql", transactional: false },
  mariadb: { url: "mariadb://db.example/app", sql: MYSQL, impl: "mariadb", transactional: false },
  sqlite: {
    url: "sqlite:///app.db",
    sql: VERSION_TABLE + steps("id INTEGER NOT NULL", "DATETIME"),
    impl: "sqlite",
    transactional: true,
  },
};

for (const [dialect, expected] of Object.entries(EXPECTED)) {
  test(`upgrade ae1027a6acf0 --sql on ${dialect}`, () => {
    const project = tutorial(expected.url);
    const run = project.mig(["upgrade", "ae1027a6acf0", "--sql"]);
    expect(run.stderr).toBe(
      `INFO  [mig] Context impl ${expected.impl}.\n` +
        `INFO  [mig] Will assume ${expected.transactional ? "" : "non-"}transactional DDL.\n` +
        "INFO  [mig] Running upgrade  -> 1975ea83b712, create account table\n" +
        "INFO  [mig] Running upgrade 1975ea83b712 -> ae1027a6acf0, add a column\n",
    );
    expect(run.stdout).toBe(expected.sql);
    expect(run.status).toBe(0);
    // Nothing connected: no SQLite file appeared.
    expect(project.files(".")).not.toContain("app.db");
  });
}

test("the rest of the tutorial from ae1027a6acf0: a new branch row, then the merge's DELETE and UPDATE", () => {
  const project = tutorial("postgresql://db.example/app");
  const run = project.mig(["upgrade", "ae1027a6acf0:head", "--sql"]);
  expect(run.stdout).toBe(`BEGIN;

-- Running upgrade 1975ea83b712 -> 27c6a30d7c24

INSERT INTO mig_version (version_num) VALUES ('27c6a30d7c24');

-- Running upgrade 27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714

DELETE FROM mig_version WHERE mig_version.version_num = '27c6a30d7c24';

UPDATE mig_version SET version_num='3cac04ae8714' WHERE mig_version.version_num = 'ae1027a6acf0';

COMMIT;

`);
  expect(run.status).toBe(0);
});

/**
 * Dialect.snapshotSchema on every engine: the objects a migration makes appear under
 * stable names with their definitions, the version table is left out, and the same
 * schema built twice (or rebuilt by a SQLite batch) compares equal.
 */
import { afterAll, describe, expect, test } from "bun:test";
import "../../dialects/mod.ts";
import { databaseSupport } from "../../core/database.ts";
import type { SchemaSnapshot } from "../../core/schema_snapshot.ts";
import { diffSnapshots, isEmptyDiff } from "../../core/check/schema_diff.ts";
import { parseDbUrl } from "../../core/url.ts";
import { createDatabase, ENGINES, type TestDatabase } from "../support/databases.ts";

const created: TestDatabase[] = [];
afterAll(async () => {
  for (const db of created) await db.drop();
});

const SCHEMA = [
  "CREATE TABLE account (id integer PRIMARY KEY, name varchar(50) NOT NULL, note varchar(20) DEFAULT 'x', CONSTRAINT ck_id CHECK (id > 0))",
  "CREATE TABLE child (id integer PRIMARY KEY, account_id integer, CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE)",
  "CREATE INDEX ix_name ON account (name)",
  "CREATE TABLE mig_version (version_num varchar(32) PRIMARY KEY)",
];

const names = (s: SchemaSnapshot) => s.objects.map((o) => `${o.kind} ${o.name}`);

for (const engine of ENGINES) {
  describe(engine, () => {
    test("objects, definitions, exclusion and a rebuild that compares equal", async () => {
      const db = await createDatabase(engine);
      if (!db) return;
      created.push(db);
      const url = parseDbUrl(db.url);
      const driver = await databaseSupport().connect(url);
      try {
        const dialect = databaseSupport().dialectFor(url).forServerVersion(driver.serverVersion);
        const snap = () => dialect.snapshotSchema((sql, params) => driver.query(sql, params), { exclude: [{ table: "mig_version" }] });
        const empty = await snap();
        for (const sql of SCHEMA) await driver.exec(sql);
        const built = await snap();
        const added = diffSnapshots(empty, built).added;
        const q = engine === "sqlite" || engine === "mariadb" ? "" : "public.";
        const expected = [
          `table ${q}account`, `table ${q}child`,
          `column ${q}account.name`, `column ${q}account.note`, `column ${q}child.account_id`,
          `constraint ${q}account.ck_id`, `constraint ${q}child.fk_account`,
        ];
        for (const name of expected) expect(names({ objects: added })).toContain(name);
        expect(names(built).some((n) => n.includes("mig_version"))).toBe(false);
        expect(added.find((o) => o.kind === "index" && o.name.endsWith("ix_name"))).toBeDefined();
        const note = added.find((o) => o.name === `${q}account.note`)!;
        expect(note.definition.toLowerCase()).toContain("varchar(20)".replace("varchar", engine === "pglite" || engine === "postgresql" ? "character varying" : "varchar"));
        expect(note.table).toBe(`${q}account`);

        // Drop and build again: nothing differs.
        await driver.exec("DROP TABLE child");
        await driver.exec("DROP TABLE account");
        expect(isEmptyDiff(diffSnapshots(empty, await snap()))).toBe(true);
        for (const sql of SCHEMA.slice(0, 3)) await driver.exec(sql);
        expect(diffSnapshots(built, await snap())).toEqual({ added: [], removed: [], changed: [] });

        await driver.exec(engine === "sqlite" ? "CREATE INDEX ix_note ON account (note)" : "ALTER TABLE account ADD COLUMN extra integer");
        const changed = diffSnapshots(built, await snap());
        expect(changed.added.map((o) => o.kind)).toEqual([engine === "sqlite" ? "index" : "column"]);
      } finally {
        await driver.close();
      }
    }, 30_000);
  });
}

test("SQLite: a table rebuilt with other formatting compares equal", async () => {
  const url = parseDbUrl("sqlite://");
  const driver = await databaseSupport().connect(url);
  try {
    const dialect = databaseSupport().dialectFor(url);
    const snap = () => dialect.snapshotSchema((sql, params) => driver.query(sql, params));
    await driver.exec(`CREATE TABLE t (id INTEGER NOT NULL, name VARCHAR(5), PRIMARY KEY (id))`);
    const before = await snap();
    await driver.exec(`CREATE TABLE "_tmp" ( "id" INTEGER NOT NULL , "name" VARCHAR(5) , PRIMARY KEY ("id") )`);
    await driver.exec(`DROP TABLE t`);
    await driver.exec(`ALTER TABLE "_tmp" RENAME TO t`);
    expect(diffSnapshots(before, await snap())).toEqual({ added: [], removed: [], changed: [] });
  } finally {
    await driver.close();
  }
});

/** The version table statements: Alembic's exact text, schema-qualified when asked, and valid on every server. */

import { afterAll, describe, expect, test } from "bun:test";
import type { Dialect } from "../../core/dialect.ts";
import { mariadbDialect, mysqlDialect } from "../../dialects/mysql/dialect.ts";
import { postgresqlDialect } from "../../dialects/postgresql/dialect.ts";
import { sqliteDialect } from "../../dialects/sqlite/dialect.ts";
import { mariadbDatabase, MYSQL_URL, POSTGRES_URL, postgresSchema, reachable, sqliteFile, type TestDb } from "../golden/databases.ts";

const pgAdmin = await reachable(POSTGRES_URL);
const myAdmin = await reachable(MYSQL_URL);
afterAll(async () => {
  await pgAdmin?.close();
  await myAdmin?.close();
});

describe("version table SQL", () => {
  test("the exact statements, the same on every dialect", () => {
    for (const d of [postgresqlDialect, mysqlDialect, sqliteDialect]) {
      const v = d.versionTable;
      expect(v.create("mig_version")).toBe(
        "CREATE TABLE mig_version (\n    version_num VARCHAR(32) NOT NULL,\n    CONSTRAINT mig_version_pkc PRIMARY KEY (version_num)\n)",
      );
      expect(v.insert("mig_version", "x")).toBe("INSERT INTO mig_version (version_num) VALUES ('x')");
      expect(v.update("mig_version", "a", "b")).toBe("UPDATE mig_version SET version_num='b' WHERE mig_version.version_num = 'a'");
      expect(v.delete("mig_version", "a")).toBe("DELETE FROM mig_version WHERE mig_version.version_num = 'a'");
      expect(v.drop("mig_version")).toBe("DROP TABLE mig_version");
    }
  });

  test("schema-qualified, and quoted where the names need it", () => {
    const v = postgresqlDialect.versionTable;
    expect(v.create("alembic_version", "vs")).toBe(
      "CREATE TABLE vs.alembic_version (\n    version_num VARCHAR(32) NOT NULL,\n    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)",
    );
    expect(v.update("alembic_version", "a", "b", "vs")).toBe(
      "UPDATE vs.alembic_version SET version_num='b' WHERE vs.alembic_version.version_num = 'a'",
    );
    expect(v.delete("alembic_version", "a", "vs")).toBe("DELETE FROM vs.alembic_version WHERE vs.alembic_version.version_num = 'a'");
    expect(mysqlDialect.versionTable.insert("Versions", "x", "My DB")).toBe("INSERT INTO `My DB`.`Versions` (version_num) VALUES ('x')");
  });
});

async function lifecycle(dialect: Dialect, db: TestDb, schema?: string) {
  const v = dialect.versionTable;
  const read = async () => (await db.query(v.select("mig_version", schema))).map((r) => r.version_num).sort();
  expect(await db.query(v.exists("mig_version", schema))).toEqual([]);
  await db.exec(v.create("mig_version", schema));
  expect((await db.query(v.exists("mig_version", schema))).length).toBe(1);
  await db.exec(v.insert("mig_version", "aaaa", schema));
  await db.exec(v.insert("mig_version", "bbbb", schema));
  await db.exec(v.update("mig_version", "aaaa", "cccc", schema));
  expect(await read()).toEqual(["bbbb", "cccc"]);
  await db.exec(v.delete("mig_version", "bbbb", schema));
  expect(await read()).toEqual(["cccc"]);
  await db.exec(v.drop("mig_version", schema));
  expect(await db.query(v.exists("mig_version", schema))).toEqual([]);
}

describe("version table on the servers", () => {
  test("postgresql, in the current schema and in a named one", async () => {
    if (!pgAdmin) return;
    const db = await postgresSchema(pgAdmin);
    try {
      await lifecycle(postgresqlDialect, db);
      await lifecycle(postgresqlDialect, db, db.namespace);
    } finally {
      await db.dispose();
    }
  });
  test("mariadb", async () => {
    if (!myAdmin) return;
    const db = await mariadbDatabase(myAdmin);
    try {
      await lifecycle(mariadbDialect, db);
      await lifecycle(mariadbDialect, db, db.namespace);
    } finally {
      await db.dispose();
    }
  });
  test("sqlite", async () => {
    const db = await sqliteFile();
    try {
      await lifecycle(sqliteDialect, db);
      await lifecycle(sqliteDialect, db, "main");
    } finally {
      await db.dispose();
    }
  });
});

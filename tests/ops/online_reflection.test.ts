/**
 * What online runs read before compiling: MySQL restates a column's default, comment,
 * nullability and AUTO_INCREMENT in MODIFY/CHANGE from the catalog when the script didn't
 * give them; PostgreSQL drops an enum type with the last table or column using it even
 * when the type was created by an earlier run.
 */

import { afterAll, describe, expect, test } from "bun:test";
import { createCompileContext, op, t } from "../../core/ops/mod.ts";
import { mariadbDialect } from "../../dialects/mysql/dialect.ts";
import { postgresqlDialect } from "../../dialects/postgresql/dialect.ts";
import { myColumns, pgTypes } from "../golden/catalog.ts";
import { mariadbDatabase, MYSQL_URL, POSTGRES_URL, postgresSchema, reachable } from "../golden/databases.ts";
import { runOnline } from "./online.ts";
import { record } from "./sink.ts";

const pgAdmin = await reachable(POSTGRES_URL);
const myAdmin = await reachable(MYSQL_URL);
afterAll(async () => {
  await pgAdmin?.close();
  await myAdmin?.close();
});

describe("MySQL alterColumn online carries what MODIFY would reset", () => {
  test("type change keeps default, comment, NOT NULL and AUTO_INCREMENT", async () => {
    if (!myAdmin) return;
    const db = await mariadbDatabase(myAdmin);
    try {
      await runOnline(mariadbDialect, db, () =>
        op.createTable("acct", [
          t.column("id", t.integer(), { primaryKey: true }),
          t.column("name", t.string(20), { nullable: false, serverDefault: "it's", comment: "who's" }),
          t.column("at", t.dateTime(), { serverDefault: t.sql("CURRENT_TIMESTAMP") }),
        ]));
      await db.exec("ALTER TABLE acct MODIFY at DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP");
      const executed = await runOnline(mariadbDialect, db, () => {
        op.alterColumn("acct", "name", { type: t.string(60) });
        op.alterColumn("acct", "id", { type: t.bigInteger() });
        op.alterColumn("acct", "at", { nullable: false, newName: "stamp" });
      });
      expect(executed).toEqual([
        "ALTER TABLE acct MODIFY name VARCHAR(60) NOT NULL DEFAULT 'it''s' COMMENT 'who''s'",
        "ALTER TABLE acct MODIFY id BIGINT NOT NULL AUTO_INCREMENT",
        "ALTER TABLE acct CHANGE at stamp datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()",
      ]);
      expect((await myColumns(db, "acct")).map((c) => [c.name, c.type, c.nullable, c.default, c.comment, c.extra])).toEqual([
        ["id", "bigint(20)", 0, null, "", "auto_increment"],
        ["name", "varchar(60)", 0, "'it''s'", "who's", ""],
        ["stamp", "datetime", 0, "current_timestamp()", "", "on update current_timestamp()"],
      ]);
    } finally {
      await db.dispose();
    }
  });

  test("the same op offline states what it lacks", () => {
    const ctx = createCompileContext({ offline: true });
    const [node] = record(() => op.alterColumn("acct", "name", { type: t.string(60) }), "mysql").nodes;
    if (!node) throw new Error("no node");
    expect(mariadbDialect.reflectionNeeds(node, ctx)).toEqual([]);
    expect(mariadbDialect.reflectionNeeds(node, createCompileContext({ offline: false }))).toEqual([{ table: "acct" }]);
    // The type is given, so offline compiles with Alembic's assumptions for the rest.
    expect(mariadbDialect.compile(node, ctx)).toEqual(["ALTER TABLE acct MODIFY name VARCHAR(60) NULL"]);
  });
});

describe("PostgreSQL enum types dropped online from the catalog", () => {
  test("a later run's dropTable/dropColumn drop types no other column uses", async () => {
    if (!pgAdmin) return;
    const db = await postgresSchema(pgAdmin);
    try {
      await runOnline(postgresqlDialect, db, () => {
        op.createTable("a", [t.column("m", t.enum(["x", "y"], { name: "mood" })), t.column("k", t.enum(["p"], { name: "kind" }))]);
        op.createTable("b", [t.column("m", t.enum(["x", "y"], { name: "mood", create: false }))]);
      });
      expect(await pgTypes(db)).toEqual(["kind", "mood"]);
      // A new run: nothing in the memo, the catalog decides.
      const dropped = await runOnline(postgresqlDialect, db, () => op.dropTable("a"));
      expect(dropped).toEqual(["DROP TABLE a", "DROP TYPE kind"]);
      expect(await pgTypes(db)).toEqual(["mood"]);
      const third = await runOnline(postgresqlDialect, db, () => op.dropColumn("b", "m"));
      expect(third).toEqual(["ALTER TABLE b DROP COLUMN m", "DROP TYPE mood"]);
      expect(await pgTypes(db)).toEqual([]);
    } finally {
      await db.dispose();
    }
  });
});

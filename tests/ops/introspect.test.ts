/**
 * Introspection reads back what the compilers created: columns (types as the server
 * prints them), nullability, defaults, comments, keys, unique/check/foreign constraints,
 * indexes; enum usage on PostgreSQL; triggers and AUTOINCREMENT on SQLite.
 */

import { afterAll, describe, expect, test } from "bun:test";
import type { Dialect } from "../../core/dialect.ts";
import { NoSuchTableError } from "../../core/dialect.ts";
import { op, renderSqlText, t, type TableDefinition } from "./introspect_support.ts";
import { mariadbDialect } from "../../dialects/mysql/dialect.ts";
import { postgresqlDialect } from "../../dialects/postgresql/dialect.ts";
import { sqliteDialect } from "../../dialects/sqlite/dialect.ts";
import { mariadbDatabase, MYSQL_URL, POSTGRES_URL, postgresSchema, reachable, sqliteFile, type TestDb } from "../golden/databases.ts";
import { runOnline } from "./online.ts";

const pgAdmin = await reachable(POSTGRES_URL);
const myAdmin = await reachable(MYSQL_URL);
afterAll(async () => {
  await pgAdmin?.close();
  await myAdmin?.close();
});

const create = () => {
  op.createTable("parent", [t.column("id", t.integer(), { primaryKey: true })]);
  op.createTable("item", [
    t.column("id", t.integer(), { primaryKey: true }),
    t.column("name", t.string(50), { nullable: false, serverDefault: "it's", comment: "the name" }),
    t.column("mood", t.enum(["up", "down"], { name: "mood" })),
    t.column("parent_id", t.integer()),
    t.column("qty", t.integer(), { serverDefault: t.sql("0") }),
    t.unique(["name", "qty"], { name: "uq_item_name_qty" }),
    t.check("qty >= 0", { name: "ck_item_qty" }),
    t.foreignKey(["parent_id"], "parent", ["id"], { name: "fk_item_parent", onDelete: "CASCADE" }),
    t.index("ix_item_qty", ["qty"]),
  ], { comment: "items" });
};

/** The parts every dialect reports the same way. */
function common(def: TableDefinition) {
  const by = (kind: string) => def.constraints.filter((c) => c.kind === kind);
  return {
    columns: def.columns.map((c) => [c.name, c.nullable, c.primaryKey]),
    unique: by("unique").map((c) => c.kind === "unique" && [c.name, c.columns]),
    checks: by("check").map((c) => c.name),
    foreignKeys: by("foreignKey").map((c) => c.kind === "foreignKey" && [c.name, c.columns, c.refTable, c.refColumns, c.onDelete]),
    indexes: def.indexes.map((i) => [i.name, i.columns, i.unique]),
  };
}

const EXPECTED = {
  columns: [["id", false, true], ["name", false, false], ["mood", true, false], ["parent_id", true, false], ["qty", true, false]],
  unique: [["uq_item_name_qty", ["name", "qty"]]],
  checks: ["ck_item_qty"],
  foreignKeys: [["fk_item_parent", ["parent_id"], "parent", ["id"], "CASCADE"]],
  indexes: [["ix_item_qty", ["qty"], false]],
};

async function introspected(dialect: Dialect, db: TestDb): Promise<TableDefinition> {
  await runOnline(dialect, db, create);
  return await dialect.introspect((sql, params) => db.query(sql, params), "item");
}

describe("introspect", () => {
  test("postgresql", async () => {
    if (!pgAdmin) return;
    const db = await postgresSchema(pgAdmin);
    try {
      const def = await introspected(postgresqlDialect, db);
      expect(common(def)).toEqual(EXPECTED);
      expect(def.columns.map((c) => (c.type.kind === "raw" ? c.type.sql : c.type.kind))).toEqual([
        "integer", "character varying(50)", "enum", "integer", "integer",
      ]);
      expect(def.columns[2]?.type).toEqual({ kind: "enum", name: "mood", values: ["up", "down"], create: false });
      expect(def.enumUsage).toEqual({ mood: 1 });
      expect(def.columns.map((c) => c.serverDefault && renderSqlText(c.serverDefault))).toEqual([
        "nextval('item_id_seq'::regclass)", "'it''s'::character varying", undefined, undefined, "0",
      ]);
      expect([def.comment, def.columns[1]?.comment]).toEqual(["items", "the name"]);
      expect(def.constraints.find((c) => c.kind === "check")).toMatchObject({ condition: { parts: ["qty >= 0"] } });
      await expect(postgresqlDialect.introspect((s, p) => db.query(s, p), "nothing")).rejects.toBeInstanceOf(NoSuchTableError);
    } finally {
      await db.dispose();
    }
  });

  test("mariadb", async () => {
    if (!myAdmin) return;
    const db = await mariadbDatabase(myAdmin);
    try {
      const def = await introspected(mariadbDialect, db);
      expect(common(def)).toEqual(EXPECTED);
      expect(def.columns.map((c) => c.type.kind === "raw" && c.type.sql)).toEqual([
        "int(11)", "varchar(50)", "enum('up','down')", "int(11)", "int(11)",
      ]);
      expect(def.columns.map((c) => c.serverDefault && renderSqlText(c.serverDefault))).toEqual([undefined, "'it''s'", undefined, undefined, "0"]);
      expect([def.columns[0]?.autoincrement, def.comment, def.columns[1]?.comment]).toEqual([true, "items", "the name"]);
      await expect(mariadbDialect.introspect((s, p) => db.query(s, p), "nothing")).rejects.toBeInstanceOf(NoSuchTableError);
    } finally {
      await db.dispose();
    }
  });

  test("sqlite", async () => {
    const db = await sqliteFile();
    try {
      const def = await introspected(sqliteDialect, db);
      expect(common(def)).toEqual(EXPECTED);
      expect(def.columns.map((c) => c.type.kind === "raw" && c.type.sql)).toEqual(["INTEGER", "VARCHAR(50)", "VARCHAR(4)", "INTEGER", "INTEGER"]);
      expect(def.columns.map((c) => c.serverDefault && renderSqlText(c.serverDefault))).toEqual([undefined, "'it''s'", undefined, undefined, "0"]);
      await db.exec("CREATE TRIGGER tr AFTER DELETE ON item BEGIN SELECT 1; END");
      await db.exec("CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, \"We\"\"ird\" TEXT CONSTRAINT ck_w CHECK (\"We\"\"ird\" <> 'a,b)'))");
      const again = await sqliteDialect.introspect((s, p) => db.query(s, p), "item");
      expect(again.triggers).toEqual(["CREATE TRIGGER tr AFTER DELETE ON item BEGIN SELECT 1; END"]);
      const seq = await sqliteDialect.introspect((s, p) => db.query(s, p), "seq");
      expect(seq.columns.map((c) => [c.name, c.autoincrement ?? false])).toEqual([["id", true], ['We"ird', false]]);
      expect(seq.constraints.filter((c) => c.kind === "check")).toEqual([
        { kind: "check", name: "ck_w", condition: { kind: "sql", parts: ["\"We\"\"ird\" <> 'a,b)'"] } },
      ]);
      await expect(sqliteDialect.introspect((s, p) => db.query(s, p), "nothing")).rejects.toBeInstanceOf(NoSuchTableError);
    } finally {
      await db.dispose();
    }
  });
});

/** Golden cases: creating, dropping and renaming tables, with every type and column option. */

import { expect } from "bun:test";
import { op, t } from "../../core/ops/mod.ts";
import type { GoldenCase } from "./case.ts";
import {
  liteColumns, liteForeignKeys, liteIndexes, liteSql, myColumns, myConstraints, myIndexes, myTableComment, pgColumns,
  pgConstraints, pgIndexes, pgTableComment, pgTypes, pluck,
} from "./catalog.ts";

const parent = () => op.createTable("parent", [t.column("id", t.integer(), { primaryKey: true })]);

export const TABLE_CASES: GoldenCase[] = [
  {
    name: "create_table_basic",
    doc: "createTable with an integer primary key (SERIAL / AUTO_INCREMENT), NOT NULL and nullable columns",
    run: () =>
      op.createTable("account", [
        t.column("id", t.integer(), { primaryKey: true }),
        t.column("name", t.string(50), { nullable: false }),
        t.column("description", t.string(200)),
      ]),
    check: {
      postgresql: async (db) => {
        const cols = await pgColumns(db, "account");
        expect(pluck(cols, "type")).toEqual(["integer", "character varying(50)", "character varying(200)"]);
        expect(pluck(cols, "nullable")).toEqual([false, false, true]);
        expect(String(cols[0]?.default)).toMatch(/^nextval\('account_id_seq'::regclass\)$/);
      },
      mariadb: async (db) => {
        const cols = await myColumns(db, "account");
        expect(pluck(cols, "type")).toEqual(["int(11)", "varchar(50)", "varchar(200)"]);
        expect(pluck(cols, "nullable")).toEqual([0, 0, 1]);
        expect(cols[0]?.extra).toBe("auto_increment");
      },
      sqlite: async (db) => {
        const cols = await liteColumns(db, "account");
        expect(pluck(cols, "type")).toEqual(["INTEGER", "VARCHAR(50)", "VARCHAR(200)"]);
        expect(pluck(cols, "pk")).toEqual([1, 0, 0]);
        // INTEGER + table-level PRIMARY KEY(id) is SQLite's rowid alias: ids are assigned.
        await db.exec("INSERT INTO account (name) VALUES ('x')");
        expect(await db.query("SELECT id FROM account")).toEqual([{ id: 1 }]);
      },
    },
  },
  {
    name: "create_table_types",
    doc: "every t.* type, rendered per dialect",
    run: () =>
      op.createTable("typed", [
        t.column("i", t.integer()), t.column("bi", t.bigInteger()), t.column("si", t.smallInteger()),
        t.column("s", t.string(20)), t.column("tx", t.text()), t.column("b", t.boolean()),
        t.column("dt", t.dateTime()), t.column("dtz", t.dateTime({ timezone: true })), t.column("d", t.date()),
        t.column("tm", t.time()), t.column("n", t.numeric(10, 2)), t.column("n1", t.numeric(5)), t.column("n0", t.numeric()),
        t.column("f", t.float()), t.column("j", t.json()), t.column("u", t.uuid()), t.column("bin", t.binary()),
        t.column("e", t.enum(["red", "green", "blue-ish"], { name: "colour" })), t.column("r", t.raw("SMALLINT")),
      ]),
    check: {
      postgresql: async (db) =>
        expect(pluck(await pgColumns(db, "typed"), "type")).toEqual([
          "integer", "bigint", "smallint", "character varying(20)", "text", "boolean", "timestamp without time zone",
          "timestamp with time zone", "date", "time without time zone", "numeric(10,2)", "numeric(5,0)", "numeric",
          "double precision", "json", "uuid", "bytea", "colour", "smallint",
        ]),
      mariadb: async (db) =>
        expect(pluck(await myColumns(db, "typed"), "type")).toEqual([
          "int(11)", "bigint(20)", "smallint(6)", "varchar(20)", "text", "tinyint(1)", "datetime", "datetime", "date",
          "time", "decimal(10,2)", "decimal(5,0)", "decimal(10,0)", "float", "longtext", "char(32)", "blob",
          "enum('red','green','blue-ish')", "smallint(6)",
        ]),
      sqlite: async (db) =>
        expect(pluck(await liteColumns(db, "typed"), "type")).toEqual([
          "INTEGER", "BIGINT", "SMALLINT", "VARCHAR(20)", "TEXT", "BOOLEAN", "DATETIME", "DATETIME", "DATE", "TIME",
          "NUMERIC(10, 2)", "NUMERIC(5)", "NUMERIC", "FLOAT", "JSON", "CHAR(32)", "BLOB", "VARCHAR(8)", "SMALLINT",
        ]),
    },
  },
  {
    name: "create_table_pg_types",
    doc: "t.raw with a PostgreSQL-only type (runs on PostgreSQL only)",
    run: () => op.createTable("docs", [t.column("id", t.integer(), { primaryKey: true }), t.column("body", t.raw("tsvector"))]),
    executeOn: ["postgresql"],
  },
  {
    name: "create_table_string_without_length",
    doc: "t.string() without a length: fine where VARCHAR needs none, an error on MySQL",
    run: () => op.createTable("loose", [t.column("s", t.string())]),
  },
  {
    name: "create_table_constraints",
    doc: "composite and named primary key, unique (deferrable), check, foreign keys with actions, column shorthands",
    setup: parent,
    run: () =>
      op.createTable("child", [
        t.column("a", t.integer()), t.column("b", t.integer()),
        t.column("parent_id", t.integer(), { references: "parent.id" }),
        t.column("code", t.string(10), { unique: true }),
        t.column("email", t.string(100), { unique: true, index: true }),
        t.column("label", t.string(20), { index: true }),
        t.column("qty", t.integer()), t.column("other_parent", t.integer()),
        t.primaryKey(["a", "b"], { name: "pk_child" }),
        t.unique(["qty", "label"], { name: "uq_child_qty_label", deferrable: true, initially: "DEFERRED" }),
        t.check("qty > 0", { name: "ck_child_qty" }),
        t.foreignKey(["other_parent"], "parent", ["id"], {
          name: "fk_child_other", onDelete: "CASCADE", onUpdate: "set null", deferrable: true, initially: "deferred",
        }),
        t.index("ix_child_ab", ["a", "b"], { unique: true }),
      ]),
    check: {
      postgresql: async (db) => {
        const cons = await pgConstraints(db, "child");
        expect(cons.map((c) => `${c.type} ${c.name}`).filter((c) => !c.includes("_key") && !c.includes("_fkey"))).toEqual([
          "c ck_child_qty", "f fk_child_other", "p pk_child", "u uq_child_qty_label",
        ]);
        expect(cons.find((c) => c.name === "fk_child_other")?.def).toBe(
          "FOREIGN KEY (other_parent) REFERENCES parent(id) ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED",
        );
        expect(cons.filter((c) => c.type === "f").length).toBe(2);
        expect(pluck(await pgIndexes(db, "child"), "name")).toEqual([
          "child_code_key", "ix_child_ab", "ix_child_email", "ix_child_label", "pk_child", "uq_child_qty_label",
        ]);
        expect(pluck(await pgColumns(db, "child"), "nullable")).toEqual([false, false, true, true, true, true, true, true]);
      },
      mariadb: async (db) => {
        const cons = await myConstraints(db, "child");
        expect(cons.map((c) => `${c.type} ${c.name}`)).toEqual([
          "FOREIGN KEY child_ibfk_1", "CHECK ck_child_qty", "UNIQUE code", "FOREIGN KEY fk_child_other", "UNIQUE ix_child_ab",
          "UNIQUE ix_child_email", "PRIMARY KEY PRIMARY", "UNIQUE uq_child_qty_label",
        ]);
        expect(pluck(await myIndexes(db, "child"), "name")).toContain("ix_child_label");
      },
      sqlite: async (db) => {
        const fks = await liteForeignKeys(db, "child");
        expect(fks.map((f) => `${f.from}->${f.table}.${f.to} ${f.on_delete}/${f.on_update}`).sort()).toEqual([
          "other_parent->parent.id CASCADE/SET NULL", "parent_id->parent.id NO ACTION/NO ACTION",
        ]);
        const idx = await liteIndexes(db, "child");
        expect(idx.filter((i) => i.origin === "c").map((i) => `${i.name}:${i.columns}:${i.unique}`)).toEqual([
          "ix_child_ab:a,b:1", "ix_child_email:email:1", "ix_child_label:label:0",
        ]);
        expect(await liteSql(db, "child")).toContain("CONSTRAINT ck_child_qty CHECK (qty > 0)");
      },
    },
  },
  {
    name: "create_table_comment",
    doc: "table and column comments: COMMENT ON (PostgreSQL), inline (MySQL), dropped silently (SQLite has none)",
    run: () =>
      op.createTable("noted", [
        t.column("id", t.integer(), { primaryKey: true, comment: "the key" }),
        t.column("note", t.text(), { comment: "it's \"quoted\" \\ here" }),
      ], { comment: "a table's comment" }),
    check: {
      postgresql: async (db) => {
        expect(await pgTableComment(db, "noted")).toBe("a table's comment");
        expect(pluck(await pgColumns(db, "noted"), "comment")).toEqual(["the key", "it's \"quoted\" \\ here"]);
      },
      mariadb: async (db) => {
        expect(await myTableComment(db, "noted")).toBe("a table's comment");
        expect(pluck(await myColumns(db, "noted"), "comment")).toEqual(["the key", "it's \"quoted\" \\ here"]);
      },
    },
  },
  {
    name: "create_table_if_not_exists",
    doc: "createTable ifNotExists on a table that already exists is a no-op",
    setup: parent,
    run: () => op.createTable("parent", [t.column("id", t.integer(), { primaryKey: true })], { ifNotExists: true }),
  },
  {
    name: "create_table_if_not_exists_enum",
    doc: "createTable ifNotExists with an enum: CREATE TYPE has no IF NOT EXISTS, so PostgreSQL tolerates an existing type",
    run: () =>
      op.createTable("flagged", [t.column("state", t.enum(["on", "off"], { name: "state" }))], { ifNotExists: true }),
    check: { postgresql: async (db) => expect(await pgTypes(db)).toEqual(["state"]) },
  },
  {
    name: "create_table_defaults",
    doc: "server defaults: strings are escaped literals, t.sql is an expression, op.inlineLiteral a literal",
    run: () => {
      op.createTable("defaults", [
        t.column("id", t.integer(), { primaryKey: true }),
        t.column("s", t.string(40), { serverDefault: "it's a \\ back'slash ☃" }),
        t.column("n", t.integer(), { serverDefault: t.sql("7") }),
        t.column("m", t.integer(), { serverDefault: op.inlineLiteral(42) }),
        t.column("flag", t.boolean(), { serverDefault: t.sql("false"), nullable: false }),
        t.column("at", t.dateTime(), { serverDefault: t.sql("CURRENT_TIMESTAMP") }),
        t.column("tpl", t.string(20), { serverDefault: t.sql`${"x'y"}` }),
      ]);
      op.bulkInsert("defaults", [{ id: 1 }]);
    },
    check: Object.fromEntries((["postgresql", "mariadb", "sqlite"] as const).map((server) => [server, async (db) => {
      const [row] = await db.query("SELECT s, n, m, flag, tpl, at FROM defaults");
      expect({ ...row, at: undefined, flag: Boolean(row?.flag) } as Record<string, unknown>).toEqual({
        s: "it's a \\ back'slash ☃", n: 7, m: 42, flag: false, tpl: "x'y", at: undefined,
      });
      expect(row?.at).not.toBeNull();
    }])),
  },
  {
    name: "create_table_enum",
    doc: "t.enum: a named type created first on PostgreSQL, ENUM(...) on MySQL, VARCHAR on SQLite",
    run: () =>
      op.createTable("person", [
        t.column("id", t.integer(), { primaryKey: true }),
        t.column("mood", t.enum(["happy", "it's ok"], { name: "mood" }), { nullable: false }),
      ]),
    check: {
      postgresql: async (db) => {
        expect(await pgTypes(db)).toEqual(["mood"]);
        expect(pluck(await pgColumns(db, "person"), "type")).toEqual(["integer", "mood"]);
      },
      mariadb: async (db) => expect(pluck(await myColumns(db, "person"), "type")).toEqual(["int(11)", "enum('happy','it''s ok')"]),
    },
  },
  {
    name: "drop_table_drops_enum",
    doc: "dropTable of a table created earlier in the run drops the enum type it created (PostgreSQL)",
    setup: () =>
      op.createTable("person", [t.column("id", t.integer(), { primaryKey: true }), t.column("mood", t.enum(["a", "b"], { name: "mood" }))]),
    run: () => op.dropTable("person"),
    check: { postgresql: async (db) => expect(await pgTypes(db)).toEqual([]) },
  },
  {
    name: "shared_enum",
    doc: "two tables share an enum: created once, dropped with the last table using it",
    run: () => {
      const mood = t.enum(["a", "b"], { name: "mood" });
      op.createTable("one", [t.column("m", mood)]);
      op.createTable("two", [t.column("m", mood)]);
      op.dropTable("one");
      op.dropTable("two");
    },
    check: { postgresql: async (db) => expect(await pgTypes(db)).toEqual([]) },
  },
  {
    name: "create_table_autoincrement",
    doc: "autoincrement: BIGSERIAL/SMALLSERIAL, none for composite keys or autoincrement false, AUTOINCREMENT on SQLite when asked",
    run: () => {
      op.createTable("big", [t.column("id", t.bigInteger(), { primaryKey: true })]);
      op.createTable("small", [t.column("id", t.smallInteger(), { primaryKey: true })]);
      op.createTable("pair", [t.column("a", t.integer(), { primaryKey: true }), t.column("b", t.integer(), { primaryKey: true })]);
      op.createTable("manual", [t.column("id", t.integer(), { primaryKey: true, autoincrement: false })]);
      op.createTable("strict", [t.column("id", t.integer(), { primaryKey: true, autoincrement: true })]);
    },
    check: {
      postgresql: async (db) => {
        expect(String((await pgColumns(db, "big"))[0]?.default)).toContain("nextval");
        expect((await pgColumns(db, "manual"))[0]?.default).toBeNull();
      },
      mariadb: async (db) => {
        expect((await myColumns(db, "big"))[0]?.extra).toBe("auto_increment");
        expect((await myColumns(db, "pair"))[0]?.extra).toBe("");
      },
      sqlite: async (db) => expect(await liteSql(db, "strict")).toContain("id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT"),
    },
  },
  {
    name: "schema_qualified",
    doc: "ops on a table in another schema (PostgreSQL schema, MySQL database, SQLite attached database)",
    run: () => {
      op.createTable("s", [t.column("id", t.integer(), { primaryKey: true }), t.column("c", t.integer(), { index: true })], { schema: "other" });
      op.addColumn("s", t.column("d", t.integer()), { schema: "other" });
      op.renameTable("s", "s2", { schema: "other" });
      op.createIndex("ix_s2_d", "s2", ["d"], { schema: "other" });
      op.dropIndex("ix_s2_d", { table: "s2", schema: "other" });
      op.bulkInsert("s2", [{ id: 1, c: 2 }], { schema: "other" });
      op.dropTable("s2", { schema: "other" });
    },
    executeOn: [],
  },
  {
    name: "drop_table",
    doc: "dropTable, and dropTable ifExists on a missing table",
    setup: parent,
    run: () => {
      op.dropTable("parent");
      op.dropTable("never_there", { ifExists: true });
    },
  },
  {
    name: "rename_table",
    doc: "renameTable",
    setup: parent,
    run: () => op.renameTable("parent", "ancestor"),
    check: { sqlite: async (db) => expect(await liteSql(db, "ancestor")).toContain("CREATE TABLE") },
  },
];

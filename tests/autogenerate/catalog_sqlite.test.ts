/**
 * The SQLite catalog read from SQL-made schemas: every feature in its exact shape, the
 * version table and sqlite_* tables left out, a second read deep-equal to the first, and
 * spellings that mean the same (type name case and spacing, the rowid-alias key written
 * several ways, mig's own compiled table) reading back alike.
 */
import { afterAll, expect, test } from "bun:test";
import { op } from "../../core/ops/op.ts";
import { t } from "../../core/ops/t.ts";
import { capture, compileAll, offlineContext } from "../golden/capture.ts";
import { type CatalogEngine, openCatalogEngine } from "../support/catalog_engine.ts";
import { col, sql } from "../support/catalog_shapes.ts";

const opened: CatalogEngine[] = [];
afterAll(async () => {
  for (const e of opened) await e.dispose();
});
async function open(): Promise<CatalogEngine> {
  const e = (await openCatalogEngine("sqlite"))!;
  opened.push(e);
  return e;
}

test("every feature in its shape; read twice alike", async () => {
  const e = await open();
  await e.run(`CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name VARCHAR(50) NOT NULL DEFAULT 'anon',
  age int CONSTRAINT ck_age CHECK (age >= 0),
  created DATETIME DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT uq_users_name UNIQUE (name)
);
CREATE TABLE posts (
  id integer PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER CONSTRAINT fk_posts_user REFERENCES users (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  body text
);
CREATE INDEX ix_posts_user ON posts (user_id) WHERE user_id > 0;
CREATE UNIQUE INDEX ix_posts_lower ON posts (lower(body));
CREATE TABLE mig_version (version_num varchar(32) PRIMARY KEY)`);
  const catalog = await e.catalog({ exclude: [{ table: "mig_version" }] });
  expect(catalog).toMatchObject({ dialect: "sqlite", schemas: [], enums: [] });
  // posts has AUTOINCREMENT, so sqlite_sequence exists and is still left out.
  expect(catalog.tables.map((x) => x.name)).toEqual(["posts", "users"]);
  const [posts, users] = catalog.tables;
  expect(users!.columns).toEqual([
    col("id", "INTEGER", { nullable: false, primaryKey: true }),
    col("name", "VARCHAR(50)", { nullable: false, serverDefault: "'anon'" }),
    col("age", "INT"),
    col("created", "DATETIME", { serverDefault: "CURRENT_TIMESTAMP" }),
  ]);
  expect(users!.constraints).toEqual([
    { kind: "primaryKey", columns: ["id"] },
    { kind: "unique", columns: ["name"], name: "uq_users_name" },
    { kind: "check", condition: sql("age >= 0"), name: "ck_age" },
  ]);
  expect(posts!.columns[0]).toEqual(col("id", "INTEGER", { nullable: false, primaryKey: true, autoincrement: true }));
  expect(posts!.constraints[1]).toEqual({
    kind: "foreignKey", columns: ["user_id"], refTable: "users", refColumns: ["id"], name: "fk_posts_user",
    onDelete: "CASCADE", deferrable: true, initially: "DEFERRED",
  });
  // Indexes by name, kept as their CREATE INDEX text where they have an expression or predicate.
  expect(posts!.indexes).toEqual([
    { kind: "index", name: "ix_posts_lower", columns: [], unique: true, sql: "CREATE UNIQUE INDEX ix_posts_lower ON posts (lower(body))" },
    { kind: "index", name: "ix_posts_user", columns: [], unique: false, sql: "CREATE INDEX ix_posts_user ON posts (user_id) WHERE user_id > 0" },
  ]);
  expect(await e.catalog({ exclude: [{ table: "mig_version" }] })).toEqual(catalog);
  expect((await e.catalog()).tables.map((x) => x.name)).toEqual(["mig_version", "posts", "users"]);
});

test("spellings that mean the same read back alike, mig's compiled table included", async () => {
  const [a, b, c] = [await open(), await open(), await open()];
  await a.run(`CREATE TABLE k (id INTEGER PRIMARY KEY NOT NULL, n varchar(5), d Numeric(10,2), s text)`);
  await b.run(`CREATE TABLE "k" ("id" integer not null, "n" VARCHAR (5), "d" NUMERIC(10, 2), s TEXT, PRIMARY KEY ("id"))`);
  const nodes = capture("sqlite", () =>
    op.createTable("k", [t.column("id", t.integer(), { primaryKey: true }), t.column("n", t.string(5)), t.column("d", t.numeric(10, 2)), t.column("s", t.text())]));
  const compiled = compileAll("sqlite", nodes, offlineContext());
  if (!compiled.ok) throw compiled.error;
  for (const statement of compiled.statements) await c.driver.exec(statement);
  const [ca, cb, cc] = [await a.catalog(), await b.catalog(), await c.catalog()];
  expect(cb).toEqual(ca);
  expect(cc).toEqual(ca);
  expect(ca.tables[0]!.columns[0]).toEqual(col("id", "INTEGER", { nullable: false, primaryKey: true }));
});

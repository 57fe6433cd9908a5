/**
 * The MySQL-dialect catalog read from SQL-made schemas on the local MariaDB: every feature
 * in its exact shape (UNIQUE keys as constraints, a foreign key's own index part of the
 * key, JSON as `json` without MariaDB's json_valid check), the version table left out, a
 * second read deep-equal to the first, and spellings that mean the same reading back alike.
 */
import { afterAll, expect, test } from "bun:test";
import { type CatalogEngine, openCatalogEngine } from "../support/catalog_engine.ts";
import { col, sql } from "../support/catalog_shapes.ts";

const opened: CatalogEngine[] = [];
afterAll(async () => {
  for (const e of opened) await e.dispose();
});
async function open(): Promise<CatalogEngine | undefined> {
  const e = await openCatalogEngine("mariadb");
  if (e) opened.push(e);
  return e;
}

test("every feature in its shape; read twice alike", async () => {
  const e = await open();
  if (!e) return;
  await e.run(`CREATE TABLE users (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL DEFAULT 'anon' COMMENT 'display name',
  age INT,
  doc JSON,
  flag BOOLEAN DEFAULT TRUE,
  mood ENUM('sad','ok') DEFAULT 'ok',
  created TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  price DECIMAL(10,2),
  CONSTRAINT uq_users_name UNIQUE (name),
  CONSTRAINT ck_age CHECK (age >= 0)
) COMMENT 'people';
CREATE INDEX ix_users_age ON users (age, flag);
CREATE TABLE posts (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT,
  CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE mig_version (version_num varchar(32) PRIMARY KEY);
CREATE TABLE other (doc JSON, age INT, CONSTRAINT ck_age CHECK (age < 10))`);
  const catalog = await e.catalog({ exclude: [{ table: "mig_version" }] });
  expect(catalog).toMatchObject({ dialect: "mysql", schemas: [], enums: [] });
  expect(catalog.tables.map((x) => x.name)).toEqual(["other", "posts", "users"]);
  const [other, posts, users] = catalog.tables;
  // MariaDB names checks per table: each table's own ck_age and json check, no other's.
  expect(other!.columns[0]).toEqual(col("doc", "json"));
  expect(other!.constraints).toEqual([{ kind: "check", name: "ck_age", condition: sql("`age` < 10") }]);
  expect(users!.comment).toBe("people");
  expect(users!.columns).toEqual([
    col("id", "int(11)", { nullable: false, primaryKey: true, autoincrement: true }),
    col("name", "varchar(50)", { nullable: false, serverDefault: "'anon'", comment: "display name" }),
    col("age", "int(11)"),
    col("doc", "json"),
    col("flag", "tinyint(1)", { serverDefault: "1" }),
    col("mood", "enum('sad','ok')", { serverDefault: "'ok'" }),
    col("created", "timestamp", { serverDefault: "current_timestamp()" }),
    col("price", "decimal(10,2)"),
  ]);
  expect(users!.constraints).toEqual([
    { kind: "primaryKey", columns: ["id"] },
    { kind: "check", name: "ck_age", condition: sql("`age` >= 0") },
    { kind: "unique", name: "uq_users_name", columns: ["name"] },
  ]);
  expect(users!.indexes).toEqual([{ kind: "index", name: "ix_users_age", unique: false, columns: ["age", "flag"] }]);
  expect(posts!.columns[0]).toEqual(col("id", "bigint(20)", { nullable: false, primaryKey: true, autoincrement: true }));
  expect(posts!.constraints[1]).toEqual({
    kind: "foreignKey", name: "fk_posts_user", columns: ["user_id"], refTable: "users", refColumns: ["id"], onDelete: "CASCADE", backingIndex: true,
  });
  expect(posts!.indexes).toEqual([]);
  expect(await e.catalog({ exclude: [{ table: "mig_version" }] })).toEqual(catalog);
  expect((await e.catalog()).tables.map((x) => x.name)).toEqual(["mig_version", "other", "posts", "users"]);
}, 60_000);

test("spellings that mean the same read back alike", async () => {
  const [a, b] = [await open(), await open()];
  if (!a || !b) return;
  await a.run(`CREATE TABLE k (id INT AUTO_INCREMENT PRIMARY KEY, flag BOOLEAN DEFAULT TRUE, n INTEGER DEFAULT 0,
  d DECIMAL(10,2), doc JSON, at DATETIME DEFAULT CURRENT_TIMESTAMP, name VARCHAR(20), UNIQUE KEY uq_name (name))`);
  await b.run(`CREATE TABLE k (id int(11) NOT NULL AUTO_INCREMENT, flag tinyint(1) DEFAULT 1, n int(11) DEFAULT '0',
  d numeric(10,2) DEFAULT NULL, doc longtext, at datetime DEFAULT now(),
  name character varying(20), PRIMARY KEY (id), CONSTRAINT uq_name UNIQUE (name), CONSTRAINT doc CHECK (json_valid(doc)))`);
  expect(await b.catalog()).toEqual(await a.catalog());
}, 60_000);

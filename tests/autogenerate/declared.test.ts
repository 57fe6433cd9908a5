/** The declared side of autogenerate: t.table, naming conventions, rename hints and the target loader. */
import { describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { declaredModule, loadTarget } from "../../core/autogenerate/declared/load_target.ts";
import { applyNamingConvention, parseNamingConvention } from "../../core/autogenerate/declared/naming.ts";
import { addRenameFlags } from "../../core/autogenerate/declared/rename_hints.ts";
import { t } from "../../core/ops/t.ts";

const CONVENTION = {
  ix: "ix_%(column_0_label)s",
  uq: "uq_%(table_name)s_%(column_0_N_name)s",
  ck: "ck_%(table_name)s_%(constraint_name)s",
  fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
  pk: "pk_%(table_name)s",
};

describe("naming conventions", () => {
  const posts = t.table("posts", [
    t.column("id", t.integer(), { primaryKey: true }),
    t.column("author_id", t.integer(), { references: "users.id", index: true }),
    t.column("slug", t.string(80)),
    t.column("lang", t.string(2)),
    t.unique(["slug", "lang"]),
    t.unique(["author_id"], { name: "one_post_each" }),
    t.check("length(slug) > 0", { name: "slug_not_empty" }),
    t.check("lang <> ''"),
  ]);

  test("unnamed constraints and column indexes get the convention's names; explicit names stay", () => {
    const named = applyNamingConvention(posts.definition, parseNamingConvention(CONVENTION, "schema.ts"), new Set(posts.derivedIndexes));
    expect(named.constraints.map((c) => c.name)).toEqual([
      "pk_posts", "uq_posts_slug_lang", "one_post_each", "ck_posts_slug_not_empty", undefined, "fk_posts_author_id_users",
    ]);
    expect(named.indexes.map((i) => i.name)).toEqual(["ix_posts_author_id"]);
  });

  test("without a convention nothing is renamed", () => {
    const named = applyNamingConvention(posts.definition, {}, new Set(posts.derivedIndexes));
    expect(named).toEqual(posts.definition);
  });

  test("unknown keys and tokens are refused with the file named", () => {
    expect(() => parseNamingConvention({ idx: "x" }, "db/schema.ts")).toThrow("db/schema.ts: namingConvention key 'idx' is not one of ix, uq, ck, fk, pk");
    expect(() => parseNamingConvention({ ix: "ix_%(colum_0_name)s" }, "db/schema.ts")).toThrow("unknown token '%(colum_0_name)s'");
    expect(() => parseNamingConvention("ix_%(table_name)s", "db/schema.ts")).toThrow("namingConvention must be an object");
  });
});

describe("schema modules", () => {
  const status = t.enum(["draft", "published"], { name: "post_status" });
  const users = t.table("users", [t.column("id", t.integer(), { primaryKey: true }), t.column("full_name", t.text(), { renamedFrom: "name" })], {
    renamedFrom: "accounts",
  });
  const audit = t.table("events", [t.column("id", t.bigInteger(), { primaryKey: true }), t.column("status", status)], { schema: "audit" });

  test("tables, enums, schemas and rename hints are collected from the exports", () => {
    const target = declaredModule("schema.ts", { users, audit, status, helper: 42, namingConvention: { pk: "pk_%(table_name)s" } }, "postgresql");
    if (target.kind !== "module") throw new Error("expected a module");
    expect(target.catalog.tables.map((x) => `${x.schema ?? ""}.${x.name}`)).toEqual([".users", "audit.events"]);
    expect(target.catalog.tables[0]!.constraints[0]!.name).toBe("pk_users");
    expect(target.catalog.schemas).toEqual(["audit"]);
    expect(target.catalog.enums).toEqual([{ name: "post_status", values: ["draft", "published"] }]);
    expect([...target.renames.tables]).toEqual([["users", "accounts"]]);
    expect([...target.renames.columns]).toEqual([["users.full_name", "name"]]);
  });

  test("one table declared twice under two exports is refused", () => {
    const again = t.table("users", [t.column("id", t.integer())]);
    expect(() => declaredModule("schema.ts", { users, again }, "postgresql")).toThrow("schema.ts: table 'users' is declared twice");
  });

  test("an enum declared with two value lists is refused", () => {
    const other = t.enum(["draft"], { name: "post_status" });
    const posts = t.table("posts", [t.column("s", other)]);
    expect(() => declaredModule("schema.ts", { audit, posts }, "postgresql")).toThrow("Enum type 'post_status' is declared with different values");
  });

  test("a .sql target is read as text; a missing or unsupported file is named", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-target-"));
    try {
      fs.writeFileSync(path.join(dir, "schema.sql"), "CREATE TABLE a (id integer);\n");
      const target = await loadTarget(path.join(dir, "schema.sql"), "sqlite");
      expect(target).toEqual({ kind: "sql", file: path.join(dir, "schema.sql"), sql: "CREATE TABLE a (id integer);\n" });
      await expect(loadTarget(path.join(dir, "nope.ts"), "sqlite")).rejects.toThrow(`target_schema: no such file '${path.join(dir, "nope.ts")}'`);
      fs.writeFileSync(path.join(dir, "schema.yaml"), "x: 1\n");
      await expect(loadTarget(path.join(dir, "schema.yaml"), "sqlite")).rejects.toThrow("must be a TypeScript module (.ts) or a SQL file (.sql)");
      fs.writeFileSync(path.join(dir, "bad.sql"), Buffer.from([0x43, 0x52, 0xff, 0x0a]));
      await expect(loadTarget(path.join(dir, "bad.sql"), "sqlite")).rejects.toThrow("is not valid UTF-8");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("--rename", () => {
  const none = { tables: new Map<string, string>(), columns: new Map<string, string>() };
  test("tables and columns", () => {
    const hints = addRenameFlags(none, ["accounts=users", "users.name=users.full_name"]);
    expect([...hints.tables]).toEqual([["users", "accounts"]]);
    expect([...hints.columns]).toEqual([["users.full_name", "name"]]);
  });
  test("malformed flags name themselves", () => {
    expect(() => addRenameFlags(none, ["users"])).toThrow("--rename 'users': expected old=new");
    expect(() => addRenameFlags(none, ["a.x=b.y"])).toThrow("--rename 'a.x=b.y': a column rename names the same table on both sides");
  });
});

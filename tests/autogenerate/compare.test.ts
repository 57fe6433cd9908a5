/**
 * The comparison on hand-built catalogs, per change kind and per dialect's capabilities,
 * and the renderer held to the replay: rendered text run as a script makes the same op
 * nodes as the calls replayed directly.
 */
import { describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Catalog } from "../../core/autogenerate/catalog.ts";
import { compareCatalogs } from "../../core/autogenerate/compare/mod.ts";
import { describeCalls } from "../../core/autogenerate/describe_calls.ts";
import type { AutogenCall } from "../../core/autogenerate/op_call.ts";
import { renderCalls } from "../../core/autogenerate/render_ts.ts";
import { replayCalls } from "../../core/autogenerate/replay.ts";
import { withOpSink } from "../../core/ops/context.ts";
import { op } from "../../core/ops/op.ts";
import type { OpNode } from "../../core/ops/op_node.ts";
import { sqlText } from "../../core/ops/sql.ts";
import { t } from "../../core/ops/t.ts";
import { defineTable, type TableElement } from "../../core/ops/table_definition.ts";
import { importUserModule } from "../../core/runtime/import_module.ts";
import { DIALECTS } from "../../dialects/mod.ts";

const raw = (sql: string) => t.raw(sql);
const table = (name: string, elements: TableElement[], options: { schema?: string; comment?: string } = {}) =>
  defineTable(name, elements, options);
const catalog = (tables: ReturnType<typeof table>[], extra: Partial<Catalog> = {}): Catalog =>
  ({ dialect: "postgresql", schemas: [], enums: [], tables, ...extra });

const PG = DIALECTS.postgresql!.capabilities;
const SQLITE = DIALECTS.sqlite!.capabilities;

const users = (more: TableElement[] = []) => table("users", [
  t.column("id", raw("integer"), { autoincrement: true }),
  t.column("name", raw("character varying(50)"), { nullable: false }),
  t.primaryKey(["id"], { name: "users_pkey" }),
  ...more,
]);
const posts = (more: TableElement[] = []) => table("posts", [
  t.column("id", raw("integer"), { autoincrement: true }),
  t.column("user_id", raw("integer")),
  t.primaryKey(["id"], { name: "posts_pkey" }),
  t.foreignKey(["user_id"], "users", ["id"], { name: "posts_user_id_fkey" }),
  ...more,
]);

const lines = (calls: readonly AutogenCall[]) => describeCalls(calls);

describe("compare", () => {
  test("nothing differs: nothing to do", () => {
    const a = catalog([users(), posts()]);
    const r = compareCatalogs(a, a, { capabilities: PG });
    expect(r.upgrade).toEqual([]);
    expect(r.downgrade).toEqual([]);
  });

  test("new tables in foreign-key order, dropped in reverse", () => {
    const r = compareCatalogs(catalog([]), catalog([posts(), users()]), { capabilities: PG });
    expect(lines(r.upgrade)).toEqual(["Detected added table 'users'", "Detected added table 'posts'"]);
    expect(lines(r.downgrade)).toEqual(["Detected removed table 'posts'", "Detected removed table 'users'"]);
  });

  test("a foreign-key cycle: keys added after both tables, dropped before them", () => {
    const a = table("a", [t.column("id", raw("integer")), t.column("b_id", raw("integer")), t.foreignKey(["b_id"], "b", ["id"], { name: "a_b" })]);
    const b = table("b", [t.column("id", raw("integer")), t.column("a_id", raw("integer")), t.foreignKey(["a_id"], "a", ["id"], { name: "b_a" })]);
    const r = compareCatalogs(catalog([]), catalog([a, b]), { capabilities: PG });
    expect(lines(r.upgrade)).toEqual(["Detected added table 'b'", "Detected added table 'a'", "Detected added foreign key 'b_a' on 'b'"]);
    expect(lines(r.downgrade)).toEqual(["Detected removed constraint 'b_a' on 'b'", "Detected removed table 'a'", "Detected removed table 'b'"]);
  });

  test("column added, altered and dropped; MySQL's existing_* always carried", () => {
    const before = catalog([users([t.column("age", raw("integer")), t.column("bio", raw("text"))])]);
    const after = catalog([users([
      t.column("age", raw("bigint"), { nullable: false, serverDefault: sqlText("0") }),
      t.column("email", raw("character varying(255)")),
    ])]);
    const r = compareCatalogs(before, after, { capabilities: PG });
    expect(lines(r.upgrade)).toEqual([
      "Detected changed column 'users.age' (type, using, nullable, serverDefault)",
      "Detected added column 'users.email'",
      "Detected removed column 'users.bio'",
    ]);
    const alter = r.upgrade[0] as { readonly args: readonly unknown[] };
    expect(alter.args[2]).toMatchObject({ existingType: raw("integer"), existingNullable: true });
    expect(lines(r.downgrade)).toEqual([
      "Detected changed column 'users.age' (type, using, nullable, serverDefault)",
      "Detected added column 'users.bio'",
      "Detected removed column 'users.email'",
    ]);
  });

  test("indexes and constraints: changed ones are dropped and created", () => {
    const before = catalog([users([t.index("ix_name", ["name"]), t.check("length(name) > 0", { name: "ck_name" })])]);
    const after = catalog([users([t.index("ix_name", ["name"], { unique: true }), t.check("length(name) > 1", { name: "ck_name" }), t.unique(["name"], { name: "uq_name" })])]);
    const r = compareCatalogs(before, after, { capabilities: PG });
    expect(lines(r.upgrade)).toEqual([
      "Detected removed constraint 'ck_name' on 'users'",
      "Detected removed index 'ix_name'",
      "Detected added check constraint 'ck_name' on 'users'",
      "Detected added unique constraint 'uq_name' on 'users'",
      "Detected added index 'ix_name' on 'users'",
    ]);
  });

  test("renames come from hints only; a hint naming nothing is an error", () => {
    const before = catalog([table("accounts", [t.column("id", raw("integer")), t.column("name", raw("text"))])]);
    const after = catalog([table("users", [t.column("id", raw("integer")), t.column("full_name", raw("text"))])]);
    const plain = compareCatalogs(before, after, { capabilities: PG });
    expect(lines(plain.upgrade)).toEqual(["Detected removed table 'accounts'", "Detected added table 'users'"]);
    const renames = { tables: new Map([["users", "accounts"]]), columns: new Map([["users.full_name", "name"]]) };
    const hinted = compareCatalogs(before, after, { capabilities: PG, renames });
    expect(lines(hinted.upgrade)).toEqual(["Detected renamed table 'accounts' to 'users'", "Detected changed column 'users.name' (newName)"]);
    expect(lines(hinted.downgrade)).toEqual(["Detected renamed table 'users' to 'accounts'", "Detected changed column 'accounts.full_name' (newName)"]);
    expect(() => compareCatalogs(before, after, { capabilities: PG, renames: { tables: new Map([["users", "nope"]]), columns: new Map() } }))
      .toThrow("Rename hint nope -> users: there is no table 'nope' to rename");
    expect(() => compareCatalogs(before, after, { capabilities: PG, renames: { tables: new Map(), columns: new Map([["ghosts.x", "y"]]) } }))
      .toThrow("Rename hint for column 'ghosts.x': the target has no such table");
  });

  test("enums: new type first, added values outside the transaction, removed values recreated", () => {
    const status = (values: string[]) => ({ name: "status", values });
    const col = (values: string[]) => t.column("status", t.enum(values, { name: "status", create: false }));
    const before = catalog([users([col(["a", "c"])])], { enums: [status(["a", "c"])] });
    const added = catalog([users([col(["a", "b", "c", "d"])])], { enums: [status(["a", "b", "c", "d"])] });
    const up = compareCatalogs(before, added, { capabilities: PG });
    expect(up.upgrade).toEqual([{
      method: "autocommitBlock",
      calls: [
        { method: "execute", args: ["ALTER TYPE status ADD VALUE 'b' BEFORE 'c'"] },
        { method: "execute", args: ["ALTER TYPE status ADD VALUE 'd' AFTER 'c'"] },
      ],
    }]);
    expect(up.downgrade.map((c) => (c as { readonly args: readonly string[] }).args[0])).toEqual([
      "ALTER TYPE status RENAME TO status_old",
      "CREATE TYPE status AS ENUM ('a', 'c')",
      "ALTER TABLE users ALTER COLUMN status TYPE status USING status::text::status",
      "DROP TYPE status_old",
    ]);
    const fresh = compareCatalogs(catalog([]), added, { capabilities: PG });
    expect((fresh.upgrade[0] as { readonly args: readonly string[] }).args[0]).toBe("CREATE TYPE status AS ENUM ('a', 'b', 'c', 'd')");
    expect((fresh.downgrade.at(-1) as { readonly args: readonly string[] }).args[0]).toBe("DROP TYPE IF EXISTS status");
  });

  test("schemas: created first, dropped last", () => {
    const r = compareCatalogs(catalog([]), catalog([table("events", [t.column("id", raw("integer"))], { schema: "audit" })], { schemas: ["audit"] }), { capabilities: PG });
    expect(r.upgrade.map((c) => c.method)).toEqual(["execute", "createTable"]);
    expect(r.downgrade.map((c) => c.method)).toEqual(["dropTable", "execute"]);
  });

  test("SQLite: what ALTER cannot do goes into one batch per table; indexes and plain columns stay ops", () => {
    const before = catalog([users()], { dialect: "sqlite" });
    const after = catalog([users([t.column("email", raw("VARCHAR(255)")), t.index("ix_email", ["email"])])], { dialect: "sqlite" });
    expect(compareCatalogs(before, after, { capabilities: SQLITE }).upgrade.map((c) => c.method)).toEqual(["addColumn", "createIndex"]);
    const stricter = catalog([users([t.check("length(name) > 0", { name: "ck_name" })])], { dialect: "sqlite" });
    const r = compareCatalogs(before, stricter, { capabilities: SQLITE });
    expect(r.upgrade).toEqual([{ method: "batchAlterTable", table: "users", options: {}, calls: [{ method: "createCheckConstraint", args: ["ck_name", "length(name) > 0"] }] }]);
  });

  test("includeObject leaves objects out of both sides", () => {
    const before = catalog([users(), table("legacy", [t.column("id", raw("integer"))])]);
    const after = catalog([users([t.column("email", raw("text"))])]);
    const r = compareCatalogs(before, after, {
      capabilities: PG,
      includeObject: (o) => !(o.type === "table" && o.name === "legacy") && !(o.type === "column" && o.name === "email"),
    });
    expect(r.upgrade).toEqual([]);
  });
});

describe("render", () => {
  const calls = (): readonly AutogenCall[] => compareCatalogs(
    catalog([users([t.column("bio", raw("text"))])]),
    catalog([
      users([
        t.column("email", raw("character varying(255)"), { nullable: false, serverDefault: sqlText("lower('X'::text)"), comment: "it's \"x\"" }),
        t.index("ix_lower", [sqlText("lower((name)::text)")], { where: sqlText("(id > 0)") }),
      ]),
      posts([t.check("user_id > 0", { name: "ck_user" }), t.unique(["user_id"], { name: "uq_user", deferrable: true, initially: "DEFERRED" })]),
    ], { schemas: ["x"] }),
    { capabilities: PG },
  ).upgrade;

  test("reads as a person writes it", () => {
    expect(renderCalls(calls(), { indent: "  " })).toEqual([
      "  op.execute(\"CREATE SCHEMA x\");",
      "  op.addColumn(\"users\", t.column(\"email\", t.raw(\"character varying(255)\"), { nullable: false, serverDefault: t.sql(\"lower('X'::text)\"), comment: \"it's \\\"x\\\"\" }));",
      "  op.dropColumn(\"users\", \"bio\");",
      "  op.createTable(\"posts\", [",
      "    t.column(\"id\", t.raw(\"integer\"), { primaryKey: true, autoincrement: true }),",
      "    t.column(\"user_id\", t.raw(\"integer\")),",
      "    t.foreignKey([\"user_id\"], \"users\", [\"id\"], { name: \"posts_user_id_fkey\" }),",
      "    t.check(\"user_id > 0\", { name: \"ck_user\" }),",
      "    t.unique([\"user_id\"], { name: \"uq_user\", deferrable: true, initially: \"DEFERRED\" }),",
      "  ]);",
      "  op.createIndex(\"ix_lower\", \"users\", [t.sql(\"lower((name)::text)\")], { where: \"(id > 0)\" });",
    ]);
  });

  test("a literal default cast to the column's own type reads as the plain string", () => {
    const add = (type: string, dflt: string) => renderCalls([{ method: "addColumn", args: ["u", t.column("c", raw(type), { serverDefault: sqlText(dflt) })] }])[0];
    expect(add("character varying(20)", "'it''s'::character varying")).toBe(`op.addColumn("u", t.column("c", t.raw("character varying(20)"), { serverDefault: "it's" }));`);
    expect(add("text", "'x'::character varying")).toContain(`serverDefault: t.sql("'x'::character varying")`);
    expect(add("varchar(5)", "'x'")).toContain(`serverDefault: "x"`);
  });

  test("the rendered script makes exactly the nodes the replay makes", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-render-"));
    try {
      const list = calls();
      const file = path.join(dir, "script.ts");
      fs.writeFileSync(file, `import { op, t } from "mig";\nexport function upgrade() {\n${renderCalls(list, { indent: "  " }).join("\n")}\n}\n`);
      const module = await importUserModule(file);
      const collect = (fn: () => void) => {
        const nodes: OpNode[] = [];
        withOpSink({ dialect: "postgresql", emit: (n) => void nodes.push(n), getBind: () => null }, fn);
        return JSON.parse(JSON.stringify(nodes, (k, v) => (k === "site" ? undefined : v)));
      };
      expect(collect(module.upgrade as () => void)).toEqual(collect(() => replayCalls(list, op)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

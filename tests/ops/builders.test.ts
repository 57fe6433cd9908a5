/** `t` and `op` build frozen, normalized nodes and reject bad arguments at the calling line. */

import { describe, expect, test } from "bun:test";
import { ScriptError } from "../../core/errors.ts";
import { defineTable, isSql, op, t } from "../../core/ops/mod.ts";
import { record } from "./sink.ts";

describe("t", () => {
  test("column defaults and options", () => {
    const col = t.column("name", t.string(50));
    expect(col).toEqual({ kind: "column", name: "name", type: { kind: "string", length: 50 }, nullable: true, primaryKey: false, unique: false, index: false });
    expect(t.column("id", t.integer(), { primaryKey: true, nullable: true }).nullable).toBe(false);
    const full = t.column("c", t.text(), { serverDefault: "x", comment: "c", references: "s.p.id", autoincrement: false });
    expect(full.references).toEqual({ schema: "s", table: "p", column: "id" });
    expect(full.serverDefault).toEqual({ kind: "sql", parts: [{ kind: "literal", value: "x" }] });
    expect(Object.isFrozen(full) && Object.isFrozen(full.references)).toBe(true);
  });

  test("bad arguments are ScriptErrors", () => {
    expect(() => t.column("", t.integer())).toThrow(ScriptError);
    expect(() => t.column("a", undefined as never)).toThrow("t.column('a') needs a type such as t.integer()");
    expect(() => t.column("a", t.integer(), { references: "nodot" })).toThrow(
      `t.column('a') references 'nodot': expected "table.column" or "schema.table.column"`,
    );
    expect(() => t.string(0)).toThrow("t.string() length must be a positive integer, got 0");
    expect(() => t.numeric(undefined, 2)).toThrow("t.numeric() scale needs a precision");
    expect(() => t.enum([], { name: "e" })).toThrow("t.enum('e') needs at least one value");
    expect(() => t.enum(["a", "a"], { name: "e" })).toThrow("t.enum('e') values must be distinct strings");
    expect(() => t.enum(["a"], {} as never)).toThrow(ScriptError);
    expect(() => t.foreignKey(["a", "b"], "p", ["id"])).toThrow("Foreign key has 2 local column(s) but 1 referent column(s)");
    expect(() => t.primaryKey([])).toThrow("t.primaryKey() needs at least one column");
  });

  test("t.sql: text, templates with literals, nested fragments", () => {
    expect(t.sql("now()")).toEqual({ kind: "sql", parts: ["now()"] });
    const inner = t.sql`lower(${"A"})`;
    const outer = t.sql`${inner} = ${3}`;
    expect(outer.parts).toEqual(["lower(", { kind: "literal", value: "A" }, ")", " = ", { kind: "literal", value: 3 }]);
    expect(() => t.sql`${{}}`).toThrow(ScriptError);
    expect(isSql(op.inlineLiteral("x"))).toBe(true);
  });
});

describe("defineTable normalizes column shorthands", () => {
  test("primary key, unique, index and references become constraints and indexes", () => {
    const def = defineTable("acct", [
      t.column("id", t.integer(), { primaryKey: true }),
      t.column("code", t.string(5), { unique: true }),
      t.column("email", t.string(50), { unique: true, index: true }),
      t.column("parent", t.integer(), { references: "acct.id", index: true }),
      t.check("id > 0", { name: "ck" }),
    ]);
    expect(def.constraints.map((c) => c.kind)).toEqual(["primaryKey", "check", "unique", "foreignKey"]);
    expect(def.indexes.map((i) => [i.name, i.unique])).toEqual([["ix_acct_email", true], ["ix_acct_parent", false]]);
    expect(def.columns.every((c) => !c.unique && !c.index && c.references === undefined)).toBe(true);
    expect(def.columns[0]?.primaryKey && !def.columns[0]?.nullable).toBe(true);
  });

  test("an explicit primary key wins; conflicts and unknown columns are errors", () => {
    const def = defineTable("p", [t.column("a", t.integer()), t.column("b", t.integer()), t.primaryKey(["a", "b"], { name: "pk" })]);
    expect(def.columns.map((c) => [c.primaryKey, c.nullable])).toEqual([[true, false], [true, false]]);
    expect(() => defineTable("p", [t.column("a", t.integer()), t.column("a", t.text())])).toThrow("Duplicate column 'a' in table 'p'");
    expect(() => defineTable("p", [t.column("a", t.integer()), t.unique(["z"], { name: "u" })])).toThrow(
      "Table 'p' has no column 'z' (used in a unique constraint 'u')",
    );
    expect(() => defineTable("p", [t.column("a", t.integer(), { primaryKey: true }), t.column("b", t.integer()), t.primaryKey(["b"])]))
      .toThrow("Column 'a' is marked primaryKey but table 'p' declares primary key (b)");
  });
});

describe("op", () => {
  test("nodes are frozen and record their options", () => {
    const { nodes } = record(() => {
      op.createIndex("ix", "t", ["a", t.sql("lower(b)")], { unique: true, where: "a > 0", schema: "s" });
      op.dropConstraint("c", "t", { type: "check", ifExists: true });
      op.alterColumn("t", "c", { serverDefault: null, comment: null });
    });
    const [index, drop, alter] = nodes;
    expect(Object.isFrozen(index) && Object.isFrozen(index?.kind === "createIndex" && index.columns)).toBe(true);
    expect(drop).toMatchObject({ kind: "dropConstraint", name: "c", table: "t", type: "check", ifExists: true });
    expect(alter).toMatchObject({ kind: "alterColumn", serverDefault: null, comment: null });
    expect(alter && "nullable" in alter).toBe(false);
  });

  test("argument mistakes fail at the call", () => {
    record(() => {
      expect(() => op.alterColumn("t", "c", { using: "c::int" })).toThrow("alterColumn('t', 'c'): using must be used with the type option");
      expect(() => op.dropConstraint("c", "t", { type: "index" as never })).toThrow(
        "dropConstraint('c') type must be one of 'foreignkey', 'primary', 'unique', 'check'",
      );
      expect(() => op.createIndex("ix", "t", [])).toThrow("createIndex('ix') needs at least one column");
      expect(() => op.execute("  ")).toThrow("op.execute() needs SQL text");
      expect(() => op.bulkInsert("t", [{ a: undefined as never }])).toThrow("bulkInsert('t') row 0, column 'a': Cannot use undefined as a SQL literal");
      expect(() => op.addColumn("t", "c" as never)).toThrow("addColumn('t') needs a t.column(...)");
      expect(() => op.batchAlterTable("t", () => {}, { recreate: "sometimes" as never })).toThrow(ScriptError);
    });
  });

  test("op.f keeps names as given", () => {
    expect(op.f("ix_Final_Name")).toBe("ix_Final_Name");
  });
});

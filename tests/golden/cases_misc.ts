/** Golden cases: quoting, literals, execute, bulkInsert, and errors every dialect raises. */

import { expect } from "bun:test";
import { op, t } from "../../core/ops/mod.ts";
import type { GoldenCase } from "./case.ts";

const WEIRD = 'Weird "Table" `x`';
const STRINGS = ["it's", "back\\slash", "\\'", '"double"', "naïve ☃ 😀", "%s ? $1 :x", "line\nbreak\ttab", ""];

const weird = () =>
  op.createTable(WEIRD, [
    t.column("order", t.integer(), { primaryKey: true }),
    t.column("select", t.string(20)),
    t.column("user", t.string(20)),
    t.column("key", t.string(20)),
    t.column("café", t.string(20)),
    t.column("1abc", t.integer()),
    t.column("MixedCase", t.integer(), { index: true }),
    t.column("with space", t.integer()),
    t.column("it's", t.integer()),
  ]);

const roundTrip = async (db: { query(sql: string): Promise<Record<string, unknown>[]> }, sql: string) =>
  (await db.query(sql)).map((r) => r.v);

export const MISC_CASES: GoldenCase[] = [
  {
    name: "quoting_identifiers",
    doc: "identifiers quoted only when needed: reserved words, uppercase, spaces, quotes, unicode, leading digits",
    run: () => {
      weird();
      op.createIndex("Ix Weird", WEIRD, ["select", "café"]);
      op.bulkInsert(WEIRD, [{ order: 1, select: "s", user: "u", key: "k", "café": "c", "1abc": 2, MixedCase: 3, "with space": 4, "it's": 5 }]);
    },
    check: Object.fromEntries((["postgresql", "mariadb", "sqlite"] as const).map((server) => [server, async (db) => {
      const q = server === "mariadb" ? (n: string) => `\`${n.replaceAll("`", "``")}\`` : (n: string) => `"${n.replaceAll('"', '""')}"`;
      const [row] = await db.query(`SELECT ${["café", "1abc", "with space", "it's"].map(q).join(", ")} FROM ${q(WEIRD)}`);
      expect(row).toEqual({ "café": "c", "1abc": 2, "with space": 4, "it's": 5 });
    }])),
  },
  {
    name: "bulk_insert",
    doc: "bulkInsert literals: strings (quotes, backslashes, unicode, newlines), numbers, bigint, booleans, null, dates",
    setup: () =>
      op.createTable("vals", [
        t.column("id", t.integer(), { primaryKey: true }), t.column("s", t.text()), t.column("n", t.float()),
        t.column("big", t.bigInteger()), t.column("flag", t.boolean()), t.column("at", t.dateTime()),
      ]),
    run: () =>
      op.bulkInsert("vals", [
        ...STRINGS.map((s, i) => ({ id: i + 1, s })),
        { id: 20, n: -1.5, big: 9007199254740993n, flag: true, at: new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 123)) },
        { id: 21, n: 0, big: -42n, flag: false, at: null, s: null },
      ]),
    check: Object.fromEntries((["postgresql", "mariadb", "sqlite"] as const).map((server) => [server, async (db) => {
      expect(await roundTrip(db, "SELECT s AS v FROM vals WHERE id < 20 ORDER BY id")).toEqual(STRINGS);
      const big = server === "mariadb" ? "CAST(big AS CHAR)" : "CAST(big AS TEXT)";
      expect(await roundTrip(db, `SELECT ${big} AS v FROM vals WHERE id >= 20 ORDER BY id`)).toEqual(["9007199254740993", "-42"]);
      const at = server === "postgresql" ? "to_char(at, 'YYYY-MM-DD HH24:MI:SS.MS')" : server === "mariadb" ? "CAST(at AS CHAR)" : "at";
      expect(await roundTrip(db, `SELECT ${at} AS v FROM vals WHERE id = 20`)).toEqual([
        server === "postgresql" ? "2024-02-29 23:59:58.123" : server === "mariadb" ? "2024-02-29 23:59:58" : "2024-02-29 23:59:58.123",
      ]);
      expect((await roundTrip(db, "SELECT flag AS v FROM vals WHERE id >= 20 ORDER BY id")).map(Boolean)).toEqual([true, false]);
    }])),
  },
  {
    name: "bulk_insert_grouping",
    doc: "rows with the same keys share one INSERT; a missing key takes the column default; {} inserts defaults",
    setup: () =>
      op.createTable("g", [t.column("id", t.integer()), t.column("v", t.string(10), { serverDefault: "dflt" })]),
    run: () => op.bulkInsert("g", [{ id: 1, v: "a" }, { id: 2, v: "b" }, { id: 3 }, { id: 4, v: t.sql("'ex' || 'pr'") }, {}]),
    executeOn: ["postgresql", "sqlite"],
    check: {
      postgresql: async (db) => expect(await roundTrip(db, "SELECT v FROM g ORDER BY COALESCE(id, 99)")).toEqual(["a", "b", "dflt", "expr", "dflt"]),
    },
  },
  {
    name: "execute",
    doc: "op.execute: text as written (trailing semicolons dropped), t.sql templates with literals",
    setup: () => op.createTable("e", [t.column("id", t.integer()), t.column("s", t.string(40))]),
    run: () => {
      op.execute("INSERT INTO e (id, s) VALUES (1, 'one');  ");
      op.execute(t.sql`INSERT INTO e (id, s) VALUES (${2}, ${"it's \\ two"})`);
      op.execute(t.sql`UPDATE e SET s = ${op.inlineLiteral("3")} WHERE id = ${1};`);
    },
    check: Object.fromEntries((["postgresql", "mariadb", "sqlite"] as const).map((server) => [server, async (db) => {
      expect(await db.query("SELECT id, s FROM e ORDER BY id")).toEqual([{ id: 1, s: "3" }, { id: 2, s: "it's \\ two" }]);
    }])),
  },
  {
    name: "nul_in_literal",
    doc: "a NUL character cannot travel in SQL text: a clear error everywhere",
    run: () => op.bulkInsert("x", [{ s: "a\0b" }]),
  },
  {
    name: "identifier_too_long",
    doc: "an identifier the database would truncate silently: an error on PostgreSQL (63 bytes) and MySQL (64)",
    run: () => op.createTable("t".repeat(64), [t.column("id", t.integer())]),
    executeOn: ["sqlite"],
  },
  {
    name: "bad_referential_action",
    doc: "onDelete is checked against the SQL phrases it may be, never pasted in",
    run: () => op.createForeignKey("fk", "a", "b", ["x"], ["y"], { onDelete: "CASCADE; DROP TABLE b" }),
  },
];

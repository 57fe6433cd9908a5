/** Identifier quoting and literal rendering per dialect: quoted only when needed, always correctly. */

import { describe, expect, test } from "bun:test";
import { CompileError } from "../../core/errors.ts";
import { mariadbDialect, mysqlDialect } from "../../dialects/mysql/dialect.ts";
import { postgresqlDialect } from "../../dialects/postgresql/dialect.ts";
import { sqliteDialect } from "../../dialects/sqlite/dialect.ts";

const pg = postgresqlDialect;
const my = mysqlDialect;
const lite = sqliteDialect;

describe("quoteIdentifier", () => {
  test("plain lowercase names stay bare", () => {
    for (const d of [pg, my, lite]) {
      expect(["account", "a_b_1", "_x"].map(d.quoteIdentifier)).toEqual(["account", "a_b_1", "_x"]);
    }
  });

  test("uppercase, spaces, unicode, leading digits and $ are quoted", () => {
    const names = ["Account", "with space", "café", "1abc", "a$b", "-dash"];
    expect(names.map(pg.quoteIdentifier)).toEqual(['"Account"', '"with space"', '"café"', '"1abc"', '"a$b"', '"-dash"']);
    expect(names.map(my.quoteIdentifier)).toEqual(["`Account`", "`with space`", "`café`", "`1abc`", "`a$b`", "`-dash`"]);
    expect(names.map(lite.quoteIdentifier)).toEqual(names.map(pg.quoteIdentifier));
  });

  test("quote characters inside names are doubled", () => {
    expect(pg.quoteIdentifier('we"ird')).toBe('"we""ird"');
    expect(pg.quoteIdentifier("back`tick")).toBe('"back`tick"');
    expect(my.quoteIdentifier("back`tick")).toBe("`back``tick`");
    expect(my.quoteIdentifier('we"ird')).toBe('`we"ird`');
    expect(lite.quoteIdentifier('""')).toBe('""""""');
  });

  test("reserved words are quoted per dialect", () => {
    expect(["order", "select", "user", "key"].map(pg.quoteIdentifier)).toEqual(['"order"', '"select"', '"user"', "key"]);
    expect(["order", "select", "user", "key"].map(my.quoteIdentifier)).toEqual(["`order`", "`select`", "user", "`key`"]);
    expect(["order", "select", "user", "key", "pragma"].map(lite.quoteIdentifier))
      .toEqual(['"order"', '"select"', "user", '"key"', '"pragma"']);
  });

  test("empty names, NUL and names the database would truncate are errors", () => {
    expect(() => pg.quoteIdentifier("")).toThrow(CompileError);
    expect(() => pg.quoteIdentifier("a\0b")).toThrow('Identifier "a\\u0000b" contains a NUL character');
    expect(pg.quoteIdentifier("x".repeat(63))).toBe("x".repeat(63));
    expect(() => pg.quoteIdentifier("x".repeat(64))).toThrow(`Identifier '${"x".repeat(64)}' exceeds maximum length of 63 characters`);
    // PostgreSQL counts bytes: 32 two-byte characters are 64 bytes.
    expect(() => pg.quoteIdentifier("é".repeat(32))).toThrow(CompileError);
    expect(my.quoteIdentifier("é".repeat(64))).toBe(`\`${"é".repeat(64)}\``);
    expect(() => my.quoteIdentifier("x".repeat(65))).toThrow(CompileError);
    expect(lite.quoteIdentifier("x".repeat(200))).toBe("x".repeat(200));
  });
});

describe("literal", () => {
  test("strings: quotes doubled; backslashes doubled only on MySQL", () => {
    const s = "it's a \\ back\\'slash";
    expect(pg.literal(s)).toBe("'it''s a \\ back\\''slash'");
    expect(lite.literal(s)).toBe(pg.literal(s));
    expect(my.literal(s)).toBe("'it''s a \\\\ back\\\\''slash'");
    expect(mariadbDialect.literal(s)).toBe(my.literal(s));
    expect(pg.literal("naïve ☃ 😀\n\t")).toBe("'naïve ☃ 😀\n\t'");
    expect(pg.literal("")).toBe("''");
  });

  test("a NUL character is refused with a clear error", () => {
    for (const d of [pg, my, lite]) expect(() => d.literal("a\0b")).toThrow("contains a NUL character");
  });

  test("numbers, bigint, booleans and null", () => {
    expect([42, -1.5, 0, -0, 1e21, 2 ** 53 + 2].map(pg.literal)).toEqual(["42", "-1.5", "0", "0", "1e+21", "9007199254740994"]);
    expect(pg.literal(12345678901234567890n)).toBe("12345678901234567890");
    expect([pg, my, lite].map((d) => [d.literal(true), d.literal(false), d.literal(null)])).toEqual([
      ["true", "false", "NULL"], ["true", "false", "NULL"], ["1", "0", "NULL"],
    ]);
    for (const bad of [Number.NaN, Infinity, -Infinity]) expect(() => pg.literal(bad)).toThrow(CompileError);
  });

  test("dates render as UTC text (with milliseconds only when present)", () => {
    const whole = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    const ms = new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 7));
    expect([pg.literal(whole), pg.literal(ms)]).toEqual(["'2024-01-02 03:04:05+00'", "'1999-12-31 23:59:59.007+00'"]);
    expect([my.literal(whole), lite.literal(ms)]).toEqual(["'2024-01-02 03:04:05'", "'1999-12-31 23:59:59.007'"]);
    expect(() => pg.literal(new Date(Number.NaN))).toThrow("Cannot render an invalid Date as a SQL literal");
  });

  test("bytes render as hex", () => {
    const bytes = new Uint8Array([0, 1, 171, 255]);
    expect([pg.literal(bytes), my.literal(bytes), lite.literal(bytes)]).toEqual(["'\\x0001abff'::bytea", "X'0001abff'", "X'0001abff'"]);
  });
});

/** The lint's pure parts: statement reading, safe type changes per engine, label wording. */
import { describe, expect, test } from "bun:test";
import { classifyMysql } from "../../../core/check/lint/classify_mysql.ts";
import { classifySqlite } from "../../../core/check/lint/classify_sqlite.ts";
import { classifyPostgresql } from "../../../core/check/lint/classify_postgresql.ts";
import { describeLabel } from "../../../core/check/lint/label.ts";
import { lockModeOf } from "../../../core/check/lint/lock_mode.ts";
import { mysqlTypeChangeCopies } from "../../../core/check/lint/rules_mysql.ts";
import { typeChangeRewrites } from "../../../core/check/lint/type_change.ts";

describe("reading PostgreSQL statements", () => {
  test.each([
    ['CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Ix" ON public."Orders" USING btree (a)', [{ kind: "createIndex", unique: true, concurrently: true, name: "Ix", table: "Orders" }]],
    ["DROP INDEX CONCURRENTLY IF EXISTS a, s.b CASCADE", [{ kind: "dropIndex", concurrently: true, names: ["a", "s.b"] }]],
    ["ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY(customer_id) REFERENCES customers (id) NOT VALID", [{ kind: "addForeignKey", table: "orders", references: "customers", notValid: true, name: "fk" }]],
    ["ALTER TABLE orders ALTER COLUMN amount TYPE BIGINT USING amount::bigint, ALTER COLUMN x SET NOT NULL", [
      { kind: "alterType", table: "orders", column: "amount", type: "BIGINT", using: "amount::bigint" },
      { kind: "setNotNull", table: "orders", column: "x" },
    ]],
    ["ALTER TABLE orders ADD COLUMN checksum text DEFAULT 'a,b' -- why\n NOT NULL", [
      { kind: "addColumn", table: "orders", column: "checksum", type: "text", notNull: true, default: "'a,b'", generatedStored: false },
    ]],
    ["ALTER TABLE orders ADD CONSTRAINT uq UNIQUE USING INDEX ix", [{ kind: "addUnique", table: "orders", primaryKey: false, usingIndex: true, name: "uq" }]],
    ["SET LOCAL lock_timeout TO '5s'", [{ kind: "setLockTimeout", value: "5s" }]],
  ])("%s", (sql, shapes) => {
    expect(classifyPostgresql(sql)).toEqual(shapes as never);
  });
});

test("reading MySQL and SQLite statements", () => {
  expect(classifyMysql("ALTER TABLE `order` MODIFY `total` BIGINT UNSIGNED NOT NULL, CONVERT TO CHARACTER SET utf8mb4")).toEqual([
    { kind: "modifyColumn", table: "order", column: "total", type: "BIGINT UNSIGNED" },
    { kind: "copyAlter", table: "order", reason: "CONVERT TO CHARACTER SET re-encodes every row" },
  ]);
  // Replacing the primary key in one statement is done in place (with a rebuild), not copied.
  expect(classifyMysql("ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (a, b)")).toEqual([{ kind: "alterTableOther", table: "t", action: "DROP PRIMARY KEY" }]);
  expect(classifyMysql("ALTER TABLE t DROP PRIMARY KEY")).toEqual([{ kind: "copyAlter", table: "t", reason: "dropping the primary key without adding another" }]);
  expect(classifySqlite('CREATE TABLE _mig_tmp_account (id INTEGER NOT NULL)')).toEqual([{ kind: "tableRebuild", table: "account" }]);
});

test("PostgreSQL type changes that keep the table's storage, by version", () => {
  expect(typeChangeRewrites("character varying(50)", "varchar(100)", 15)).toBe(false);
  expect(typeChangeRewrites("character varying(50)", "VARCHAR(20)", 15)).toBe(true);
  expect(typeChangeRewrites("character varying(50)", "text", 15)).toBe(false);
  expect(typeChangeRewrites("numeric(10,2)", "numeric(12,2)", 15)).toBe(false);
  expect(typeChangeRewrites("numeric(10,2)", "numeric(12,4)", 15)).toBe(true);
  expect(typeChangeRewrites("timestamp without time zone", "timestamptz", 12)).toBe(false);
  expect(typeChangeRewrites("timestamp without time zone", "timestamptz", 11)).toBe(true);
  expect(typeChangeRewrites("integer", "bigint", 15)).toBe(true);
});

test("MySQL VARCHAR growth is in place only while the length prefix keeps its size", () => {
  expect(mysqlTypeChangeCopies("varchar(20)", "VARCHAR(40)")).toBe(false);
  expect(mysqlTypeChangeCopies("varchar(50)", "VARCHAR(100)")).toBe(true); // utf8mb4: 200 -> 400 bytes
  expect(mysqlTypeChangeCopies("varchar(50)", "VARCHAR(100)", 1)).toBe(false); // latin1
  expect(mysqlTypeChangeCopies("int(11)", "INT")).toBe(false);
  expect(mysqlTypeChangeCopies("int(11)", "BIGINT")).toBe(true);
});

test("labels in words", () => {
  expect(lockModeOf("ShareRowExclusiveLock")).toBe("SHARE ROW EXCLUSIVE");
  expect(describeLabel({ lock: "ACCESS EXCLUSIVE", on: ["orders"], rewrites: ["orders"], rebuilds: [] })).toBe("ACCESS EXCLUSIVE on orders, rewrites the table");
  expect(describeLabel({ lock: "SHARE", on: ["orders"], rewrites: [], rebuilds: ["ix_a"] })).toBe("SHARE on orders, no rewrite, rebuilds ix_a");
  expect(describeLabel({ lock: null, on: [], rewrites: [], rebuilds: [] })).toBe("no lock on an existing table, no rewrite");
});

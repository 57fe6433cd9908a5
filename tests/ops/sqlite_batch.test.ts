/**
 * SQLite batchAlterTable online on a table with rows, an index, a trigger, a view and a
 * child table whose foreign key points at it: the move-and-copy keeps the rows, the
 * child's rows and references, the trigger and the view, and PRAGMA foreign_key_check
 * stays empty. With foreign keys enforced inside the transaction the guard refuses
 * instead of letting DROP TABLE cascade.
 */

import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { op, t } from "../../core/ops/mod.ts";
import { sqliteDialect } from "../../dialects/sqlite/dialect.ts";
import { liteIndexes, liteSql, pluck } from "../golden/catalog.ts";
import { sqliteFile, type TestDb } from "../golden/databases.ts";
import { runOnline } from "./online.ts";

const SCHEMA = `
  CREATE TABLE account (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(50) NOT NULL, balance VARCHAR(20) DEFAULT '0',
    legacy TEXT, parent_id INTEGER REFERENCES account (id), CONSTRAINT ck_name CHECK (length(name) > 0),
    CONSTRAINT uq_legacy UNIQUE (legacy));
  CREATE INDEX ix_account_name ON account (name);
  CREATE INDEX ix_account_lower ON account (lower(name)) WHERE balance <> '0';
  CREATE TABLE audit (account_id INTEGER, note TEXT);
  CREATE TRIGGER tr_account_insert AFTER INSERT ON account BEGIN INSERT INTO audit VALUES (new.id, 'inserted'); END;
  CREATE TABLE payment (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE);
  CREATE VIEW rich AS SELECT id FROM account WHERE CAST(balance AS REAL) > 10;
  INSERT INTO account (name, balance, legacy) VALUES ('ann', '12.5', 'x'), ('bob', '3', 'y');
  UPDATE account SET parent_id = 1 WHERE id = 2;
  INSERT INTO payment (id, account_id) VALUES (10, 1), (11, 2), (12, 2);
`;

const batch = () =>
  op.batchAlterTable("account", (b) => {
    b.alterColumn("balance", { type: t.numeric(10, 2), nullable: false });
    b.alterColumn("name", { newName: "full_name" });
    b.dropConstraint("uq_legacy");
    b.dropColumn("legacy");
    b.addColumn(t.column("email", t.string(100)), { insertAfter: "full_name" });
    b.createIndex("ix_account_email", ["email"], { unique: true });
  });

let db: TestDb;
beforeEach(async () => {
  db = await sqliteFile();
  await db.exec(SCHEMA);
});
afterEach(async () => await db.dispose());

describe("SQLite batchAlterTable online", () => {
  test("move and copy keeps rows, children, foreign keys, indexes, triggers and views", async () => {
    // As the runner does: keys off before the transaction, checked before commit.
    await db.exec("PRAGMA foreign_keys=OFF");
    await db.driver.begin();
    const executed = await runOnline(sqliteDialect, db, batch);
    expect((await db.query("PRAGMA foreign_key_check")).length).toBe(0);
    await db.driver.commit();
    await db.exec("PRAGMA foreign_keys=ON");

    expect(executed.some((s) => s.startsWith("CREATE TABLE _mig_tmp_account"))).toBe(true);
    expect(await db.query("SELECT id, full_name, email, balance, parent_id FROM account ORDER BY id")).toEqual([
      { id: 1, full_name: "ann", email: null, balance: 12.5, parent_id: null },
      { id: 2, full_name: "bob", email: null, balance: 3, parent_id: 1 },
    ]);
    expect(await db.query("SELECT id, account_id FROM payment ORDER BY id")).toEqual([
      { id: 10, account_id: 1 }, { id: 11, account_id: 2 }, { id: 12, account_id: 2 },
    ]);
    expect(await liteSql(db, "payment")).toContain("REFERENCES account (id)");
    const sql = await liteSql(db, "account");
    expect(sql).toContain("id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT");
    // Renames reach into CHECK text and expression indexes.
    expect(sql).toContain("CONSTRAINT ck_name CHECK (length(full_name) > 0)");
    expect(sql).not.toContain("uq_legacy");
    expect(pluck(await liteIndexes(db, "account"), "name").filter((n) => !String(n).startsWith("sqlite_"))).toEqual([
      "ix_account_email", "ix_account_lower", "ix_account_name",
    ]);
    expect(await liteSql(db, "ix_account_name")).toBe("CREATE INDEX ix_account_name ON account (full_name)");
    expect(await liteSql(db, "ix_account_lower")).toBe("CREATE INDEX ix_account_lower ON account (lower(full_name)) WHERE balance <> '0'");
    expect(await db.query("SELECT id FROM rich")).toEqual([{ id: 1 }]);
    await db.exec("INSERT INTO account (full_name, balance) VALUES ('cy', 1)");
    // The trigger is back (row 3), and copying rows into the new table did not fire it again.
    expect(pluck(await db.query("SELECT account_id FROM audit ORDER BY rowid"), "account_id")).toEqual([1, 2, 3]);
    // The foreign keys work on the new table: cascading delete and refusal of orphans.
    await db.exec("DELETE FROM account WHERE id = 2");
    expect(pluck(await db.query("SELECT id FROM payment ORDER BY id"), "id")).toEqual([10]);
    expect(db.exec("INSERT INTO payment (id, account_id) VALUES (13, 99)")).rejects.toThrow("FOREIGN KEY constraint failed");
    // The AUTOINCREMENT sequence survived: the next id follows the highest ever used.
    const [seq] = await db.query("SELECT seq FROM sqlite_sequence WHERE name = 'account'");
    expect(Number(seq?.seq)).toBe(3);
  });

  test("with foreign keys enforced in the transaction, the guard refuses before anything is dropped", async () => {
    await db.driver.begin();
    const error = await runOnline(sqliteDialect, db, batch).catch((e: Error) => e);
    await db.driver.rollback();
    expect(String((error as Error).message)).toContain(
      "CHECK constraint failed: batchAlterTable('account') needs PRAGMA foreign_keys=OFF: foreign keys reference the table",
    );
    expect(pluck(await db.query("SELECT id FROM payment ORDER BY id"), "id")).toEqual([10, 11, 12]);
  });

  test("a table no foreign key points at is recreated with foreign keys on, its own keys checked", async () => {
    await db.driver.begin();
    await runOnline(sqliteDialect, db, () =>
      op.batchAlterTable("payment", (b) => b.addColumn(t.column("amount", t.integer(), { nullable: false, serverDefault: "0" }))));
    await db.driver.commit();
    expect(await db.query("SELECT id, account_id, amount FROM payment ORDER BY id")).toEqual([
      { id: 10, account_id: 1, amount: 0 }, { id: 11, account_id: 2, amount: 0 }, { id: 12, account_id: 2, amount: 0 },
    ]);
    expect(db.exec("INSERT INTO payment (id, account_id) VALUES (13, 99)")).rejects.toThrow("FOREIGN KEY constraint failed");
  });

  test("without reflection or copyFrom the batch says what it needs", async () => {
    const missing = () => op.batchAlterTable("nothing_here", (b) => b.dropColumn("x"));
    expect(runOnline(sqliteDialect, db, missing)).rejects.toThrow(
      "batchAlterTable('nothing_here') must recreate the table on SQLite but could not read it (does the table exist?)",
    );
  });
});

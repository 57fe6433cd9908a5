/** Golden cases: batchAlterTable (plain ALTERs on PostgreSQL/MySQL, move-and-copy on SQLite). */

import { expect } from "bun:test";
import { op, t } from "../../core/ops/mod.ts";
import type { GoldenCase } from "./case.ts";
import { liteColumns, liteIndexes, liteSql, myColumns, pgColumns, pluck } from "./catalog.ts";

const shape = () => [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("name", t.string(50), { nullable: false }),
  t.column("amount", t.string(20), { serverDefault: "0" }),
  t.column("legacy", t.integer()),
  t.unique(["legacy"], { name: "uq_account_legacy" }),
  t.index("ix_account_name", ["name"]),
];
const account = () => {
  op.createTable("account", shape());
  op.bulkInsert("account", [{ id: 1, name: "a", amount: "12.5", legacy: 1 }, { id: 2, name: "b", amount: "3", legacy: 2 }]);
};

export const BATCH_CASES: GoldenCase[] = [
  {
    name: "batch_alter_table",
    doc: "batchAlterTable with copyFrom: column add/alter/rename/drop, constraints, indexes",
    setup: account,
    run: () =>
      op.batchAlterTable("account", (batch) => {
        batch.addColumn(t.column("extra", t.integer()));
        batch.alterColumn("amount", {
          type: t.numeric(10, 2), existingType: t.string(20), nullable: false, using: "amount::numeric", serverDefault: t.sql("0"),
        });
        batch.alterColumn("name", { newName: "full_name" });
        batch.dropConstraint("uq_account_legacy", { type: "unique" });
        batch.dropColumn("legacy");
        batch.createCheckConstraint("ck_account_amount", "amount >= 0");
        batch.createIndex("ix_account_extra", ["extra"]);
      }, { copyFrom: shape() }),
    check: {
      postgresql: async (db) =>
        expect((await pgColumns(db, "account")).map((c) => `${c.name} ${c.type}`)).toEqual([
          "id integer", "full_name character varying(50)", "amount numeric(10,2)", "extra integer",
        ]),
      mariadb: async (db) =>
        expect((await myColumns(db, "account")).map((c) => `${c.name} ${c.type}`)).toEqual([
          "id int(11)", "full_name varchar(50)", "amount decimal(10,2)", "extra int(11)",
        ]),
      sqlite: async (db) => {
        expect((await liteColumns(db, "account")).map((c) => `${c.name} ${c.type} ${c.nullable}`)).toEqual([
          "id INTEGER 0", "full_name VARCHAR(50) 0", "amount NUMERIC(10, 2) 0", "extra INTEGER 1",
        ]);
        expect(await db.query("SELECT id, full_name, amount, extra FROM account ORDER BY id")).toEqual([
          { id: 1, full_name: "a", amount: 12.5, extra: null }, { id: 2, full_name: "b", amount: 3, extra: null },
        ]);
        expect(pluck(await liteIndexes(db, "account"), "name")).toEqual(["ix_account_extra", "ix_account_name"]);
        expect(await liteSql(db, "ix_account_name")).toBe("CREATE INDEX ix_account_name ON account (full_name)");
        expect(await liteSql(db, "account")).toContain("CONSTRAINT ck_account_amount CHECK (amount >= 0)");
      },
    },
  },
  {
    name: "batch_alter_table_in_place",
    doc: "a batch SQLite can do without recreating: simple addColumn, createIndex, dropIndex, a rename, comments ignored",
    setup: account,
    run: () =>
      op.batchAlterTable("account", (batch) => {
        batch.addColumn(t.column("note", t.text()));
        batch.createIndex("ix_account_note", ["note"]);
        batch.dropIndex("ix_account_name");
        batch.alterColumn("name", { newName: "label" });
        batch.createTableComment("accounts");
      }),
    executeOn: ["postgresql", "sqlite"],
  },
  {
    name: "batch_alter_table_needs_copy_from",
    doc: "offline, a SQLite batch that must recreate the table needs copyFrom",
    setup: account,
    run: () => op.batchAlterTable("account", (batch) => batch.alterColumn("amount", { nullable: false, existingType: t.string(20) })),
    executeOn: ["postgresql", "mariadb"],
  },
  {
    name: "batch_alter_table_recreate_always",
    doc: "recreate 'always': SQLite recreates even for an added column; PostgreSQL and MySQL refuse",
    setup: account,
    run: () => op.batchAlterTable("account", (batch) => batch.addColumn(t.column("x", t.integer())), {
      recreate: "always", copyFrom: shape(),
    }),
  },
  {
    name: "batch_alter_table_recreate_never",
    doc: "recreate 'never': each op runs as a plain ALTER, so SQLite refuses what it cannot alter",
    setup: account,
    run: () => op.batchAlterTable("account", (batch) => batch.createUniqueConstraint("uq_name", ["name"]), { recreate: "never" }),
  },
];

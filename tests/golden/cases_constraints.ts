/** Golden cases: indexes and constraints added and dropped after the table exists. */

import { expect } from "bun:test";
import { op, t } from "../../core/ops/mod.ts";
import type { GoldenCase } from "./case.ts";
import { myConstraints, myIndexes, pgConstraints, pgIndexes, pluck } from "./catalog.ts";

/** parent and item, no constraints yet: what the cases add them to. */
export const tables = () => {
  op.createTable("parent", [t.column("id", t.integer(), { primaryKey: true })]);
  op.createTable("item", [
    t.column("id", t.integer(), { nullable: false }),
    t.column("name", t.string(50)),
    t.column("qty", t.integer()),
    t.column("parent_id", t.integer()),
  ]);
};
const withConstraints = () => {
  op.createTable("parent", [t.column("id", t.integer(), { primaryKey: true })]);
  op.createTable("item", [
    // No AUTO_INCREMENT: MySQL refuses to drop the primary key of an auto column.
    t.column("id", t.integer(), { nullable: false, autoincrement: false }),
    t.column("name", t.string(50)),
    t.column("qty", t.integer()),
    t.column("parent_id", t.integer()),
    t.primaryKey(["id"], { name: "pk_item" }),
    t.unique(["name"], { name: "uq_item_name" }),
    t.foreignKey(["parent_id"], "parent", ["id"], { name: "fk_item_parent" }),
    t.check("qty >= 0", { name: "ck_item_qty" }),
    t.index("ix_item_name", ["name"]),
  ]);
};

export const CONSTRAINT_CASES: GoldenCase[] = [
  {
    name: "create_index",
    doc: "createIndex: plain, unique, several columns",
    setup: tables,
    run: () => {
      op.createIndex("ix_item_name", "item", ["name"]);
      op.createIndex("ux_item_name_qty", "item", ["name", "qty"], { unique: true });
    },
    check: {
      postgresql: async (db) =>
        expect(pluck(await pgIndexes(db, "item"), "def")).toEqual([
          `CREATE INDEX ix_item_name ON ${db.namespace}.item USING btree (name)`,
          `CREATE UNIQUE INDEX ux_item_name_qty ON ${db.namespace}.item USING btree (name, qty)`,
        ]),
      mariadb: async (db) =>
        expect((await myIndexes(db, "item")).map((i) => `${i.name}:${i.columns}:${i.is_unique}`))
          .toEqual(["ix_item_name:name:0", "ux_item_name_qty:name,qty:1"]),
    },
  },
  {
    name: "create_index_expression",
    doc: "createIndex on an expression (t.sql), rendered as written; MariaDB has no functional indexes",
    setup: tables,
    run: () => op.createIndex("ix_item_lower_name", "item", [t.sql("lower(name)")]),
    executeOn: ["postgresql", "sqlite"],
  },
  {
    name: "create_index_partial",
    doc: "createIndex where: a partial index on PostgreSQL and SQLite, an error on MySQL",
    setup: tables,
    run: () => op.createIndex("ix_item_positive", "item", ["qty"], { where: "qty > 0" }),
  },
  {
    name: "create_index_concurrently",
    doc: "CREATE INDEX CONCURRENTLY inside op.autocommitBlock (the hint is dropped elsewhere)",
    setup: tables,
    run: () =>
      op.autocommitBlock(() => {
        op.createIndex("ix_item_qty", "item", ["qty"], { concurrently: true });
        op.dropIndex("ix_item_qty", { table: "item", concurrently: true });
      }),
    // PostgreSQL refuses CONCURRENTLY inside the transaction these tests run in; the runner's
    // autocommit handling is what makes it run (tested with the runner).
    executeOn: ["mariadb", "sqlite"],
  },
  {
    name: "create_index_if_not_exists",
    doc: "createIndex ifNotExists (not MySQL)",
    setup: () => {
      tables();
      op.createIndex("ix_item_name", "item", ["name"]);
    },
    run: () => op.createIndex("ix_item_name", "item", ["name"], { ifNotExists: true }),
  },
  {
    name: "drop_index",
    doc: "dropIndex (MySQL names the table)",
    setup: withConstraints,
    run: () => op.dropIndex("ix_item_name", { table: "item" }),
  },
  {
    name: "drop_index_without_table",
    doc: "dropIndex without the table: fine except on MySQL",
    setup: withConstraints,
    run: () => op.dropIndex("ix_item_name"),
  },
  {
    name: "drop_index_if_exists",
    doc: "dropIndex ifExists on a missing index (not MySQL)",
    setup: tables,
    run: () => op.dropIndex("ix_nothing", { table: "item", ifExists: true }),
  },
  {
    name: "create_constraints",
    doc: "createPrimaryKey, createUniqueConstraint, createForeignKey, createCheckConstraint (not SQLite: batchAlterTable)",
    setup: tables,
    run: () => {
      op.createPrimaryKey("pk_item", "item", ["id"]);
      op.createUniqueConstraint("uq_item_name", "item", ["name"]);
      op.createUniqueConstraint(null, "item", ["name", "qty"], { deferrable: true });
      op.createForeignKey("fk_item_parent", "item", "parent", ["parent_id"], ["id"], {
        onDelete: "SET NULL", onUpdate: "CASCADE", deferrable: true, initially: "DEFERRED",
      });
      op.createCheckConstraint("ck_item_qty", "item", "qty >= 0");
    },
    check: {
      postgresql: async (db) =>
        expect((await pgConstraints(db, "item")).map((c) => `${c.name}: ${c.def}`)).toEqual([
          "ck_item_qty: CHECK ((qty >= 0))",
          "fk_item_parent: FOREIGN KEY (parent_id) REFERENCES parent(id) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED",
          "item_name_qty_key: UNIQUE (name, qty) DEFERRABLE",
          "pk_item: PRIMARY KEY (id)",
          "uq_item_name: UNIQUE (name)",
        ]),
      mariadb: async (db) =>
        expect((await myConstraints(db, "item")).map((c) => `${c.type} ${c.name}`)).toEqual([
          "CHECK ck_item_qty", "FOREIGN KEY fk_item_parent", "UNIQUE name", "PRIMARY KEY PRIMARY", "UNIQUE uq_item_name",
        ]),
    },
  },
  {
    name: "drop_constraints",
    doc: "dropConstraint by type: MySQL DROP FOREIGN KEY / INDEX / CHECK / PRIMARY KEY, MariaDB DROP CONSTRAINT for checks",
    setup: withConstraints,
    run: () => {
      op.dropConstraint("fk_item_parent", "item", { type: "foreignkey" });
      op.dropConstraint("uq_item_name", "item", { type: "unique" });
      op.dropConstraint("ck_item_qty", "item", { type: "check" });
      op.dropConstraint("pk_item", "item", { type: "primary" });
    },
    check: {
      postgresql: async (db) => expect(await pgConstraints(db, "item")).toEqual([]),
      mariadb: async (db) => expect(await myConstraints(db, "item")).toEqual([]),
    },
  },
  {
    name: "drop_constraint_without_type",
    doc: "dropConstraint without type: fine on PostgreSQL, an error on MySQL",
    setup: withConstraints,
    run: () => op.dropConstraint("uq_item_name", "item"),
  },
  {
    name: "drop_constraint_if_exists",
    doc: "dropConstraint ifExists on a missing constraint (PostgreSQL, MariaDB)",
    setup: tables,
    run: () => op.dropConstraint("ck_nothing", "item", { type: "check", ifExists: true }),
  },
  {
    name: "table_comments",
    doc: "createTableComment and dropTableComment (SQLite has no comments)",
    setup: tables,
    run: () => {
      op.createTableComment("item", "what's \\ stocked");
      op.dropTableComment("item");
      op.createTableComment("parent", "parents");
    },
  },
];

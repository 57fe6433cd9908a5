/**
 * Golden cases: the ops of the safe PostgreSQL patterns the lint suggests (NOT VALID then
 * VALIDATE, a constraint adopting an index, lock and statement timeouts), and what each
 * other dialect says instead.
 */

import { expect } from "bun:test";
import { op, t } from "../../core/ops/mod.ts";
import type { GoldenCase } from "./case.ts";
import { pgConstraints } from "./catalog.ts";
import { tables } from "./cases_constraints.ts";


export const SAFE_PATTERN_CASES: GoldenCase[] = [
  {
    name: "not_valid_then_validate",
    doc: "createForeignKey / createCheckConstraint with notValid, then validateConstraint (PostgreSQL only)",
    setup: tables,
    run: () => {
      op.createForeignKey("fk_item_parent", "item", "parent", ["parent_id"], ["id"], { notValid: true });
      op.createCheckConstraint("ck_item_qty", "item", "qty >= 0", { notValid: true });
      op.validateConstraint("fk_item_parent", "item");
      op.validateConstraint("ck_item_qty", "item");
    },
    executeOn: ["postgresql"],
    check: {
      postgresql: async (db) => {
        const rows = await db.query(
          `SELECT conname AS name, convalidated AS valid FROM pg_constraint
           WHERE conrelid = (quote_ident(current_schema()) || '.item')::regclass AND contype IN ('f', 'c') ORDER BY conname`,
        );
        expect(rows.map((r) => `${r.name}:${r.valid}`)).toEqual(["ck_item_qty:true", "fk_item_parent:true"]);
      },
    },
  },
  {
    name: "not_valid_left_unvalidated",
    doc: "a constraint added notValid stays unvalidated until validateConstraint",
    setup: tables,
    run: () => op.createForeignKey("fk_item_parent", "item", "parent", ["parent_id"], ["id"], { notValid: true }),
    executeOn: ["postgresql"],
    check: {
      postgresql: async (db) =>
        expect((await pgConstraints(db, "item")).map((r) => `${r.name}:${r.def}`))
          .toEqual(["fk_item_parent:FOREIGN KEY (parent_id) REFERENCES parent(id) NOT VALID"]),
    },
  },
  {
    name: "constraint_using_index",
    doc: "createUniqueConstraint / createPrimaryKey adopting an index built beforehand (usingIndex)",
    setup: () => {
      tables();
      op.createIndex("ux_item_name", "item", ["name"], { unique: true });
      op.createIndex("ux_item_id", "item", ["id"], { unique: true });
    },
    run: () => {
      op.createUniqueConstraint("uq_item_name", "item", ["name"], { usingIndex: "ux_item_name" });
      op.createPrimaryKey("pk_item", "item", ["id"], { usingIndex: "ux_item_id" });
    },
    executeOn: ["postgresql"],
    check: {
      postgresql: async (db) =>
        expect((await pgConstraints(db, "item")).map((r) => `${r.name}:${r.type}:${r.def}`))
          .toEqual(["pk_item:p:PRIMARY KEY (id)", "uq_item_name:u:UNIQUE (name)"]),
    },
  },
  {
    name: "lock_timeout",
    doc: "setLockTimeout: SET LOCAL in the migration's transaction, SET in an autocommit block, whole seconds on MySQL, busy_timeout on SQLite",
    run: () => {
      op.setLockTimeout("5s");
      op.autocommitBlock(() => op.setLockTimeout(2000));
    },
    executeOn: ["mariadb", "sqlite"],
  },
  {
    name: "lock_timeout_below_a_second",
    doc: "MySQL's lock_wait_timeout has no sub-second values: refused rather than rounded",
    run: () => op.setLockTimeout("250ms"),
    executeOn: [],
  },
  {
    name: "statement_timeout",
    doc: "setStatementTimeout: PostgreSQL's statement_timeout; no equivalent elsewhere",
    run: () => op.setStatementTimeout("2min"),
    executeOn: ["postgresql"],
  },
];

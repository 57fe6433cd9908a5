/** batch alter order item
 *
 * One batch on every dialect: plain ALTERs on PostgreSQL and MySQL, a rebuilt table
 * (rows copied) on SQLite.
 *
 * Revision ID: 1a2b3c4d5e0a
 * Revises: 1a2b3c4d5e09
 * Create Date: 2026-11-21 10:45:00
 */
import { op, t } from "mig";

export const revision = "1a2b3c4d5e0a";
export const downRevision: string | string[] | null = "1a2b3c4d5e09";
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

const keys = () => [
  t.primaryKey(["order_id", "line"], { name: "pk_order_item" }),
  t.foreignKey(["order_id"], "order", ["id"], { name: "fk_order_item_order", onDelete: "CASCADE", onUpdate: "CASCADE" }),
];

const before = () => [
  t.column("order_id", t.bigInteger(), { nullable: false }),
  t.column("line", t.smallInteger(), { nullable: false }),
  t.column("sku", t.string(40), { nullable: false }),
  t.column("qty", t.integer(), { nullable: false, serverDefault: t.sql("1") }),
  ...keys(),
];

const after = () => [
  t.column("order_id", t.bigInteger(), { nullable: false }),
  t.column("line", t.smallInteger(), { nullable: false }),
  t.column("sku", t.string(64), { nullable: false }),
  t.column("quantity", t.integer(), { nullable: false, serverDefault: t.sql("1") }),
  t.column("unit_price", t.numeric(10, 2), { nullable: false, serverDefault: "0" }),
  ...keys(),
  t.check("unit_price >= 0", { name: "ck_order_item_price" }),
  t.index("ix_order_item_sku", ["sku"]),
];

export function upgrade() {
  op.batchAlterTable("order_item", (batch) => {
    batch.addColumn(t.column("unit_price", t.numeric(10, 2), { nullable: false, serverDefault: "0" }));
    batch.alterColumn("sku", { type: t.string(64), existingType: t.string(40), existingNullable: false });
    batch.alterColumn("qty", {
      newName: "quantity", existingType: t.integer(), existingNullable: false, existingServerDefault: t.sql("1"),
    });
    batch.createIndex("ix_order_item_sku", ["sku"]);
    batch.createCheckConstraint("ck_order_item_price", "unit_price >= 0");
  }, { copyFrom: before() });
}

export function downgrade() {
  op.batchAlterTable("order_item", (batch) => {
    batch.dropConstraint("ck_order_item_price", { type: "check" });
    batch.dropIndex("ix_order_item_sku");
    batch.alterColumn("quantity", {
      newName: "qty", existingType: t.integer(), existingNullable: false, existingServerDefault: t.sql("1"),
    });
    batch.alterColumn("sku", { type: t.string(40), existingType: t.string(64), existingNullable: false });
    batch.dropColumn("unit_price");
  }, { copyFrom: after() });
}

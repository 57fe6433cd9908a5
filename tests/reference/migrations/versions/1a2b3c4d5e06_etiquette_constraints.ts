/** étiquette constraints
 *
 * A table with a non-ASCII name given its primary key, unique, foreign key and check
 * constraints after creation; a check dropped from another table. SQLite cannot ALTER
 * constraints: there a batch rebuilds each table from the shape given in copyFrom.
 *
 * Revision ID: 1a2b3c4d5e06
 * Revises: 1a2b3c4d5e04
 * Create Date: 2026-11-21 10:25:00
 */
import { op, t } from "mig";

export const revision = "1a2b3c4d5e06";
export const downRevision: string | string[] | null = "1a2b3c4d5e04";
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

const etiquette = () => [
  t.column("code", t.string(20), { nullable: false }),
  t.column("label", t.string(80), { nullable: false }),
  t.column("user_id", t.integer()),
  t.column("weight", t.integer()),
];

const orderItem = (withCheck: boolean) => [
  t.column("order_id", t.bigInteger(), { nullable: false }),
  t.column("line", t.smallInteger(), { nullable: false }),
  t.column("sku", t.string(40), { nullable: false }),
  t.column("qty", t.integer(), { nullable: false, serverDefault: t.sql("1") }),
  t.primaryKey(["order_id", "line"], { name: "pk_order_item" }),
  t.foreignKey(["order_id"], "order", ["id"], { name: "fk_order_item_order", onDelete: "CASCADE", onUpdate: "CASCADE" }),
  ...(withCheck ? [t.check("qty > 0", { name: "ck_order_item_qty" })] : []),
];

export function upgrade() {
  op.createTable("étiquette", etiquette());
  if (op.dialect === "sqlite") {
    op.batchAlterTable("étiquette", (batch) => {
      batch.createPrimaryKey("pk_etiquette", ["code"]);
      batch.createUniqueConstraint("uq_etiquette_label", ["label"]);
      batch.createForeignKey("fk_etiquette_user", "user", ["user_id"], ["id"], { onDelete: "CASCADE" });
      batch.createCheckConstraint("ck_etiquette_weight", "weight BETWEEN 0 AND 100");
    }, { copyFrom: etiquette() });
    op.batchAlterTable("order_item", (batch) => batch.dropConstraint("ck_order_item_qty", { type: "check" }), {
      copyFrom: orderItem(true),
    });
    return;
  }
  op.createPrimaryKey("pk_etiquette", "étiquette", ["code"]);
  op.createUniqueConstraint("uq_etiquette_label", "étiquette", ["label"]);
  op.createForeignKey("fk_etiquette_user", "étiquette", "user", ["user_id"], ["id"], { onDelete: "CASCADE" });
  op.createCheckConstraint("ck_etiquette_weight", "étiquette", "weight BETWEEN 0 AND 100");
  op.dropConstraint("ck_order_item_qty", "order_item", { type: "check" });
}

export function downgrade() {
  if (op.dialect === "sqlite") {
    op.batchAlterTable("order_item", (batch) => batch.createCheckConstraint("ck_order_item_qty", "qty > 0"), {
      copyFrom: orderItem(false),
    });
  } else {
    op.createCheckConstraint("ck_order_item_qty", "order_item", "qty > 0");
    op.dropConstraint("ck_etiquette_weight", "étiquette", { type: "check" });
    op.dropConstraint("fk_etiquette_user", "étiquette", { type: "foreignkey" });
    op.dropConstraint("uq_etiquette_label", "étiquette", { type: "unique" });
    op.dropConstraint("pk_etiquette", "étiquette", { type: "primary" });
  }
  op.dropTable("étiquette");
}

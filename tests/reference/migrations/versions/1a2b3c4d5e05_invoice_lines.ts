/** invoice lines
 *
 * A table whose name has a space, a composite named primary key, a foreign key that
 * sets null, a column comment, and its first rows.
 *
 * Revision ID: 1a2b3c4d5e05
 * Revises: 1a2b3c4d5e04
 * Create Date: 2026-11-21 10:20:00
 */
import { op, t } from "mig";

export const revision = "1a2b3c4d5e05";
export const downRevision: string | string[] | null = "1a2b3c4d5e04";
export const branchLabels: string[] | null = ["billing"];
export const dependsOn: string[] | null = null;

export function upgrade() {
  op.createTable("Invoice Line", [
    t.column("invoice_no", t.string(20), { nullable: false }),
    t.column("line_no", t.integer(), { nullable: false }),
    t.column("order_id", t.bigInteger()),
    t.column("amount", t.numeric(12, 2), { nullable: false }),
    t.column("memo", t.string(100), { comment: "free text" }),
    t.primaryKey(["invoice_no", "line_no"], { name: "pk_invoice_line" }),
    t.foreignKey(["order_id"], "order", ["id"], { name: "fk_invoice_line_order", onDelete: "SET NULL" }),
  ]);
  op.bulkInsert("Invoice Line", [
    { invoice_no: "INV-1", line_no: 1, order_id: null, amount: "19.99", memo: "first" },
    { invoice_no: "INV-1", line_no: 2, order_id: null, amount: 0.5, memo: null },
  ]);
}

export function downgrade() {
  op.dropTable("Invoice Line");
}

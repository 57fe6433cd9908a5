/** columns come and go
 *
 * Columns added (one with an index by shorthand, one NOT NULL with a default) and
 * dropped, and a table dropped.
 *
 * Revision ID: 1a2b3c4d5e0c
 * Revises: 1a2b3c4d5e0b
 * Create Date: 2026-11-21 10:55:00
 */
import { op, t } from "mig";

export const revision = "1a2b3c4d5e0c";
export const downRevision: string | string[] | null = "1a2b3c4d5e0b";
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

export function upgrade() {
  op.addColumn("user", t.column("Nickname", t.string(30), { nullable: false, serverDefault: "none" }));
  op.addColumn("order", t.column("coupon", t.string(12), { index: true }));
  op.dropColumn("order", "note");
  op.dropTable("Old Stuff", { ifExists: true });
}

export function downgrade() {
  op.createTable("Old Stuff", [t.column("what", t.text())], { ifNotExists: true });
  op.addColumn("order", t.column("note", t.text()));
  op.dropIndex(op.f("ix_order_coupon"), { table: "order" });
  op.dropColumn("order", "coupon");
  op.dropColumn("user", "Nickname");
}

/** order indexes
 *
 * Plain, unique, partial and expression indexes; an index replaced.
 *
 * Revision ID: 1a2b3c4d5e04
 * Revises: 1a2b3c4d5e03
 * Create Date: 2026-11-21 10:15:00
 */
import { op, t } from "mig";

export const revision = "1a2b3c4d5e04";
export const downRevision: string | string[] | null = "1a2b3c4d5e03";
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

export function upgrade() {
  op.createIndex("ix_order_user_placed", "order", ["user_id", "placed_on"]);
  op.createIndex("UQ Order Token", "order", ["token"], { unique: true });
  // MySQL has no partial indexes, and MariaDB no indexes on expressions.
  if (op.dialect !== "mysql") {
    op.createIndex("ix_order_open", "order", ["placed_on"], { where: "status <> 'shipped'" });
    op.createIndex("ix_user_lower_name", "user", [t.sql("lower(name)")]);
  }
  op.dropIndex("ix_order_status", { table: "order" });
}

export function downgrade() {
  op.createIndex("ix_order_status", "order", ["status"]);
  if (op.dialect !== "mysql") {
    op.dropIndex("ix_user_lower_name", { table: "user" });
    op.dropIndex("ix_order_open", { table: "order" });
  }
  op.dropIndex("UQ Order Token", { table: "order" });
  op.dropIndex("ix_order_user_placed", { table: "order" });
}

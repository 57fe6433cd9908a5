/** comments and a rename
 *
 * Table comments set and dropped (SQLite keeps no comments), a table renamed to a name
 * that needs quoting, and raw SQL whose literals mig escapes per dialect.
 *
 * Revision ID: 1a2b3c4d5e07
 * Revises: 1a2b3c4d5e05
 * Create Date: 2026-11-21 10:30:00
 */
import { op, t } from "mig";

export const revision = "1a2b3c4d5e07";
export const downRevision: string | string[] | null = "1a2b3c4d5e05";
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

export function upgrade() {
  if (op.dialect !== "sqlite") {
    op.createTableComment("Invoice Line", 'billed lines; it\'s "final" \\ once sent');
    op.createTableComment("order", "orders as placed");
    op.dropTableComment("user", { existingComment: "people who sign in" });
  }
  op.renameTable("audit_log", "Audit Trail");
  op.execute(t.sql`UPDATE order_item SET sku = ${"it's \\ ünï"} WHERE sku = ${"never'"}`);
  op.execute(t.sql`UPDATE legacy_flags SET flag = ${op.inlineLiteral("dark")} WHERE flag = 'dark mode' AND 1 = 0`);
}

export function downgrade() {
  op.renameTable("Audit Trail", "audit_log");
  if (op.dialect !== "sqlite") {
    op.createTableComment("user", "people who sign in");
    op.dropTableComment("order", { existingComment: "orders as placed" });
    op.dropTableComment("Invoice Line");
  }
}

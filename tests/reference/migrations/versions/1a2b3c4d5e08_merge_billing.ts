/** merge billing
 *
 * Revision ID: 1a2b3c4d5e08
 * Revises: 1a2b3c4d5e07, 1a2b3c4d5e06
 * Create Date: 2026-11-21 10:35:00
 */
import { op } from "mig";

export const revision = "1a2b3c4d5e08";
export const downRevision: string | string[] | null = ["1a2b3c4d5e07", "1a2b3c4d5e06"];
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

export function upgrade() {
  op.bulkInsert("Audit Trail", [{ id: 1, happened: "merged billing", detail: null }]);
}

export function downgrade() {
  // Raw SQL names a table that needs quoting, and MySQL quotes with backticks.
  const table = op.dialect === "mysql" ? "`Audit Trail`" : '"Audit Trail"';
  op.execute(`DELETE FROM ${table} WHERE id = 1`);
}

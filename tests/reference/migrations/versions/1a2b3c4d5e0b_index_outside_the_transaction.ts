/** index outside the transaction
 *
 * PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction; the block commits
 * first and begins again after. Elsewhere the hint is dropped.
 *
 * Revision ID: 1a2b3c4d5e0b
 * Revises: 1a2b3c4d5e0a
 * Create Date: 2026-11-21 10:50:00
 */
import { op } from "mig";

export const revision = "1a2b3c4d5e0b";
export const downRevision: string | string[] | null = "1a2b3c4d5e0a";
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

export function upgrade() {
  op.autocommitBlock(() => {
    op.createIndex("ix_order_placed_at", "order", ["placed_at"], { concurrently: true });
  });
}

export function downgrade() {
  op.autocommitBlock(() => {
    op.dropIndex("ix_order_placed_at", { table: "order", concurrently: true });
  });
}

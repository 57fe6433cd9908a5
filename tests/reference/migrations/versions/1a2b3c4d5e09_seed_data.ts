/** seed data
 *
 * Rows with every literal kind: strings with quotes, backslashes, unicode and control
 * characters, numbers, a bigint past 2^53, booleans, null, dates and bytes.
 *
 * Revision ID: 1a2b3c4d5e09
 * Revises: 1a2b3c4d5e08
 * Create Date: 2026-11-21 10:40:00
 */
import { op } from "mig";

export const revision = "1a2b3c4d5e09";
export const downRevision: string | string[] | null = "1a2b3c4d5e08";
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

export function upgrade() {
  op.bulkInsert("user", [
    {
      id: 1, name: `O'Brien \\ "Bob"`, "Email Address": "bob@example.com", active: true, created: new Date("2024-01-02T03:04:05Z"),
      "Last Seen": new Date("2024-02-29T23:59:58Z"), 'say "hi"': "naïve ☃ 😀\nline\ttab", "tick`mark": 7, "größe": 1.75,
    },
    {
      id: 2, name: "%s ? $1 :x \\'", "Email Address": null, active: false, created: new Date("2024-01-02T03:04:05Z"),
      "Last Seen": null, 'say "hi"': "", "tick`mark": -32768, "größe": -0.5,
    },
  ]);
  op.bulkInsert("order", [{
    id: 9007199254740993n, user_id: 1, status: "paid", total: "12.50", placed_on: "2024-03-01", placed_at: "13:14:15",
    payload: '{"items": [1, "two"], "note": "it\'s"}', token: "0123456789abcdef0123456789abcdef",
    receipt: new Uint8Array([0, 1, 2, 39, 92, 255]), note: "back\\slash", currency: "USD", "Weight KG": 2.5,
  }]);
  op.bulkInsert("order_item", [
    { order_id: 9007199254740993n, line: 1, sku: "A-1" },
    { order_id: 9007199254740993n, line: 2, sku: "B'2", qty: 12 },
  ]);
  op.bulkInsert("legacy_flags", [
    { id: 1, flag: "dark mode", on: true },
    { id: 2, flag: "beta", on: null },
  ]);
}

export function downgrade() {
  // Raw SQL: "order" is reserved everywhere and "user" on PostgreSQL; MySQL quotes with backticks.
  const order = op.dialect === "mysql" ? "`order`" : '"order"';
  const user = op.dialect === "postgresql" ? '"user"' : "user";
  op.execute("DELETE FROM legacy_flags");
  op.execute("DELETE FROM order_item");
  op.execute(`DELETE FROM ${order}`);
  op.execute(`DELETE FROM ${user}`);
}

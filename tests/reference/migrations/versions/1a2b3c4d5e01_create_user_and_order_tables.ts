/** create user and order tables
 *
 * Every column type and every constraint kind, on tables named with reserved words.
 *
 * Revision ID: 1a2b3c4d5e01
 * Revises: None
 * Create Date: 2026-11-21 10:00:00
 */
import { op, t } from "mig";

export const revision = "1a2b3c4d5e01";
export const downRevision: string | string[] | null = null;
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

export function upgrade() {
  op.createTable("user", [
    t.column("id", t.integer(), { primaryKey: true }),
    t.column("name", t.string(50), { nullable: false, serverDefault: "anon" }),
    t.column("Email Address", t.string(200), { nullable: false, unique: true }),
    t.column("LastLogin", t.dateTime({ timezone: true })),
    t.column("created", t.dateTime(), { serverDefault: t.sql("CURRENT_TIMESTAMP") }),
    t.column("active", t.boolean(), { nullable: false, serverDefault: t.sql("TRUE") }),
    t.column('say "hi"', t.text(), { comment: 'a name with "quotes"' }),
    t.column("tick`mark", t.smallInteger()),
    t.column("größe", t.float()),
  ], { comment: "people who sign in" });

  op.createTable("order", [
    t.column("id", t.bigInteger(), { primaryKey: true }),
    t.column("user_id", t.integer(), { nullable: false, references: "user.id", index: true }),
    t.column("status", t.enum(["new", "paid", "shipped"], { name: "order_status" }), { nullable: false, serverDefault: "new" }),
    t.column("total", t.numeric(10, 2), { nullable: false, serverDefault: "0" }),
    t.column("placed_on", t.date()),
    t.column("placed_at", t.time()),
    t.column("payload", t.json()),
    t.column("token", t.uuid()),
    t.column("receipt", t.binary()),
    t.column("note", t.text()),
    t.column("currency", t.raw("CHAR(3)"), { serverDefault: "EUR" }),
    t.column("Weight KG", t.float()),
    t.check("total >= 0", { name: "ck_order_total" }),
    t.unique(["user_id", "placed_on"], { name: "uq_order_user_day" }),
    t.index("ix_order_status", ["status"]),
  ]);

  op.createTable("order_item", [
    t.column("order_id", t.bigInteger(), { nullable: false }),
    t.column("line", t.smallInteger(), { nullable: false }),
    t.column("sku", t.string(40), { nullable: false }),
    t.column("qty", t.integer(), { nullable: false, serverDefault: t.sql("1") }),
    t.primaryKey(["order_id", "line"], { name: "pk_order_item" }),
    t.foreignKey(["order_id"], "order", ["id"], { name: "fk_order_item_order", onDelete: "CASCADE", onUpdate: "CASCADE" }),
    t.check("qty > 0", { name: "ck_order_item_qty" }),
  ]);

  op.createTable("legacy_flags", [
    t.column("id", t.integer(), { primaryKey: true, autoincrement: false }),
    t.column("flag", t.string(30), { nullable: false }),
    t.column("on", t.boolean()),
  ]);

  op.createTable("Old Stuff", [t.column("what", t.text())]);
}

export function downgrade() {
  op.dropTable("Old Stuff");
  op.dropTable("legacy_flags");
  op.dropTable("order_item");
  op.dropTable("order");
  op.dropTable("user");
  // The enum type was created by an earlier run when this downgrade is written with
  // --sql, so mig cannot know nothing else uses it; online it is already gone.
  if (op.dialect === "postgresql") op.execute("DROP TYPE IF EXISTS order_status");
}

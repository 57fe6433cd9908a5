/** alter user columns
 *
 * Type, default, nullability, a rename and a comment. SQLite cannot ALTER a column's
 * type, default or nullability, so there the same changes go through a batch, which
 * needs the table's current shape (copyFrom) to be written with --sql.
 *
 * Revision ID: 1a2b3c4d5e03
 * Revises: 1a2b3c4d5e02
 * Create Date: 2026-11-21 10:10:00
 */
import { op, t } from "mig";

export const revision = "1a2b3c4d5e03";
export const downRevision: string | string[] | null = "1a2b3c4d5e02";
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

/** "user" as the previous revision left it. */
const userBefore = () => [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("name", t.string(50), { nullable: false, serverDefault: "anon" }),
  t.column("Email Address", t.string(200), { nullable: false }),
  t.column("LastLogin", t.dateTime({ timezone: true })),
  t.column("created", t.dateTime(), { serverDefault: t.sql("CURRENT_TIMESTAMP") }),
  t.column("active", t.boolean(), { nullable: false, serverDefault: t.sql("TRUE") }),
  t.column('say "hi"', t.text()),
  t.column("tick`mark", t.smallInteger()),
  t.column("größe", t.float()),
  t.unique(["Email Address"]),
];

/** "user" as this revision leaves it. */
const userAfter = () => [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("name", t.string(100), { nullable: false, serverDefault: "nobody" }),
  t.column("Email Address", t.string(200)),
  t.column("Last Seen", t.dateTime({ timezone: true })),
  t.column("created", t.dateTime(), { serverDefault: t.sql("CURRENT_TIMESTAMP") }),
  t.column("active", t.boolean(), { nullable: false, serverDefault: t.sql("TRUE") }),
  t.column('say "hi"', t.text()),
  t.column("tick`mark", t.smallInteger()),
  t.column("größe", t.float()),
  t.unique(["Email Address"]),
];

export function upgrade() {
  if (op.dialect === "sqlite") {
    op.batchAlterTable("user", (batch) => {
      batch.alterColumn("name", { type: t.string(100), serverDefault: "nobody", existingType: t.string(50) });
      batch.alterColumn("Email Address", { nullable: true, existingType: t.string(200) });
      batch.alterColumn("LastLogin", { newName: "Last Seen" });
    }, { copyFrom: userBefore() });
    return;
  }
  op.alterColumn("user", "name", {
    type: t.string(100), existingType: t.string(50), existingNullable: false, existingServerDefault: "anon",
  });
  op.alterColumn("user", "name", {
    serverDefault: "nobody", existingType: t.string(100), existingNullable: false, existingServerDefault: "anon",
  });
  op.alterColumn("user", "Email Address", { nullable: true, existingType: t.string(200) });
  op.alterColumn("user", "LastLogin", { newName: "Last Seen", existingType: t.dateTime({ timezone: true }) });
  op.alterColumn("user", "name", {
    comment: "shown to others", existingType: t.string(100), existingNullable: false, existingServerDefault: "nobody",
  });
}

export function downgrade() {
  if (op.dialect === "sqlite") {
    op.batchAlterTable("user", (batch) => {
      batch.alterColumn("Last Seen", { newName: "LastLogin" });
      batch.alterColumn("Email Address", { nullable: false, existingType: t.string(200) });
      batch.alterColumn("name", { type: t.string(50), serverDefault: "anon", existingType: t.string(100) });
    }, { copyFrom: userAfter() });
    return;
  }
  op.alterColumn("user", "name", {
    comment: null, existingType: t.string(100), existingNullable: false, existingServerDefault: "nobody",
    existingComment: "shown to others",
  });
  op.alterColumn("user", "Last Seen", { newName: "LastLogin", existingType: t.dateTime({ timezone: true }) });
  op.alterColumn("user", "Email Address", { nullable: false, existingType: t.string(200) });
  op.alterColumn("user", "name", {
    type: t.string(50), serverDefault: "anon", existingType: t.string(100), existingNullable: false,
    existingServerDefault: "nobody",
  });
}

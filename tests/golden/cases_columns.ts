/** Golden cases: adding, dropping and altering columns. */

import { expect } from "bun:test";
import { op, t } from "../../core/ops/mod.ts";
import type { GoldenCase } from "./case.ts";
import { liteColumns, liteForeignKeys, myColumns, myConstraints, pgColumns, pgConstraints, pgTypes, pluck } from "./catalog.ts";

const account = () => {
  op.createTable("account", [
    t.column("id", t.integer(), { primaryKey: true }),
    t.column("name", t.string(50), { nullable: false, serverDefault: "anon", comment: "who" }),
    t.column("amount", t.string(20)),
    t.column("created", t.dateTime()),
  ]);
  op.bulkInsert("account", [{ id: 1, name: "a", amount: "12.50" }, { id: 2, name: "b", amount: "3" }]);
};
const keyless = () => op.createTable("keyless", [t.column("v", t.integer())]);

export const COLUMN_CASES: GoldenCase[] = [
  {
    name: "add_column",
    doc: "addColumn: nullable, NOT NULL with a default, comment",
    setup: account,
    run: () => {
      op.addColumn("account", t.column("last_seen", t.dateTime({ timezone: true })));
      op.addColumn("account", t.column("status", t.string(10), { nullable: false, serverDefault: "new" }));
      op.addColumn("account", t.column("note", t.text(), { comment: "free text" }));
    },
    check: {
      postgresql: async (db) => {
        const cols = await pgColumns(db, "account");
        expect(cols.slice(4).map((c) => [c.name, c.type, c.nullable, c.default, c.comment])).toEqual([
          ["last_seen", "timestamp with time zone", true, null, null],
          ["status", "character varying(10)", false, "'new'::character varying", null],
          ["note", "text", true, null, "free text"],
        ]);
      },
      mariadb: async (db) => {
        const cols = await myColumns(db, "account");
        expect(cols.slice(4).map((c) => [c.name, c.type, c.nullable, c.default, c.comment])).toEqual([
          ["last_seen", "datetime", 1, "NULL", ""], ["status", "varchar(10)", 0, "'new'", ""], ["note", "text", 1, "NULL", "free text"],
        ]);
      },
      sqlite: async (db) => expect(pluck(await db.query("SELECT status FROM account"), "status")).toEqual(["new", "new"]),
    },
  },
  {
    name: "add_column_references",
    doc: "addColumn with references: a separate ADD FOREIGN KEY, inline REFERENCES on SQLite",
    setup: account,
    run: () => op.addColumn("account", t.column("parent_id", t.integer(), { references: "account.id" })),
    check: {
      postgresql: async (db) =>
        expect(pluck(await pgConstraints(db, "account"), "def")).toContain("FOREIGN KEY (parent_id) REFERENCES account(id)"),
      mariadb: async (db) => expect(pluck(await myConstraints(db, "account"), "type")).toContain("FOREIGN KEY"),
      sqlite: async (db) => expect(pluck(await liteForeignKeys(db, "account"), "from")).toEqual(["parent_id"]),
    },
  },
  {
    name: "add_column_unique_index",
    doc: "addColumn with unique (a constraint; SQLite cannot) and with index (ix_<table>_<column>)",
    setup: account,
    run: () => {
      op.addColumn("account", t.column("code", t.string(10), { unique: true }));
      op.addColumn("account", t.column("tag", t.string(10), { index: true }));
      op.addColumn("account", t.column("ref", t.string(10), { index: true, unique: true }));
    },
  },
  {
    name: "add_column_index_only",
    doc: "addColumn with index and unique+index: works on SQLite too",
    setup: account,
    run: () => {
      op.addColumn("account", t.column("tag", t.string(10), { index: true }));
      op.addColumn("account", t.column("ref", t.string(10), { index: true, unique: true }));
    },
  },
  {
    name: "add_column_primary_key",
    doc: "addColumn of a primary key to a table without one (not on SQLite)",
    setup: keyless,
    run: () => op.addColumn("keyless", t.column("id", t.integer(), { primaryKey: true })),
  },
  {
    name: "add_column_if_not_exists",
    doc: "addColumn ifNotExists: PostgreSQL and MariaDB only",
    setup: account,
    run: () => op.addColumn("account", t.column("name", t.string(50)), { ifNotExists: true }),
  },
  {
    name: "add_column_not_null_no_default",
    doc: "a NOT NULL column without a default cannot be added in place on SQLite",
    setup: keyless,
    run: () => op.addColumn("keyless", t.column("w", t.integer(), { nullable: false })),
  },
  {
    name: "add_column_expression_default",
    doc: "an expression default: fine except on SQLite's ADD COLUMN",
    setup: keyless,
    run: () => op.addColumn("keyless", t.column("at", t.dateTime(), { serverDefault: t.sql("CURRENT_TIMESTAMP") })),
  },
  {
    name: "drop_column",
    doc: "dropColumn",
    setup: account,
    run: () => op.dropColumn("account", "amount"),
    check: { sqlite: async (db) => expect(pluck(await liteColumns(db, "account"), "name")).toEqual(["id", "name", "created"]) },
  },
  {
    name: "drop_column_if_exists",
    doc: "dropColumn ifExists: PostgreSQL and MariaDB only",
    setup: account,
    run: () => op.dropColumn("account", "nothing_here", { ifExists: true }),
  },
  {
    name: "drop_column_drops_enum",
    doc: "dropping the only column using an enum created in this run drops the type (PostgreSQL)",
    setup: account,
    run: () => {
      op.addColumn("account", t.column("mood", t.enum(["up", "down"], { name: "mood" })));
      op.dropColumn("account", "mood");
    },
    check: { postgresql: async (db) => expect(await pgTypes(db)).toEqual([]) },
  },
  {
    name: "alter_column_nullable",
    doc: "alterColumn nullable (MySQL restates the column from existing*: type, default, comment)",
    setup: account,
    run: () =>
      op.alterColumn("account", "name", {
        nullable: true, existingType: t.string(50), existingServerDefault: "anon", existingComment: "who",
      }),
    check: {
      postgresql: async (db) => expect((await pgColumns(db, "account"))[1]?.nullable).toBe(true),
      mariadb: async (db) =>
        expect((await myColumns(db, "account")).slice(1, 2).map((c) => [c.nullable, c.default, c.comment])).toEqual([[1, "'anon'", "who"]]),
    },
  },
  {
    name: "alter_column_type",
    doc: "alterColumn type, with a PostgreSQL USING clause",
    setup: account,
    run: () => op.alterColumn("account", "amount", { type: t.numeric(10, 2), using: "amount::numeric(10,2)", existingType: t.string(20) }),
    check: {
      postgresql: async (db) => expect((await pgColumns(db, "account"))[2]?.type).toBe("numeric(10,2)"),
      mariadb: async (db) => expect((await myColumns(db, "account"))[2]?.type).toBe("decimal(10,2)"),
    },
  },
  {
    name: "alter_column_server_default",
    doc: "alterColumn serverDefault: set, then null drops it",
    setup: account,
    run: () => {
      op.alterColumn("account", "amount", { serverDefault: "0" });
      op.alterColumn("account", "name", { serverDefault: null });
    },
    check: {
      postgresql: async (db) =>
        expect((await pgColumns(db, "account")).map((c) => c.default).slice(1, 3)).toEqual([null, "'0'::character varying"]),
      mariadb: async (db) => expect((await myColumns(db, "account")).map((c) => c.default).slice(1, 3)).toEqual([null, "'0'"]),
    },
  },
  {
    name: "alter_column_rename",
    doc: "alterColumn newName alone: RENAME COLUMN everywhere (MySQL keeps the definition)",
    setup: account,
    run: () => op.alterColumn("account", "name", { newName: "full_name" }),
    check: {
      mariadb: async (db) =>
        expect((await myColumns(db, "account")).slice(1, 2).map((c) => [c.name, c.nullable, c.default, c.comment]))
          .toEqual([["full_name", 0, "'anon'", "who"]]),
      sqlite: async (db) => expect(pluck(await liteColumns(db, "account"), "name")).toContain("full_name"),
    },
  },
  {
    name: "alter_column_comment",
    doc: "alterColumn comment (MODIFY on MySQL; no comments on SQLite)",
    setup: account,
    run: () => {
      op.alterColumn("account", "amount", { comment: "in cents", existingType: t.string(20), existingNullable: true });
      op.alterColumn("account", "name", {
        comment: null, existingType: t.string(50), existingNullable: false, existingServerDefault: "anon",
      });
    },
    check: {
      postgresql: async (db) => expect(pluck(await pgColumns(db, "account"), "comment").slice(1, 3)).toEqual([null, "in cents"]),
      mariadb: async (db) => expect(pluck(await myColumns(db, "account"), "comment").slice(1, 3)).toEqual(["", "in cents"]),
    },
  },
  {
    name: "alter_column_combined",
    doc: "type, nullability, default, comment and rename at once: one CHANGE on MySQL, separate statements on PostgreSQL",
    setup: account,
    run: () =>
      op.alterColumn("account", "amount", {
        type: t.string(40), nullable: false, serverDefault: "none", comment: "renamed", newName: "amount_text",
        existingType: t.string(20),
      }),
    check: {
      postgresql: async (db) =>
        expect((await pgColumns(db, "account"))[2]).toEqual({
          name: "amount_text", type: "character varying(40)", nullable: false, default: "'none'::character varying", comment: "renamed",
        }),
      mariadb: async (db) =>
        expect((await myColumns(db, "account"))[2]).toEqual({
          name: "amount_text", type: "varchar(40)", nullable: 0, default: "'none'", comment: "renamed", extra: "",
        }),
    },
  },
  {
    name: "alter_column_without_existing_type",
    doc: "MySQL MODIFY needs the existing type: offline, without existingType, a clear error",
    setup: account,
    run: () => op.alterColumn("account", "name", { nullable: true }),
  },
  {
    name: "alter_column_datetime_default",
    doc: "a functional default on a date-time column: the column restated with MODIFY on MySQL (Alembic uses CHANGE)",
    setup: account,
    run: () => op.alterColumn("account", "created", { serverDefault: t.sql("CURRENT_TIMESTAMP"), existingType: t.dateTime() }),
  },
  {
    name: "alter_column_to_enum",
    doc: "alterColumn to an enum type creates the PostgreSQL type first",
    setup: account,
    run: () =>
      op.alterColumn("account", "amount", {
        type: t.enum(["low", "high"], { name: "level" }), using: "NULL", existingType: t.string(20),
      }),
    // MariaDB would refuse to convert the existing '12.50' to ENUM('low','high'): PostgreSQL's USING NULL handles it.
    executeOn: ["postgresql"],
    check: { postgresql: async (db) => expect(await pgTypes(db)).toEqual(["level"]) },
  },
];

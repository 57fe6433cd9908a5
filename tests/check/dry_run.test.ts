/**
 * The stairway in PGlite and in-memory SQLite, one project per failure class: each names
 * the revision, the place in the script, the statement and the database's own message.
 */
import { afterEach, describe, expect, test } from "bun:test";
import "../../dialects/mod.ts";
import type { Finding } from "../../core/check/finding.ts";
import { CheckProject, createTable, lineOf } from "./project.ts";

let project: CheckProject;
afterEach(() => project?.dispose());

const PG = `url = "\${DATABASE_URL}"\ncheck_dialect = "postgresql"`;
const errors = (report: { findings: readonly Finding[] }) => report.findings.filter((f) => f.severity === "error");

describe("stairway on PostgreSQL (PGlite)", () => {
  test("a branchy project with a merge, TS and SQL scripts passes", async () => {
    project = new CheckProject(PG);
    project.ts({ rev: "a1", up: createTable("account"), downgrade: `op.dropTable("account");` });
    project.ts({ rev: "b2", down: "a1", up: `op.addColumn("account", t.column("note", t.string(20)));\n  op.createIndex("ix_note", "account", ["note"]);`, downgrade: `op.dropIndex("ix_note");\n  op.dropColumn("account", "note");` });
    project.ts({ rev: "c3", down: "a1", up: createTable("other", `\n    t.column("mood", t.enum(["sad", "ok"], { name: "mood" })),`), downgrade: `op.dropTable("other");` });
    project.sql("d4_merge.sql", "-- revision: d4\n-- down_revision: b2, c3\n-- message: merge\n-- migrate:up\nCREATE VIEW v AS SELECT id FROM account;\n-- migrate:down\nDROP VIEW v;\n");
    // The stairway alone: b2's index on an existing table is the lint's business (tests/check/lint/).
    const { report, stdout } = await project.check({ noLint: true });
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.databases).toEqual([expect.objectContaining({ dialect: "postgresql", engine: "pglite", version: expect.stringMatching(/^\d+\.\d+/), boot: "snapshot" })]);
    expect(stdout).toMatch(/^Graph: 4 revisions, head d4\nDatabase: PostgreSQL \d+\.\d+ in PGlite \(booted from snapshot in \d+ ms\)\nStairway: 4 revisions upgraded, downgraded and upgraded again\nmig check: OK \(\d+\.\d\d s\)\n$/);
  }, 30_000);

  test("bad DDL in an upgrade names the revision, the op's line, the statement and PostgreSQL's error", async () => {
    project = new CheckProject(PG);
    project.ts({ rev: "a1", up: createTable("account"), downgrade: `op.dropTable("account");` });
    const file = project.ts({ rev: "b2", down: "a1", up: `op.execute("ALTER TABLE account ADD COLUMN note VARCHA(20)");`, downgrade: "" });
    project.ts({ rev: "c3", down: "b2", up: createTable("never"), downgrade: `op.dropTable("never");` });
    const { report, stdout } = await project.check();
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([{
      kind: "upgrade-failed", severity: "error", revision: "b2", file, line: lineOf(file, "VARCHA"), column: expect.any(Number),
      statement: "ALTER TABLE account ADD COLUMN note VARCHA(20)",
      message: 'type "varcha" does not exist (line 1, column 37 of the statement)',
    }]);
    const { line, column } = report.findings[0]!;
    expect(stdout).toContain(
      `ERROR upgrade-failed b2 migrations/versions/b2_script.ts:${line}:${column}: type "varcha" does not exist (line 1, column 37 of the statement)\n` +
        "    Statement: ALTER TABLE account ADD COLUMN note VARCHA(20)\n",
    );
  }, 30_000);

  test("a downgrade that does not undo its upgrade: what it left behind, per revision", async () => {
    project = new CheckProject(PG);
    project.ts({ rev: "a1", up: createTable("account"), downgrade: `op.dropTable("account");` });
    project.ts({ rev: "b2", down: "a1", up: `op.createIndex("ix_name", "account", ["name"]);\n  op.addColumn("account", t.column("note", t.text()));`, downgrade: `op.dropColumn("account", "note");` });
    project.ts({ rev: "c3", down: "b2", up: `op.alterColumn("account", "name", { type: t.string(80), existingType: t.string(50) });`, downgrade: "" });
    const { report } = await project.check({ noLint: true });
    expect(errors(report).map((f) => [f.kind, f.revision])).toEqual([
      ["downgrade-incomplete", "c3"],
      ["downgrade-incomplete", "b2"],
    ]);
    const [c3, b2] = report.findings;
    expect(c3!.details).toEqual(["not changed back: column public.account.name: still character varying(80) NOT NULL (was character varying(50) NOT NULL)"]);
    expect(b2!.details).toEqual(["left behind: index public.ix_name (CREATE INDEX ix_name ON public.account USING btree (name))"]);
  }, 30_000);

  test("a script that throws, and a downgrade that fails", async () => {
    project = new CheckProject(PG);
    project.ts({ rev: "a1", up: createTable("account"), downgrade: `op.dropTable("nope");` });
    const thrower = project.ts({ rev: "b2", down: "a1", up: `  throw new Error("not ready yet");`, downgrade: "" });
    let { report } = await project.check();
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: "upgrade-failed", revision: "b2", file: thrower, line: lineOf(thrower, "not ready yet"), message: "Error: not ready yet" }),
    ]);
    // A new project: a script already imported in this process is not imported again.
    project.dispose();
    project = new CheckProject(PG);
    const a1 = project.ts({ rev: "a1", up: createTable("account"), downgrade: `op.dropTable("nope");` });
    project.ts({ rev: "b2", down: "a1", up: "", downgrade: "" });
    ({ report } = await project.check());
    expect(report.findings).toEqual([expect.objectContaining({
      kind: "downgrade-failed", revision: "a1", line: lineOf(a1, "nope"), statement: "DROP TABLE nope", message: 'table "nope" does not exist',
    })]);
  }, 30_000);

  test("a SQL script's failing statement is located in the file", async () => {
    project = new CheckProject(PG);
    const file = project.sql("a1.sql", "-- revision: a1\n-- migrate:up\nCREATE TABLE t1 (id int);\n\nCREATE TABLE t2 (id int,\n  bad nonsense);\n-- migrate:down\nDROP TABLE t2;\nDROP TABLE t1;\n");
    const { report } = await project.check();
    expect(report.findings).toEqual([expect.objectContaining({ kind: "upgrade-failed", revision: "a1", file, line: 6, column: 7, message: 'type "nonsense" does not exist' })]);
  }, 30_000);

  test("target_postgres_version warns about newer syntax but does not fail", async () => {
    project = new CheckProject(`${PG}\ntarget_postgres_version = 14`);
    project.ts({
      rev: "a1",
      up: `${createTable("account")}\n  op.execute("CREATE UNIQUE INDEX ux_name ON account (name) NULLS NOT DISTINCT");`,
      downgrade: `op.dropTable("account");`,
    });
    const { report } = await project.check();
    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([expect.objectContaining({
      kind: "newer-syntax", severity: "warning", revision: "a1",
      message: "Upgrade of a1 uses NULLS NOT DISTINCT, new in PostgreSQL 15; target_postgres_version is 14",
      statement: "CREATE UNIQUE INDEX ux_name ON account (name) NULLS NOT DISTINCT",
    })]);
  }, 30_000);
});

describe("stairway on SQLite (in memory)", () => {
  test("multidb: each database runs with its name; a batch rebuild that undoes cleanly passes", async () => {
    project = new CheckProject(`databases = ["one", "two"]\n\n[one]\nurl = "sqlite:///one.db"\n\n[two]\nurl = "\${TWO_URL}"\ncheck_dialect = "sqlite"`);
    project.ts({
      rev: "a1",
      up: `${createTable("account")}`.replace("op.createTable", "if (arguments[0] === undefined) throw new Error('no name');\n  op.createTable"),
      downgrade: `op.dropTable("account");`,
    });
    project.ts({
      rev: "b2", down: "a1",
      up: `op.batchAlterTable("account", (b) => { b.alterColumn("name", { type: t.string(80) }); });`,
      downgrade: `op.batchAlterTable("account", (b) => { b.alterColumn("name", { type: t.string(50) }); });`,
    });
    const { report } = await project.check();
    // The rebuild copies the table: a lint warning in each database, which does not fail the check.
    expect(report.findings.map((f) => [f.rule, f.severity, f.revision, f.database])).toEqual([
      ["sqlite-table-rebuild", "warning", "b2", "one"],
      ["sqlite-table-rebuild", "warning", "b2", "two"],
    ]);
    expect(report.ok).toBe(true);
    expect(report.databases.map((d) => [d.name, d.engine])).toEqual([["one", "sqlite"], ["two", "sqlite"]]);
  }, 30_000);

  test("a downgrade that drops too much is named", async () => {
    project = new CheckProject(`url = "sqlite:///dev.db"`);
    project.ts({ rev: "a1", up: createTable("account") + "\n" + createTable("keep"), downgrade: `op.dropTable("account");\n  op.dropTable("keep");` });
    project.ts({ rev: "b2", down: "a1", up: createTable("extra"), downgrade: `op.dropTable("extra");\n  op.dropTable("keep");` });
    const { report } = await project.check();
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: "downgrade-incomplete", revision: "b2", details: ["also dropped: table keep"] }),
      // What it dropped was a1's to drop: a1's downgrade then fails, truthfully.
      expect.objectContaining({ kind: "downgrade-failed", revision: "a1", statement: "DROP TABLE keep", message: "no such table: keep" }),
    ]);
  }, 30_000);
});

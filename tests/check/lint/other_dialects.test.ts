/**
 * The lint on SQLite (in memory) and MySQL/MariaDB (`--dev-url`, where the column's
 * current type comes from information_schema): nothing is observed there, the rules
 * read the statements. SQLite: a batch rebuild is one warning, not a drop and a rename;
 * MySQL: changes that force ALGORITHM=COPY, NOT NULL columns without a default.
 */
import { afterEach, describe, expect, test } from "bun:test";
import "../../../dialects/mod.ts";
import { MYSQL_URL, reachable } from "../../support/servers.ts";
import { CheckProject, createTable, lineOf } from "../project.ts";

let project: CheckProject;
afterEach(() => project?.dispose());

const BASE = { rev: "a1", up: createTable("account"), downgrade: `op.dropTable("account");` };
const lint = (report: { findings: readonly { kind: string; rule?: string; revision?: string; line?: number }[] }) =>
  report.findings.filter((f) => f.kind === "lint").map((f) => [f.rule, f.revision, f.line]);

describe("SQLite", () => {
  test("a batch that recreates the table is one warning; an in-place ADD COLUMN is silent", async () => {
    project = new CheckProject(`url = "sqlite:///app.db"`);
    project.ts(BASE);
    const b2 = project.ts({
      rev: "b2", down: "a1",
      up: `op.batchAlterTable("account", (batch) => { batch.alterColumn("name", { type: t.string(80), existingType: t.string(50) }); });`,
      downgrade: `op.batchAlterTable("account", (batch) => { batch.alterColumn("name", { type: t.string(50), existingType: t.string(80) }); });`,
    });
    project.ts({ rev: "c3", down: "b2", up: `op.addColumn("account", t.column("note", t.text()));`, downgrade: `op.dropColumn("account", "note");` });
    const { report } = await project.check({ explain: true });
    expect(lint(report)).toEqual([["sqlite-table-rebuild", "b2", lineOf(b2, "batchAlterTable")]]);
    expect(report.findings.find((f) => f.kind === "lint")!.message).toBe("table account is recreated and every row copied");
    expect(report.explained!.find((e) => e.revision === "c3")).toEqual(expect.objectContaining({ source: "none", label: "locks are not observed on this database" }));
  }, 30_000);
});

describe("MySQL/MariaDB (--dev-url)", () => {
  test("int -> bigint copies the table; VARCHAR growth within its length byte does not; NOT NULL without a default", async () => {
    const admin = await reachable(MYSQL_URL);
    if (!admin) return;
    await admin.close();
    project = new CheckProject(`url = "mysql://app@prod/app"`);
    project.ts({ rev: "a1", up: `  op.createTable("account", [t.column("id", t.integer(), { primaryKey: true, autoincrement: false }), t.column("name", t.string(20), { nullable: false })]);`, downgrade: `op.dropTable("account");` });
    project.ts({
      rev: "b2", down: "a1",
      up: `op.alterColumn("account", "name", { type: t.string(40), existingType: t.string(20), existingNullable: false });`,
      downgrade: `op.alterColumn("account", "name", { type: t.string(20), existingType: t.string(40), existingNullable: false });`,
    });
    const c3 = project.ts({
      rev: "c3", down: "b2",
      up: `op.alterColumn("account", "id", { type: t.bigInteger(), existingType: t.integer(), existingNullable: false });\n  op.addColumn("account", t.column("code", t.string(10), { nullable: false }));`,
      downgrade: `op.dropColumn("account", "code");\n  op.alterColumn("account", "id", { type: t.integer(), existingType: t.bigInteger(), existingNullable: false });`,
    });
    const { report } = await project.check({ devUrl: MYSQL_URL });
    expect(lint(report)).toEqual([
      ["mysql-algorithm-copy", "c3", lineOf(c3, `"id", { type: t.bigInteger()`)],
      ["add-column-not-null-no-default", "c3", lineOf(c3, `"code"`)],
    ]);
    expect(report.findings.find((f) => f.rule === "mysql-algorithm-copy")!.message).toMatch(/^type of account\.id changed from int(\(11\))? to BIGINT$/);
  }, 60_000);
});

/**
 * Living with the lint: silencing one finding in place (`op.allow`, `-- mig:allow`) with
 * the reason in the report, `[mig.lint]` levels and its errors, `lint_since`, `--strict`,
 * `--no-lint`, and the JSON / gcc / github / gitlab renderings.
 */
import { afterEach, describe, expect, test } from "bun:test";
import "../../../dialects/mod.ts";
import { judgedRevisions } from "../../../core/check/lint/lint_scope.ts";
import { lintGraph } from "../../../core/check/lint_graph.ts";
import { ConfigError } from "../../../core/errors.ts";
import { CheckProject, createTable, lineOf } from "../project.ts";

let project: CheckProject;
afterEach(() => project?.dispose());

const PG = `url = "postgresql://app@db.internal/app"`;
const BASE = { rev: "a1", up: createTable("account"), downgrade: `op.dropTable("account");` };
const INDEX = `op.createIndex("ix_name", "account", ["name"]);`;
const lintFindings = (report: { findings: readonly { kind: string; rule?: string }[] }) =>
  report.findings.filter((f) => f.kind === "lint").map((f) => f.rule);

describe("silencing one finding in place", () => {
  test("op.allow before the op silences that op's finding only, and the report shows the reason", async () => {
    project = new CheckProject(PG);
    project.ts(BASE);
    const file = project.ts({
      rev: "b2", down: "a1",
      up: `  op.allow("create-index-non-concurrent", "account has 20 rows");\n  ${INDEX}\n  op.allow("create-index-concurent", "a typo");\n  op.createIndex("ix_id_name", "account", ["id", "name"]);`,
      downgrade: `op.dropIndex("ix_id_name");\n  op.dropIndex("ix_name");`,
    });
    const { report, stdout } = await project.check();
    // A misspelt rule silences nothing, and says so.
    expect(report.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ["create-index-non-concurrent", "error", lineOf(file, `"ix_id_name", "account"`)],
      ["unknown-allow", "warning", lineOf(file, `"ix_id_name", "account"`)],
    ]);
    expect(report.findings[1]!.message).toBe("allowance for 'create-index-concurent', which is no lint rule");
    expect(report.allowed).toEqual([{
      rule: "create-index-non-concurrent", revision: "b2", file, line: lineOf(file, `"ix_name"`),
      message: "CREATE INDEX on existing table account without CONCURRENTLY", reason: "account has 20 rows",
    }]);
    expect(stdout).toContain(
      `ALLOWED create-index-non-concurrent b2 migrations/versions/b2_script.ts:${lineOf(file, `"ix_name"`)}: CREATE INDEX on existing table account without CONCURRENTLY\n` +
        "    Reason: account has 20 rows\n",
    );
  }, 60_000);

  test("-- mig:allow above a SQL statement; an allowance for another rule silences nothing", async () => {
    project = new CheckProject(PG);
    project.ts(BASE);
    const file = project.sql("b2_sql.sql", [
      "-- revision: b2", "-- down_revision: a1", "-- migrate:up",
      "-- mig:allow drop-column the column was unused since v2.3",
      "ALTER TABLE account DROP COLUMN name;",
      "-- mig:allow drop-column wrong rule for this one",
      "CREATE INDEX ix_id ON account (id);",
      "-- migrate:down",
      "DROP INDEX ix_id;", "ALTER TABLE account ADD COLUMN name varchar(50) NOT NULL;", "",
    ].join("\n"));
    const { report } = await project.check();
    expect(report.allowed.map((a) => [a.rule, a.line, a.reason])).toEqual([["drop-column", lineOf(file, "DROP COLUMN"), "the column was unused since v2.3"]]);
    // The index is also built while DROP COLUMN's ACCESS EXCLUSIVE is held.
    const index = lineOf(file, "CREATE INDEX");
    expect(report.findings.map((f) => [f.rule, f.line])).toEqual([["create-index-non-concurrent", index], ["lock-held-across-statements", index]]);
    // In a SQL script the fix is SQL.
    expect(report.findings[0]!.fix).toBe("in a section marked '-- migrate:up transaction:false': CREATE INDEX CONCURRENTLY ix_id ON account (...)");
  }, 60_000);
});

describe("[mig.lint] and lint_since", () => {
  test("a rule re-levelled to warning passes, and fails again with --strict; off silences it", async () => {
    project = new CheckProject(`${PG}\n\n[mig.lint]\ncreate-index-non-concurrent = "warning"`);
    project.ts(BASE);
    project.ts({ rev: "b2", down: "a1", up: INDEX, downgrade: `op.dropIndex("ix_name");` });
    const warned = await project.check();
    expect(warned.report.ok).toBe(true);
    expect(warned.report.findings.map((f) => [f.rule, f.severity])).toEqual([["create-index-non-concurrent", "warning"]]);
    expect((await project.check({ strict: true })).report.ok).toBe(false);
    project.write("mig.toml", `[mig]\nscript_location = "migrations"\n${PG}\n\n[mig.lint]\ncreate-index-non-concurrent = "off"\n`);
    expect((await project.check()).report.findings).toEqual([]);
  }, 90_000);

  test("an unknown rule or level names the file, line and key", async () => {
    project = new CheckProject(`${PG}\n\n[mig.lint]\ncreate-index-concurrently = "off"`);
    project.ts(BASE);
    const where = `${project.path("mig.toml")}, line 6`;
    await expect(project.check()).rejects.toThrow(new ConfigError(`Unknown lint rule 'create-index-concurrently' in [mig.lint] of ${where}: see 'Lint' in the README for the rule ids`));
    project.write("mig.toml", `[mig]\nscript_location = "migrations"\n${PG}\n\n[mig.lint]\ndrop-table = "fatal"\n`);
    await expect(project.check()).rejects.toThrow(`Lint rule 'drop-table' in [mig.lint] of ${where} must be "error", "warning" or "off"`);
    project.write("mig.toml", `[mig]\nscript_location = "migrations"\n${PG}\nlint_since = "zz9"\n`);
    await expect(project.check()).rejects.toThrow("Key 'lint_since' names no revision: 'zz9'");
  });

  test("lint_since: revisions before it are not judged; it and later ones are; --no-lint judges none", async () => {
    project = new CheckProject(`${PG}\nlint_since = "c3"`);
    project.ts(BASE);
    project.ts({ rev: "b2", down: "a1", up: INDEX, downgrade: `op.dropIndex("ix_name");` });
    project.ts({ rev: "c3", down: "b2", up: `op.createIndex("ix_id", "account", ["id"]);`, downgrade: `op.dropIndex("ix_id");` });
    const { report } = await project.check({ explain: true });
    expect(report.findings.map((f) => [f.rule, f.revision])).toEqual([["create-index-non-concurrent", "c3"]]);
    expect(report.explained!.map((e) => e.revision)).toEqual(["c3"]);
    expect(lintFindings((await project.check({ noLint: true })).report)).toEqual([]);
  }, 90_000);
});

test("which revisions are judged: lint_since and its descendants, intersected with what --staged changed", () => {
  project = new CheckProject(PG);
  project.ts(BASE);
  project.ts({ rev: "b2", down: "a1", up: "" });
  project.ts({ rev: "c3", down: "b2", up: "" });
  project.ts({ rev: "d4", down: "b2", up: "" });
  project.ts({ rev: "e5", down: ["c3", "d4"], up: "" });
  const map = lintGraph(project.config()).map!;
  const judged = (init: Parameters<typeof judgedRevisions>[1]) => ["a1", "b2", "c3", "d4", "e5"].filter(judgedRevisions(map, init));
  expect(judged({})).toEqual(["a1", "b2", "c3", "d4", "e5"]);
  expect(judged({ since: "c3" })).toEqual(["c3", "e5"]);
  expect(judged({ staged: ["d4"] })).toEqual(["d4"]);
  expect(judged({ since: "c3", staged: ["d4", "e5"] })).toEqual(["e5"]);
});

describe("renderings", () => {
  test("--json carries rule, label, why and fix; --format gcc, github and gitlab point at the line", async () => {
    project = new CheckProject(PG);
    project.ts(BASE);
    const file = project.ts({ rev: "b2", down: "a1", up: `op.dropColumn("account", "name");`, downgrade: `op.addColumn("account", t.column("name", t.string(50), { nullable: false }));` });
    const line = lineOf(file, "dropColumn");
    const json = JSON.parse((await project.check({ json: true, explain: true })).stdout);
    expect(json.findings).toEqual([{
      kind: "lint", severity: "warning", rule: "drop-column", revision: "b2", file: "migrations/versions/b2_script.ts", line, column: expect.any(Number),
      message: "column dropped: account.name", statement: "ALTER TABLE account DROP COLUMN name",
      label: "ACCESS EXCLUSIVE on account, no rewrite",
      why: "application code deployed before this migration still reads and writes it, and fails until the new code is out",
      fix: `stop using it in code first and deploy; then silence with op.allow("drop-column", "no code uses it since <release>")`,
    }]);
    expect(json.statements.filter((s: { revision: string }) => s.revision === "b2")).toEqual([
      { revision: "b2", file: "migrations/versions/b2_script.ts", line, statement: "ALTER TABLE account DROP COLUMN name", label: "ACCESS EXCLUSIVE on account, no rewrite", source: "observed", inTransaction: true },
    ]);
    const column = json.findings[0].column;

    const gcc = (await project.check({ format: "gcc" })).stdout;
    expect(gcc).toBe(
      `migrations/versions/b2_script.ts:${line}:${column}: warning: column dropped: account.name [drop-column]\n` +
        `migrations/versions/b2_script.ts:${line}:${column}: note: lock: ACCESS EXCLUSIVE on account, no rewrite\n` +
        `migrations/versions/b2_script.ts:${line}:${column}: note: fix: stop using it in code first and deploy; then silence with op.allow("drop-column", "no code uses it since <release>")\n`,
    );
    const github = (await project.check({ format: "github" })).stdout;
    expect(github).toStartWith(`::warning file=migrations/versions/b2_script.ts,line=${line},col=${column},title=mig check%3A drop-column::column dropped: account.name%0ALock: ACCESS EXCLUSIVE on account, no rewrite%0AWhy: `);
    const gitlab = JSON.parse((await project.check({ format: "gitlab" })).stdout);
    expect(gitlab).toEqual([{
      description: expect.stringMatching(/^column dropped: account\.name \(ACCESS EXCLUSIVE on account, no rewrite\) Fix: /),
      check_name: "drop-column", fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), severity: "minor",
      location: { path: "migrations/versions/b2_script.ts", lines: { begin: line } },
    }]);
  }, 120_000);
});

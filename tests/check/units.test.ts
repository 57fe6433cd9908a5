/**
 * The pure parts of `mig check`: which dialect a project is checked in, the undo rule,
 * PostgreSQL's newer-syntax table, the hook script, and the inverse of an upgrade step.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { checkTargets, EMBEDDED } from "../../core/check/targets.ts";
import { undoMismatch } from "../../core/check/undo_check.ts";
import { hookConfigPath, hookScript } from "../../core/check/hook.ts";
import { inverseStep } from "../../core/check/inverse_step.ts";
import type { SchemaObject } from "../../core/schema_snapshot.ts";
import { postgresqlNewerSyntax } from "../../dialects/postgresql/newer_syntax.ts";
import { CheckProject } from "./project.ts";

let project: CheckProject | undefined;
afterEach(() => project?.dispose());

describe("dialect of the check", () => {
  const targets = (settings: string, options = {}) => {
    project?.dispose();
    project = new CheckProject(settings);
    return checkTargets(project.config(), options).map((t) => [t.database ?? "-", t.dialect, t.url?.masked ?? t.skipped?.slice(0, 20)]);
  };
  test("from the url, from its scheme when variables are unset, from check_dialect or --dialect", () => {
    expect(targets(`url = "sqlite:///dev.db"`)).toEqual([["-", "sqlite", "sqlite://"]]);
    expect(targets(`url = "postgresql://u:\${PW}@h/db"`)).toEqual([["-", "postgresql", EMBEDDED.postgresql]]);
    expect(targets(`url = "\${DATABASE_URL}"\ncheck_dialect = "postgres"`)).toEqual([["-", "postgresql", EMBEDDED.postgresql]]);
    expect(targets(`url = "sqlite://"`, { dialect: "mariadb" })).toEqual([["-", "mysql", "No embedded MariaDB:"]]);
    expect(targets(`url = "mysql://h/db"`, { devUrl: "mysql://root@127.0.0.1/x" })).toEqual([["-", "mysql", "mysql://root@127.0.0.1/x"]]);
  });
  test("a url that tells nothing asks for check_dialect", () => {
    expect(() => targets(`url = "\${DATABASE_URL}"`)).toThrow(
      "Cannot tell the dialect of 'url' in section [mig]: Environment variable 'DATABASE_URL' used in",
    );
    expect(() => targets(`version_table = "v"`)).toThrow(`No database url in section [mig] to tell the dialect from: set check_dialect = "postgresql"`);
    expect(() => targets(`url = "sqlite://"`, { dialect: "oracle" })).toThrow("Unknown dialect 'oracle': expected postgresql, mysql, mariadb or sqlite");
    expect(() => targets(`url = "sqlite://"`, { devUrl: "sqlite:///x.db" })).toThrow("--dev-url must be a PostgreSQL or MySQL server url, not 'sqlite:///x.db'");
  });
  test("multidb: one target per database section", () => {
    expect(targets(`databases = ["a", "b"]\n[a]\nurl = "sqlite:///a.db"\n[b]\nurl = "postgresql://h/b"`)).toEqual([
      ["a", "sqlite", "sqlite://"],
      ["b", "postgresql", EMBEDDED.postgresql],
    ]);
  });
});

describe("undo rule", () => {
  const o = (kind: SchemaObject["kind"], name: string, definition = "", table?: string): SchemaObject => ({ kind, name, definition, ...(table ? { table } : {}) });
  const none = { added: [], removed: [], changed: [] };
  test("an exact undo is clean; leftovers, missing restores and stray drops are named", () => {
    const t = o("table", "t");
    const col = o("column", "t.a", "int", "t");
    const up = { added: [t, col, o("index", "ix", "(a)", "t")], removed: [o("index", "old", "(b)", "u")], changed: [{ before: o("column", "u.b", "int"), after: o("column", "u.b", "text") }] };
    const exact = { added: [o("index", "old", "(b)", "u")], removed: [t, col, o("index", "ix", "(a)", "t")], changed: [{ before: o("column", "u.b", "text"), after: o("column", "u.b", "int") }] };
    expect(undoMismatch({ up, down: exact }, new Set())).toEqual([]);
    expect(undoMismatch({ up, down: none }, new Set())).toEqual([
      "left behind: table t",
      "not restored: index old ((b))",
      "not changed back: column u.b: still text (was int)",
    ]);
    const stray = { ...exact, removed: [...exact.removed, o("table", "keep"), o("column", "keep.x", "int", "keep"), o("index", "gone", "(z)")] };
    expect(undoMismatch({ up, down: stray }, new Set(["index gone"]))).toEqual(["also dropped: table keep"]);
    const different = { ...exact, added: [o("index", "old", "(c)", "u")] };
    expect(undoMismatch({ up, down: different }, new Set())).toEqual(["restored differently: index old: (c) instead of (b)"]);
  });
});

test("newer PostgreSQL syntax by target version, ignoring string literals", () => {
  const found = (sql: string, target: string) => postgresqlNewerSyntax(sql, target).map((f) => `${f.feature}@${f.since}`);
  expect(found("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "14")).toEqual(["MERGE@15"]);
  expect(found("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "15")).toEqual([]);
  expect(found("INSERT INTO notes VALUES ('MERGE INTO x; NULLS NOT DISTINCT')", "10")).toEqual([]);
  expect(found("CREATE TABLE t (id uuid DEFAULT uuidv7(), c int GENERATED ALWAYS AS (id) VIRTUAL)", "17.2")).toEqual([
    "uuidv7()/uuidv4()@18", "virtual generated columns@18",
  ]);
  expect(found("ALTER TABLE t ADD COLUMN g int GENERATED ALWAYS AS (a * 2) STORED", "11")).toEqual(["stored generated columns@12"]);
});

test("the hook script runs the same mig with the project's config", () => {
  expect(hookScript({ mig: "/opt/my tools/mig", config: "db/mig.toml", section: "app" })).toBe(
    "#!/bin/sh\n" +
      "# mig-check-hook: written by 'mig check --install-hook'; running it again replaces this file.\n" +
      "# Lints the revision graph and dry-runs the migrations this commit changes; a failure stops the commit.\n" +
      "exec '/opt/my tools/mig' -c db/mig.toml -n app check --staged\n",
  );
  expect(hookConfigPath("/repo/mig.toml", "/repo")).toBeUndefined();
  expect(hookConfigPath("/repo/db/mig.toml", "/repo")).toBe("db/mig.toml");
});

test("the inverse of a merge step unmerges in reverse order", () => {
  const up = {
    revision: "m", path: "/m.ts", direction: "up" as const, stamp: false, shortLog: "", logLine: "",
    versionChanges: [{ kind: "delete" as const, rev: "a" }, { kind: "update" as const, from: "b", to: "m" }],
  };
  const down = inverseStep(up, { downRevisions: ["a", "b"], message: "merge" });
  expect(down.versionChanges).toEqual([{ kind: "update", from: "m", to: "b" }, { kind: "insert", rev: "a" }]);
  expect(down.logLine).toBe("downgrade m -> a, b, merge");
  expect(down.direction).toBe("down");
});

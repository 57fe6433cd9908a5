import { describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readTsHeader } from "../../core/script/ts_header.ts";
import { readSqlHeader } from "../../core/script/sql_header.ts";
import { readHeader, readHeaders } from "../../core/script/script_directory.ts";
import { parseSqlScript } from "../../core/script/sql_script.ts";
import { ScriptError } from "../../core/errors.ts";

const TUTORIAL = `/** create account table
 *
 * Revision ID: 1975ea83b712
 * Revises: None
 * Create Date: 2026-11-21 10:00:00
 */
import { op, t } from "mig";

export const revision = "1975ea83b712";
export const downRevision: string | string[] | null = null;
export const branchLabels: string[] | null = ["main"];
export const dependsOn: string[] | null = ['abc1', "def2"];

export function upgrade() {
  op.createTable("account", []);
}
`;

describe("TypeScript headers", () => {
  test("the generated script's header", () => {
    const h = readHeader("/p/versions/1975ea83b712_create.ts", TUTORIAL);
    expect(h).toEqual({
      revision: "1975ea83b712",
      downRevisions: [],
      branchLabels: ["main"],
      dependsOn: ["abc1", "def2"],
      message: "create account table",
      doc: "create account table\n\nRevision ID: 1975ea83b712\nRevises: None\nCreate Date: 2026-11-21 10:00:00",
      path: "/p/versions/1975ea83b712_create.ts",
    });
  });

  test.each([
    ['export const downRevision = "ae10";', ["ae10"]],
    ["export const downRevision = 'ae10'", ["ae10"]],
    ["export const downRevision: string = `ae10`;", ["ae10"]],
    ['export const downRevision = ["a1", "b2"] as const;', ["a1", "b2"]],
    ['export const downRevision: string[] = [\n  "a1",\n  "b2",\n];', ["a1", "b2"]],
    ["export const downRevision = [];", []],
    ["export const downRevision = null;", null],
  ])("literal form %s", (line, expected) => {
    expect(readTsHeader(line, "x.ts").downRevision).toEqual(expected as string[] | null);
  });

  test.each([
    'export const downRevision = makeId();',
    "export const downRevision = `${base}`;",
    'export const downRevision = ["a", other];',
    'export const downRevision = "a" + "b";',
  ])("non-literal %s is refused with file and line", (line) => {
    const source = `/** doc */\n\n${line}\n`;
    expect(() => readTsHeader(source, "versions/x.ts")).toThrow(
      "Header constant 'downRevision' in versions/x.ts:3 must be a literal (a string, an array of strings or null)",
    );
  });

  test("missing revision names the file", () => {
    expect(() => readHeader("/p/v/a.ts", "export const downRevision = null;")).toThrow(
      "Could not determine revision id from /p/v/a.ts: declare `export const revision = \"<id>\"` in the script",
    );
  });
});

describe("SQL headers and sections", () => {
  const SQL = [
    "-- revision: ae1027a6acf0",
    "-- down_revision: 1975ea83b712",
    "-- message: add a column",
    "-- create_date: 2026-11-21 10:05:00",
    "-- migrate:up",
    "",
    "ALTER TABLE account ADD COLUMN last_transaction_date timestamp;",
    "-- migrate:down transaction:false",
    "ALTER TABLE account DROP COLUMN last_transaction_date;",
    "",
  ].join("\n");

  test("header", () => {
    const h = readHeader("/p/v/ae.sql", SQL);
    expect(h.revision).toBe("ae1027a6acf0");
    expect(h.downRevisions).toEqual(["1975ea83b712"]);
    expect(h.message).toBe("add a column");
    expect(h.doc).toBe("add a column\n\nRevision ID: ae1027a6acf0\nRevises: 1975ea83b712\nCreate Date: 2026-11-21 10:05:00");
  });

  test("lists", () => {
    expect(readSqlHeader("-- down_revision: a1, b2\n-- depends_on: (c3, d4)\n-- branch_labels: None\n", "f").downRevisions).toEqual(["a1", "b2"]);
    expect(readSqlHeader("-- depends_on: (c3, d4)\n", "f").dependsOn).toEqual(["c3", "d4"]);
  });

  test("unknown header key names file and line", () => {
    expect(() => readSqlHeader("-- revision: a\n-- revisses: b\n", "v/x.sql")).toThrow(/^Unknown header 'revisses' in v\/x\.sql:2/);
  });

  test("sections with lines and transaction flag", () => {
    const s = parseSqlScript(SQL, "x.sql");
    expect(s.up).toEqual({ sql: "ALTER TABLE account ADD COLUMN last_transaction_date timestamp;", transaction: true, line: 7 });
    expect(s.down).toEqual({ sql: "ALTER TABLE account DROP COLUMN last_transaction_date;", transaction: false, line: 9 });
    expect(() => parseSqlScript("-- revision: a\nselect 1;", "x.sql")).toThrow("No '-- migrate:up' section in x.sql");
    expect(() => parseSqlScript("-- migrate:up transaction:maybe\n", "x.sql")).toThrow(ScriptError);
  });
});

describe("readHeaders", () => {
  test("scans every location, skips private and declaration files, tolerates a missing dir", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "mig-headers-"));
    const a = path.join(root, "a");
    const b = path.join(root, "b");
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    fs.writeFileSync(path.join(a, "1_x.ts"), 'export const revision = "aaaa1111";\n');
    fs.writeFileSync(path.join(a, "mig.d.ts"), "declare const x: 1;\n");
    fs.writeFileSync(path.join(a, "_helpers.ts"), "export const y = 1;\n");
    fs.writeFileSync(path.join(a, "notes.md"), "hi\n");
    fs.writeFileSync(path.join(b, "2_y.sql"), "-- revision: bbbb2222\n-- down_revision: aaaa1111\n-- migrate:up\n");
    const found = readHeaders([a, b, path.join(root, "missing")]);
    expect(found.map((h) => h.revision)).toEqual(["aaaa1111", "bbbb2222"]);
    fs.rmSync(root, { recursive: true });
  });
});

describe("reading a versions directory", () => {
  test("scripts larger than the shared read buffer, non-ASCII text and a small one side by side", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig_headers_read_"));
    try {
      const big = TUTORIAL.replace("create account table", "créer la table « compte »")
        .replace("1975ea83b712", "b16b16b16b16").replace("1975ea83b712", "b16b16b16b16")
        .replace('export function upgrade() {', `// ${"ä".repeat(40_000)}\nexport function upgrade() {`)
        .replace('export const dependsOn: string[] | null = [\'abc1\', "def2"];', "export const dependsOn = null;\n" + `// ${"x".repeat(70_000)}`);
      fs.writeFileSync(path.join(dir, "b16b16b16b16_big.ts"), big);
      fs.writeFileSync(path.join(dir, "1975ea83b712_small.ts"), TUTORIAL.replace('export const dependsOn: string[] | null = [\'abc1\', "def2"];', "export const dependsOn = null;"));
      expect(fs.statSync(path.join(dir, "b16b16b16b16_big.ts")).size).toBeGreaterThan(64 * 1024 + 80_000);
      const headers = readHeaders([dir]);
      expect(headers.map((h) => [h.revision, h.message])).toEqual([
        ["1975ea83b712", "create account table"],
        ["b16b16b16b16", "créer la table « compte »"],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

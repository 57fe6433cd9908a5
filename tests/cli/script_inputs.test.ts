/**
 * Script inputs that used to be accepted silently (issue 10, class 7): a SQL header key
 * given twice, invalid UTF-8 in a SQL script, and a message containing the comment end.
 */
import { afterEach, expect, test } from "bun:test";
import * as fs from "node:fs";
import { CliProject } from "../support/cli.ts";

let p: CliProject;
afterEach(() => p?.dispose());

function sqlProject(): CliProject {
  const project = new CliProject();
  project.ok(["init", "migrations"]);
  project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, `url = "sqlite:///app.db"`));
  return project;
}

test("a SQL header key given twice is an error naming the file and both lines", () => {
  p = sqlProject();
  p.write("migrations/versions/a1.sql", "-- revision: a1\n-- revision: a2\n-- migrate:up\nSELECT 1;\n");
  const r = p.mig(["heads"]);
  expect(r.status).toBe(255);
  expect(r.stderr).toContain("Header 'revision' appears twice in");
  expect(r.stderr).toContain("a1.sql: lines 1 and 2");
});

test("invalid UTF-8 in a SQL script is refused with the byte offset, and nothing runs", () => {
  p = sqlProject();
  const head = "-- revision: a1\n-- migrate:up\nCREATE TABLE t (note text DEFAULT '";
  fs.mkdirSync(p.path("migrations/versions"), { recursive: true });
  fs.writeFileSync(p.path("migrations/versions/a1.sql"), Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0x41]), Buffer.from("');\n")]));
  const r = p.mig(["upgrade", "head"]);
  expect(r.status).toBe(255);
  expect(r.stderr).toContain(`a1.sql is not valid UTF-8 (first bad byte at offset ${Buffer.byteLength(head)})`);
  expect(p.ok(["current"])).toBe("");
});

test("a message with */ comes back unchanged in history", () => {
  p = sqlProject();
  p.ok(["revision", "-m", "close a /* comment */ early"]);
  expect(p.ok(["history"], { env: { MIG_CACHE_DIR: "off" } })).toBe("<base> -> " + p.files("migrations/versions")[0]!.slice(0, 12) + " (head), close a /* comment */ early\n");
});

test("a script_location that does not exist is an error for every command, and nothing is written (issue 10, class 4)", () => {
  p = sqlProject();
  p.write("mig.toml", p.read("mig.toml").replace(/^script_location = .*$/m, `script_location = "nowhere"`));
  for (const args of [["heads"], ["history"], ["upgrade", "head"], ["downgrade", "base"], ["current"], ["check"]]) {
    const r = p.mig(args);
    expect([args.join(" "), r.status]).toEqual([args.join(" "), 255]);
    expect(r.stderr).toContain("No script directory");
    expect(r.stderr).toContain("script_location in");
  }
  expect(fs.existsSync(p.path("app.db"))).toBe(false);
});

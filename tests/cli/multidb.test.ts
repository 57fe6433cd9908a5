/** The multidb template: one version table per database, scripts told which database runs. */
import { afterAll, expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";

const project = new CliProject();
afterAll(() => project.dispose());

test("init -t multidb, a revision per database, upgrade, current, --sql", () => {
  project.ok(["init", "-t", "multidb", "migrations"]);
  project.ok(["revision", "-m", "first", "--rev-id", "aaaa00000001"]);
  const file = "migrations/versions/aaaa00000001_first.ts";
  project.write(file, project.read(file).replace(
    '    case "engine1":\n      break;\n    case "engine2":\n      break;\n  }\n}\n\nexport function downgrade',
    '    case "engine1":\n      op.createTable("one", [t.column("id", t.integer(), { primaryKey: true })]);\n      break;\n' +
      '    case "engine2":\n      op.createTable("two", [t.column("id", t.integer(), { primaryKey: true })]);\n      break;\n  }\n}\n\nexport function downgrade',
  ));
  const up = project.mig(["upgrade", "head"]);
  expect(up.status).toBe(0);
  expect(up.stderr).toContain("INFO  [mig] Database engine1: sqlite:///engine1.db\n");
  expect(up.stderr).toContain("INFO  [mig] Database engine2: sqlite:///engine2.db\n");
  expect(project.ok(["current"])).toBe("aaaa00000001 (head)\naaaa00000001 (head)\n");
  expect(JSON.parse(project.ok(["current", "--json"]))).toEqual([
    { database: "engine1", url: "sqlite:///engine1.db", heads: ["aaaa00000001"] },
    { database: "engine2", url: "sqlite:///engine2.db", heads: ["aaaa00000001"] },
  ]);
  const sql = project.ok(["upgrade", "head", "--sql"]);
  expect(sql.indexOf("-- Database engine1")).toBeLessThan(sql.indexOf("CREATE TABLE one"));
  expect(sql.indexOf("-- Database engine2")).toBeLessThan(sql.indexOf("CREATE TABLE two"));
  expect(sql.indexOf("CREATE TABLE one")).toBeLessThan(sql.indexOf("-- Database engine2"));
  project.ok(["downgrade", "base"]);
  expect(project.ok(["current"])).toBe("");
});

/**
 * The rest of the autogenerate workflow from the command line: drift in `mig check`
 * (fails on a declared column no migration creates, passes once the generated migration
 * is added), `--from-migrations` with no server, `.sql` scripts, `--allow-empty`,
 * `--rename`, `mig schema dump` round trips, and refusals that write nothing.
 */
import { afterEach, describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import { CliProject } from "../support/cli.ts";
import { createDatabase, type TestDatabase } from "../support/databases.ts";

let project: CliProject;
let database: TestDatabase | undefined;
afterEach(async () => {
  project?.dispose();
  await database?.drop();
  database = undefined;
});

const USERS = `import { t } from "mig";
export const users = t.table("users", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("name", t.string(50), { nullable: false }),
]);
`;
const WITH_EMAIL = USERS.replace(`{ nullable: false }),`, `{ nullable: false }),\n  t.column("email", t.string(255)),`);

/** A PostgreSQL project whose url nobody can reach: everything here runs in PGlite. */
function embeddedProject(schema = USERS): CliProject {
  const p = new CliProject("mig-autogen-flow-");
  p.ok(["init", "migrations"]);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, `url = "postgresql://app:\${APP_PASSWORD}@db.internal/app"\ntarget_schema = "db/schema.ts"`));
  p.write("db/schema.ts", schema);
  return p;
}

const versions = (p: CliProject) => p.files("migrations/versions").filter((f) => /\.(ts|sql)$/.test(f));
const generated = (stdout: string) => /Generating (\S+) \.\.\. {2}done/.exec(stdout)?.[1];

describe("drift in mig check", () => {
  test("a declared column no migration creates fails the check; the generated migration makes it pass", () => {
    project = embeddedProject();
    const none = project.mig(["check"]);
    expect(none.status).toBe(1);
    expect(none.stdout).toContain("drift");

    project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "create users"]);
    expect(project.mig(["check"]).status).toBe(0);

    project.write("db/schema.ts", WITH_EMAIL);
    const drift = project.mig(["check", "--json"]);
    expect(drift.status).toBe(1);
    const report = JSON.parse(drift.stdout) as { findings: { kind: string; details?: string[] }[] };
    const found = report.findings.find((f) => f.kind === "drift")!;
    expect(found.details).toContain("Detected added column 'users.email'");
    expect(found.details?.join("\n")).toContain(`op.addColumn("users", t.column("email", t.string(255)));`);

    const out = project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "add email"]);
    expect(fs.readFileSync(generated(out)!, "utf8")).toContain(`op.addColumn("users", t.column("email", t.string(255)));`);
    const clean = project.mig(["check"]);
    expect(clean.status).toBe(0);
    expect(project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "x"])).toContain("No changes in schema detected.");
    expect(versions(project).length).toBe(2);
    // Seven commands each booting PGlite: about 58 s with the 2 cores shared, so 60 s was the edge.
  }, 150_000);
});

describe("revision --autogenerate options", () => {
  test("--sql writes the compiled DDL into a .sql script that upgrades and downgrades", async () => {
    database = await createDatabase("sqlite");
    project = new CliProject("mig-autogen-flow-");
    project.ok(["init", "migrations"]);
    project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, `url = "${database!.url}"\ntarget_schema = "db/schema.ts"`));
    project.write("db/schema.ts", USERS);
    const out = project.ok(["revision", "--autogenerate", "--sql", "-m", "create users"]);
    const text = fs.readFileSync(generated(out)!, "utf8");
    expect(text).toMatch(/-- migrate:up\nCREATE TABLE users \(/);
    expect(text).toContain("-- migrate:down\nDROP TABLE users;");
    project.ok(["upgrade", "head"]);
    expect(project.ok(["revision", "--autogenerate", "-m", "x"])).toContain("No changes in schema detected.");
    project.ok(["downgrade", "base"]);
  }, 60_000);

  test("--allow-empty writes a script with nothing to do; without it nothing is written", () => {
    project = embeddedProject();
    project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "create users"]);
    expect(project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "empty"])).toContain("No changes in schema detected.");
    expect(versions(project).length).toBe(1);
    const out = project.ok(["revision", "--autogenerate", "--from-migrations", "--allow-empty", "-m", "empty"]);
    expect(fs.readFileSync(generated(out)!, "utf8")).toContain("// nothing to do");
  }, 60_000);

  test("renames only from hints: --rename and renamedFrom; a bad hint writes nothing", () => {
    project = embeddedProject();
    project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "create users"]);
    project.write("db/schema.ts", USERS.replace(`t.column("name"`, `t.column("full_name"`));
    const guessed = project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "drop and add", "--rev-id", "aaaa00000002"]);
    expect(fs.readFileSync(generated(guessed)!, "utf8")).toContain(`op.dropColumn("users", "name");`);
    fs.rmSync(generated(guessed)!);

    const bad = project.mig(["revision", "--autogenerate", "--from-migrations", "-m", "r", "--rename", "users.nme=users.full_name"]);
    expect(bad.status).toBe(255);
    expect(bad.stderr).toContain("Rename hint users.nme -> full_name: there is no column 'nme' to rename");
    expect(versions(project).length).toBe(1);

    const renamed = project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "rename", "--rename", "users.name=users.full_name"]);
    const text = fs.readFileSync(generated(renamed)!, "utf8");
    expect(text).toContain(`op.alterColumn("users", "name", { newName: "full_name"`);
    expect(text).toContain(`op.alterColumn("users", "full_name", { newName: "name"`);
    expect(renamed).toContain("Verified in ");

    project.write("db/schema.ts", USERS.replace(`t.table("users"`, `t.table("accounts"`).replace(`}),\n]);`, `}),\n], { renamedFrom: "users" });`));
    const table = project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "rename table"]);
    expect(fs.readFileSync(generated(table)!, "utf8")).toContain(`op.renameTable("users", "accounts");`);
  }, 90_000);

  test("an enum type the target keeps survives dropping the last table that used it", () => {
    project = embeddedProject(`import { t } from "mig";
export const mood = t.enum(["sad", "ok"], { name: "mood" });
export const users = t.table("users", [t.column("id", t.integer(), { primaryKey: true }), t.column("feeling", mood)]);
`);
    project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "users"]);
    project.write("db/schema.ts", `import { t } from "mig";
export const mood = t.enum(["sad", "ok"], { name: "mood" });
`);
    const out = project.ok(["revision", "--autogenerate", "--from-migrations", "-m", "drop users"]);
    expect(out).toContain("Verified in ");
    expect(project.mig(["check"]).status).toBe(0);
  }, 60_000);

  test("refusals: no target schema, a database not at its heads; nothing written", async () => {
    project = new CliProject("mig-autogen-flow-");
    project.ok(["init", "migrations"]);
    const none = project.mig(["revision", "--autogenerate", "--from-migrations", "-m", "x"]);
    expect(none.status).toBe(255);
    expect(none.stderr).toContain("No target schema to compare with: set target_schema");
    database = await createDatabase("sqlite");
    project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, `url = "${database!.url}"\ntarget_schema = "db/schema.ts"`));
    project.write("db/schema.ts", USERS);
    project.ok(["revision", "--autogenerate", "-m", "create users"]);
    const behind = project.mig(["revision", "--autogenerate", "-m", "more"]);
    expect(behind.status).toBe(255);
    expect(behind.stderr).toContain("Target database is not up to date.");
    expect(versions(project).length).toBe(1);
  }, 60_000);
});

describe("mig schema dump", () => {
  test("a database dumped as a module (and as SQL) is what autogenerate then finds equal", async () => {
    database = await createDatabase("postgresql");
    if (!database) return;
    project = new CliProject("mig-autogen-dump-");
    project.ok(["init", "migrations"]);
    project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, `url = "${database.url}"\ntarget_schema = "db/schema.ts"`));
    project.write("db/schema.ts", `import { t } from "mig";
export const status = t.enum(["new", "done"], { name: "task_status" });
export const users = t.table("users", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("email", t.string(255), { nullable: false, unique: true }),
  t.column("created", t.dateTime({ timezone: true }), { serverDefault: t.sql("now()") }),
], { comment: "people" });
export const tasks = t.table("tasks", [
  t.column("id", t.bigInteger(), { primaryKey: true }),
  t.column("owner", t.integer(), { references: "users.id", index: true }),
  t.column("status", status, { nullable: false, serverDefault: "new" }),
  t.check("id > 0", { name: "ck_tasks_id" }),
]);
`);
    project.ok(["revision", "--autogenerate", "-m", "baseline"]);
    project.ok(["upgrade", "head"]);
    project.ok(["schema", "dump", "-o", "db/dumped.ts"]);
    project.write("mig.toml", project.read("mig.toml").replace(`target_schema = "db/schema.ts"`, `target_schema = "db/dumped.ts"`));
    expect(project.ok(["revision", "--autogenerate", "-m", "x"])).toContain("No changes in schema detected.");
    const sql = project.ok(["schema", "dump", "--format", "sql"]);
    expect(sql).toContain("CREATE TYPE task_status AS ENUM ('new', 'done');");
    project.write("db/dumped.sql", sql);
    project.write("mig.toml", project.read("mig.toml").replace(`target_schema = "db/dumped.ts"`, `target_schema = "db/dumped.sql"`));
    expect(project.ok(["revision", "--autogenerate", "-m", "x"])).toContain("No changes in schema detected.");
    expect(project.ok(["schema", "dump", "--from-migrations"])).toContain(`export const tasks = t.table("tasks", [`);
  }, 90_000);
});

/**
 * Every kind of change at once, per engine: a start schema, a target that changes it in
 * each way autogenerate detects, the generated script proven, applied online, a second
 * autogenerate finding nothing, and the downgrade restoring the start (autogenerate
 * against the start finds nothing either).
 */
import { afterAll, describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import { CliProject } from "../support/cli.ts";
import { createDatabase, ENGINES, type Engine } from "../support/databases.ts";

function schemas(engine: Engine) {
  const pg = engine === "postgresql" || engine === "pglite";
  const comments = engine !== "sqlite";
  const start = `import { t } from "mig";
${pg ? `export const mood = t.enum(["sad", "ok", "happy"], { name: "mood" });` : ""}
export const users = t.table("users", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("name", t.string(50), { nullable: false }),
  t.column("age", t.integer()),
  t.column("nick", t.string(20), { serverDefault: "anon" }),
  t.column("legacy", t.text()),
  ${pg ? `t.column("feeling", mood),` : ""}
  t.index("ix_users_age", ["age"]),
  t.check("age >= 0", { name: "ck_users_age" }),
]);
export const posts = t.table("posts", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("user_id", t.integer()),
  t.column("body", t.text()),
  t.foreignKey(["user_id"], "users", ["id"], { name: "fk_posts_user" }),
]);
export const old_things = t.table("old_things", [t.column("id", t.integer(), { primaryKey: true })]);
`;
  const target = `import { t } from "mig";
${pg ? `export const mood = t.enum(["sad", "meh", "ok", "happy", "ecstatic"], { name: "mood" });
export const level = t.enum(["low", "high"], { name: "level" });` : ""}
export const users = t.table("users", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("name", t.string(100), { nullable: true${comments ? `, comment: "display name"` : ""} }),
  t.column("age", t.bigInteger(), { nullable: false, serverDefault: t.sql("0") }),
  t.column("nick", t.string(20)),
  t.column("email", t.string(255)),
  ${pg ? `t.column("feeling", mood), t.column("lvl", level),` : ""}
  t.index("ix_users_email", ["email"], { unique: true }),
  ${pg || engine === "sqlite" ? `t.index("ix_users_adults", ["name"], { where: "age > 17" }),` : ""}
  ${pg ? `t.index("ix_users_lower_name", [t.sql("lower(name)")]),` : ""}
  t.check("age < 200", { name: "ck_users_age_max" }),
  t.unique(["nick"], { name: "uq_users_nick" }),
]${comments ? `, { comment: "people" }` : ""});
export const posts = t.table("posts", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("user_id", t.integer()),
  t.column("body", t.text()),
  t.foreignKey(["user_id"], "users", ["id"], { name: "fk_posts_user", onDelete: "CASCADE" }),
]);
export const tags = t.table("tags", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("post_id", t.integer(), { nullable: false }),
  t.column("label", t.string(30), { nullable: false }),
  t.foreignKey(["post_id"], "posts", ["id"], { name: "fk_tags_post" }),
]${pg ? `, { schema: "extra" }` : ""});
`;
  return { start, target };
}

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanup) await fn();
});

const generate = (p: CliProject, message: string) => {
  const r = p.mig(["revision", "--autogenerate", "-m", message]);
  if (r.status !== 0) throw new Error(`exited ${r.status}\n${r.stderr}${r.stdout}`);
  return r;
};

describe("every change kind", () => {
  for (const engine of ENGINES) {
    test(engine, async () => {
      const db = await createDatabase(engine);
      if (!db) return;
      const p = new CliProject("mig-autogen-kinds-");
      cleanup.push(async () => {
        p.dispose();
        await db.drop();
      });
      const { start, target } = schemas(engine);
      p.ok(["init", "migrations"]);
      p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, `url = "${db.url}"\ntarget_schema = "schema.ts"\ninclude_schemas = true`));
      p.write("schema.ts", start);
      expect(generate(p, "start").stdout).toContain("Verified in ");
      p.ok(["upgrade", "head"]);

      p.write("schema.ts", target);
      const change = generate(p, "every change");
      if (!change.stdout.includes("Verified in ")) throw new Error(`not verified:\n${change.stderr}`);
      for (const line of [
        "Detected added table 'tags'", "Detected removed table 'old_things'", "Detected added column 'users.email'",
        "Detected removed column 'users.legacy'", "Detected added index 'ix_users_email'".replace("index", engine === "mariadb" ? "unique constraint" : "index"),
        "Detected removed index 'ix_users_age'", "Detected added check constraint 'ck_users_age_max'", "Detected added unique constraint 'uq_users_nick'",
      ]) expect(change.stderr).toContain(line);
      expect(change.stderr).toMatch(/Detected changed column 'users\.age' \(type, (using, )?nullable, serverDefault/);
      p.ok(["upgrade", "head"]);
      expect(generate(p, "again").stdout).toContain("No changes in schema detected.");

      // Down again, and the script gone: the database must be the start schema exactly.
      p.ok(["downgrade", "-1"]);
      fs.rmSync(/Generating (\S+) /.exec(change.stdout)![1]!);
      p.write("schema.ts", start);
      expect(generate(p, "back").stdout).toContain("No changes in schema detected.");
    }, 120_000);
  }
});

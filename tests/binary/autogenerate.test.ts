/**
 * The seed tutorial's autogenerate walk-through from the compiled binary alone (no bun,
 * node or node_modules on PATH): declare a table, autogenerate and upgrade on a PGlite
 * directory (the proof runs in the embedded PGlite), then add a table, a column, an index
 * and a foreign key and do it again; `mig check` sees no drift, then drift once the
 * target moves on.
 */
import { afterAll, expect, test } from "bun:test";
import { BinaryProject } from "./binary_harness.ts";

const project = new BinaryProject();
afterAll(() => project.dispose());

const V1 = `import { t } from "mig";
export const users = t.table("users", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("name", t.string(50), { nullable: false }),
]);
`;
const V2 = `import { t } from "mig";
export const users = t.table("users", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("name", t.string(50), { nullable: false }),
  t.column("email", t.string(255)),
  t.index("ix_users_email", ["email"], { unique: true }),
]);
export const posts = t.table("posts", [
  t.column("id", t.integer(), { primaryKey: true }),
  t.column("user_id", t.integer(), { nullable: false }),
  t.foreignKey(["user_id"], "users", ["id"], { name: "fk_posts_user_id_users" }),
]);
`;

const ok = (args: string[]) => {
  const r = project.run(args);
  if (r.status !== 0) throw new Error(`mig ${args.join(" ")} exited ${r.status}\n${r.stderr}${r.stdout}`);
  return r;
};

test("autogenerate walk-through from the binary", () => {
  ok(["init", "migrations"]);
  project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, `url = "pglite://./pgdata"\ntarget_schema = "db/schema.ts"`));
  project.write("db/schema.ts", V1);
  const first = ok(["revision", "--autogenerate", "-m", "create users"]);
  expect(first.stdout).toContain("Verified in pglite");
  expect(first.stderr).toContain("Detected added table 'users'");
  ok(["upgrade", "head"]);

  project.write("db/schema.ts", V2);
  const second = ok(["revision", "--autogenerate", "-m", "posts, email, index, key"]);
  expect(second.stdout).toContain("Verified in pglite");
  for (const line of ["Detected added table 'posts'", "Detected added column 'users.email'", "Detected added index 'ix_users_email'"]) {
    expect(second.stderr).toContain(line);
  }
  ok(["upgrade", "head"]);
  expect(ok(["revision", "--autogenerate", "-m", "x"]).stdout).toContain("No changes in schema detected.");
  // The generated index on the existing users table is built without CONCURRENTLY: the lint says so.
  const linted = project.run(["check"]);
  expect(linted.status).toBe(1);
  expect(linted.stdout).toContain("ERROR create-index-non-concurrent");
  expect(ok(["check", "--no-lint"]).stdout).toContain("mig check: OK");

  project.write("db/schema.ts", V2.replace(`t.column("email", t.string(255)),`, `t.column("email", t.string(255)),\n  t.column("bio", t.text()),`));
  const drift = project.run(["check", "--no-lint"]);
  expect(drift.status).toBe(1);
  expect(drift.stdout).toContain("Detected added column 'users.bio'");
  ok(["downgrade", "base"]);
}, 120_000);

/**
 * `npm run demo`: mig's main job on the embedded default database (a SQLite file), in a
 * fresh project under .tmp/demo: init, two revisions, upgrade, history, current,
 * downgrade, and the same upgrade written as SQL for a DBA. Each command is echoed.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const repo = path.resolve(import.meta.dirname!, "..");
const dir = path.join(repo, ".tmp", "demo");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

function mig(...args: string[]): void {
  console.log(`\n$ mig ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}`);
  const result = Bun.spawnSync([process.execPath, path.join(repo, "cli.ts"), ...args], {
    cwd: dir,
    stdout: "inherit",
    stderr: "inherit",
    env: { ...process.env, DATABASE_URL: "" },
  });
  if (result.exitCode !== 0) process.exit(result.exitCode ?? 1);
}

function fill(file: string, upgrade: string, downgrade: string): void {
  const text = fs.readFileSync(file, "utf8")
    .replace("export function upgrade() {\n\n}", `export function upgrade() {\n${upgrade}\n}`)
    .replace("export function downgrade() {\n\n}", `export function downgrade() {\n${downgrade}\n}`);
  fs.writeFileSync(file, text);
}

const versions = path.join(dir, "migrations", "versions");
console.log(`A fresh project in ${dir}, migrating the default database sqlite:///dev.db`);
mig("init", "migrations");
mig("revision", "-m", "create account table", "--rev-id", "1975ea83b712");
fill(
  path.join(versions, "1975ea83b712_create_account_table.ts"),
  `  op.createTable("account", [
    t.column("id", t.integer(), { primaryKey: true }),
    t.column("name", t.string(50), { nullable: false }),
    t.column("description", t.string(200)),
  ]);`,
  `  op.dropTable("account");`,
);
mig("revision", "-m", "add a column", "--rev-id", "ae1027a6acf0");
fill(
  path.join(versions, "ae1027a6acf0_add_a_column.ts"),
  `  op.addColumn("account", t.column("last_transaction_date", t.dateTime()));`,
  `  op.dropColumn("account", "last_transaction_date");`,
);
mig("upgrade", "head");
mig("history", "-i");
mig("current", "-v");
mig("downgrade", "-1");
mig("current");
mig("upgrade", "head", "--sql");
console.log(`\nDone. Try more commands in ${dir}: bun ${path.join(repo, "cli.ts")} --help`);

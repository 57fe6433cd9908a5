/**
 * Online overhead (issue: within 1.3x of `psql -f` running the same SQL).
 *   bun scripts/bench_online.ts [--migrations 1000] [--runs 3]
 * Generates N small migrations, writes their SQL with `mig upgrade head --sql`, then times
 * `psql -f` on that script against a fresh database and `mig upgrade head` (binary and
 * `bun cli.ts`) against another fresh one; the same on SQLite against `sqlite3`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BINARY, BUN, CLI, median, ratio, secs, table, timeCommand, type Timing } from "./bench/measure.ts";

const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(" ");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg("migrations", 1000);
const RUNS = arg("runs", 3);
const PG = process.env.MIG_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-bench-online-"));
fs.mkdirSync(path.join(dir, "migrations", "versions"), { recursive: true });
fs.writeFileSync(path.join(dir, "mig.toml"), '[mig]\nscript_location = "migrations"\nurl = "${DATABASE_URL}"\n');
let previous: string | null = null;
for (let i = 0; i < COUNT; i++) {
  const rev = `r${String(i).padStart(11, "0")}`;
  fs.writeFileSync(path.join(dir, "migrations", "versions", `${rev}_step.ts`), `import { op, t } from "mig";
export const revision = "${rev}";
export const downRevision = ${previous === null ? "null" : `"${previous}"`};
export function upgrade() {
  op.createTable("t${i}", [t.column("id", t.integer(), { primaryKey: true }), t.column("name", t.string(40))]);
  op.createIndex("ix_t${i}_name", "t${i}", ["name"]);
}
export function downgrade() {
  op.dropTable("t${i}");
}
`);
  previous = rev;
}

const psqlUrl = (db: string) => { const u = new URL(PG); u.pathname = `/${db}`; return u.toString(); };
const psql = (db: string, ...args: string[]) => Bun.spawnSync(["psql", "-q", "-v", "ON_ERROR_STOP=1", psqlUrl(db), ...args], { stdout: "pipe", stderr: "pipe" });
const recreate = (db: string) => {
  psql("postgres", "-c", `DROP DATABASE IF EXISTS ${db}`);
  psql("postgres", "-c", `CREATE DATABASE ${db}`);
};

function sqlFor(url: string): string {
  const out = path.join(dir, `${new URL(url).protocol.replace(":", "")}.sql`);
  const r = Bun.spawnSync([BUN, CLI, "upgrade", "head", "--sql"], { cwd: dir, env: { ...process.env, DATABASE_URL: url }, stdout: "pipe", stderr: "pipe" });
  if (r.exitCode !== 0) throw new Error(r.stderr.toString());
  fs.writeFileSync(out, r.stdout);
  return out;
}

const rows: string[][] = [];
const mig = (argv: string[], url: string) => () => timeCommand([...argv, "upgrade", "head"], { cwd: dir, env: { DATABASE_URL: url } });
const hasBinary = fs.existsSync(BINARY);

// PostgreSQL
const pgSql = sqlFor(psqlUrl("mig_bench_online"));
const baseline = median(RUNS, () => timeCommand(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", pgSql, psqlUrl("mig_bench_psql")]), () => recreate("mig_bench_psql"));
const report = (label: string, t: Timing, base: Timing, baseLabel: string) => rows.push([label, secs(t), `${t.maxRssMb.toFixed(0)} MB`, baseLabel, secs(base), ratio(t, base)]);
if (hasBinary) report("PostgreSQL: dist/mig", median(RUNS, mig([BINARY], psqlUrl("mig_bench_online")), () => recreate("mig_bench_online")), baseline, "psql -f");
report("PostgreSQL: bun cli.ts", median(RUNS, mig([BUN, CLI], psqlUrl("mig_bench_online")), () => recreate("mig_bench_online")), baseline, "psql -f");
recreate("mig_bench_online");
psql("postgres", "-c", "DROP DATABASE IF EXISTS mig_bench_online");
psql("postgres", "-c", "DROP DATABASE IF EXISTS mig_bench_psql");

// SQLite: mig runs the whole upgrade in one transaction, so sqlite3 gets the script wrapped in one too.
const dbFile = path.join(dir, "bench.db");
const sqliteUrl = `sqlite:///${dbFile}`;
const liteSql = sqlFor(sqliteUrl);
const wrapped = path.join(dir, "sqlite_wrapped.sql");
fs.writeFileSync(wrapped, `BEGIN;\n${fs.readFileSync(liteSql, "utf8")}COMMIT;\n`);
const resetLite = () => fs.rmSync(dbFile, { force: true });
const liteBase = median(RUNS, () => timeCommand(["sqlite3", "-bail", dbFile], { stdin: wrapped }), resetLite);
if (hasBinary) report("SQLite: dist/mig", median(RUNS, mig([BINARY], sqliteUrl), resetLite), liteBase, "sqlite3");
report("SQLite: bun cli.ts", median(RUNS, mig([BUN, CLI], sqliteUrl), resetLite), liteBase, "sqlite3");

console.log(`mig upgrade head: ${COUNT} migrations (CREATE TABLE + CREATE INDEX each), median of ${RUNS}\n`);
console.log(table(["run", "time", "peak RSS", "baseline", "baseline time", "ratio"], rows));
if (!hasBinary) console.log("\n(dist/mig not built: run `npm run build` to include the binary)");
console.log(`\nload average before ${loadBefore}, after ${os.loadavg().map((x) => x.toFixed(2)).join(" ")} (${os.cpus().length} cores)`);
fs.rmSync(dir, { recursive: true, force: true });

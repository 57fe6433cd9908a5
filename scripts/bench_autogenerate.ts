/**
 * `revision --autogenerate` against Alembic's autogenerate on the same 200-table
 * PostgreSQL schema with ten changes (scripts/bench/autogenerate_schema.ts), from the
 * compiled binary, proof included; and `mig check` with drift on a 50-revision,
 * 50-table project. Prints medians, peak memory and ratios; not a test.
 *   bun scripts/build.ts && bun scripts/bench_autogenerate.ts [--tables 200] [--runs 3]
 * Needs the local PostgreSQL and Debian's python3-alembic, python3-psycopg2 (installed
 * when missing).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { migModule, type Schema, sqlalchemyModule, startSchema, targetSchema } from "./bench/autogenerate_schema.ts";
import { BINARY, median, ratio, secs, table, type Timing, timeCommand } from "./bench/measure.ts";

const { values } = parseArgs({ options: { tables: { type: "string", default: "200" }, runs: { type: "string", default: "3" } } });
const TABLES = Number(values.tables);
const RUNS = Number(values.runs);
const SERVER = process.env.MIG_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const ALEMBIC = "/usr/bin/alembic";

const sh = (argv: string[], options: { cwd?: string; input?: string } = {}) => {
  const r = Bun.spawnSync(argv, { cwd: options.cwd, stdin: options.input === undefined ? "ignore" : Buffer.from(options.input), stdout: "pipe", stderr: "pipe" });
  if (r.exitCode !== 0) throw new Error(`${argv.join(" ")} exited ${r.exitCode}\n${r.stderr.toString()}${r.stdout.toString()}`);
  return { stdout: r.stdout.toString(), stderr: r.stderr.toString() };
};
const url = (db: string) => Object.assign(new URL(SERVER), { pathname: `/${db}` }).toString();
const psql = (db: string, sql: string) => sh(["psql", "-q", "-v", "ON_ERROR_STOP=1", url(db)], { input: sql });

function ensureAlembic(): void {
  if (fs.existsSync(ALEMBIC) && Bun.spawnSync(["/usr/bin/python3", "-c", "import alembic, psycopg2"]).exitCode === 0) return;
  sh(["apt-get", "install", "-y", "python3-alembic", "alembic", "python3-psycopg2"]);
}

const mig = (dir: string, args: string[]) => sh([BINARY, ...args], { cwd: dir });

function migSide(dir: string, db: string, start: Schema, target: Schema): void {
  mig(dir, ["init", "migrations"]);
  fs.writeFileSync(path.join(dir, "mig.toml"), fs.readFileSync(path.join(dir, "mig.toml"), "utf8")
    .replace(/^url = .*$/m, `url = "${url(db)}"\ntarget_schema = "db/schema.ts"`));
  fs.mkdirSync(path.join(dir, "db"));
  fs.writeFileSync(path.join(dir, "db", "schema.ts"), migModule(start));
  const base = timeCommand([BINARY, "revision", "--autogenerate", "-m", "base"], { cwd: dir });
  console.error(`mig: baseline of ${start.tables.length} tables generated and proven in ${secs(base)}`);
  mig(dir, ["upgrade", "head"]);
  fs.writeFileSync(path.join(dir, "db", "schema.ts"), migModule(target));
}

const ENV_PY = `from logging.config import fileConfig
from alembic import context
from sqlalchemy import engine_from_config, pool
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))
from models import metadata
config = context.config
fileConfig(config.config_file_name)
connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
with connectable.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata, compare_type=True, compare_server_default=True)
    with context.begin_transaction():
        context.run_migrations()
`;

function alembicSide(dir: string, db: string, migDb: string, target: Schema): void {
  // The same start schema as mig's database, byte for byte: its dump without mig's version table.
  const dump = sh(["pg_dump", "--schema-only", "--no-owner", "-T", "mig_version", url(migDb)]).stdout;
  psql(db, dump.split("\n").filter((l) => !l.startsWith("\\") && !/set_config\('search_path', ''/.test(l)).join("\n"));
  sh([ALEMBIC, "init", "migrations"], { cwd: dir });
  const ini = path.join(dir, "alembic.ini");
  fs.writeFileSync(ini, fs.readFileSync(ini, "utf8").replace(/^sqlalchemy\.url = .*$/m, `sqlalchemy.url = ${url(db)}`));
  fs.writeFileSync(path.join(dir, "migrations", "env.py"), ENV_PY);
  fs.writeFileSync(path.join(dir, "models.py"), sqlalchemyModule(target));
  sh([ALEMBIC, "revision", "-m", "base", "--rev-id", "base0000"], { cwd: dir });
  sh([ALEMBIC, "stamp", "head"], { cwd: dir });
}

/** Times `argv` in `dir` RUNS times, removing the script each run writes; returns the timing and what it detected. */
function measure(dir: string, versions: string, argv: string[]): { timing: Timing; detected: number } {
  const before = new Set(fs.readdirSync(versions));
  let detected = 0;
  const clean = () => {
    for (const f of fs.readdirSync(versions)) if (!before.has(f)) fs.rmSync(path.join(versions, f), { recursive: true, force: true });
  };
  const timing = median(RUNS, () => {
    const t = timeCommand(argv, { cwd: dir });
    const written = fs.readdirSync(versions).filter((f) => !before.has(f) && /\.(py|ts)$/.test(f));
    const text = written.map((f) => fs.readFileSync(path.join(versions, f), "utf8")).join("\n");
    detected = (text.match(/^\s+op\.\w+\(/gm) ?? []).length;
    return t;
  }, clean);
  clean();
  return { timing, detected };
}

/** A 50-revision project, one table each, whose target schema declares the same 50 tables (enum columns as text). */
function checkProject(dir: string, schema: Schema): void {
  const versions = path.join(dir, "migrations", "versions");
  fs.mkdirSync(versions, { recursive: true });
  fs.mkdirSync(path.join(dir, "db"));
  fs.writeFileSync(path.join(dir, "mig.toml"), `[mig]\nscript_location = "migrations"\nurl = "postgresql://nobody@db.invalid/app"\ntarget_schema = "db/schema.ts"\n`);
  fs.writeFileSync(path.join(dir, "db", "schema.ts"), migModule(schema));
  const module = migModule(schema);
  let down: string | null = null;
  schema.tables.forEach((t, i) => {
    const id = `c${String(i).padStart(11, "0")}`;
    const body = new RegExp(`export const ${t.name} = t\\.table\\(("${t.name}", \\[[\\s\\S]*?\\n\\])(, \\{[^\\n]*\\})?\\);`).exec(module)!;
    fs.writeFileSync(path.join(versions, `${id}_t${i}.ts`), `/** table ${i} */
import { op, t } from "mig";
export const revision = "${id}";
export const downRevision: string | string[] | null = ${down === null ? "null" : `"${down}"`};
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;
export function upgrade() {
  op.createTable(${body[1]}${body[2] ?? ""});
}
export function downgrade() {
  op.dropTable("${t.name}");
}
`);
    down = id;
  });
}

if (!fs.existsSync(BINARY)) throw new Error("dist/mig is missing: bun scripts/build.ts");
ensureAlembic();
const start = startSchema(TABLES);
const target = targetSchema(start);
const stamp = `${process.pid}_${Date.now().toString(36)}`;
const dbs = [`bench_ag_mig_${stamp}`, `bench_ag_alembic_${stamp}`];
const home = fs.mkdtempSync(path.join(os.tmpdir(), "mig-bench-ag-"));
try {
  for (const db of dbs) psql("test", `CREATE DATABASE ${db}`);
  const migDir = path.join(home, "mig"), alembicDir = path.join(home, "alembic"), checkDir = path.join(home, "check");
  for (const d of [migDir, alembicDir, checkDir]) fs.mkdirSync(d);
  migSide(migDir, dbs[0]!, start, target);
  alembicSide(alembicDir, dbs[1]!, dbs[0]!, target);

  const m = measure(migDir, path.join(migDir, "migrations", "versions"), [BINARY, "revision", "--autogenerate", "-m", "bench"]);
  const d = measure(migDir, path.join(migDir, "migrations", "versions"), [BINARY, "revision", "--autogenerate", "-m", "bench", "--dev-url", SERVER]);
  const a = measure(alembicDir, path.join(alembicDir, "migrations", "versions"), [ALEMBIC, "revision", "--autogenerate", "-m", "bench"]);
  checkProject(checkDir, {
    ...start,
    tables: start.tables.slice(0, 50).map((t) => ({
      ...t, fks: t.fks.filter((f) => Number(f.ref.slice(1)) < 50), columns: t.columns.map((c) => (c.kind === "enum" ? { ...c, kind: "text" as const } : c)),
    })),
  });
  const first = Bun.spawnSync([BINARY, "check"], { cwd: checkDir, stdout: "pipe" });
  if (first.exitCode !== 0) throw new Error(`mig check on the 50-revision project found something:\n${first.stdout.toString()}`);
  const c = median(RUNS, () => timeCommand([BINARY, "check", "--full"], { cwd: checkDir }));
  // The first check above left the check cache: later ones resume at the heads and compare.
  const cached = median(RUNS, () => timeCommand([BINARY, "check"], { cwd: checkDir }));

  console.log(`autogenerate: ${TABLES} tables, ten changes, PostgreSQL ${SERVER.replace(/\/\/[^@]*@/, "//")}; median of ${RUNS}; load ${os.loadavg()[0]!.toFixed(2)}`);
  console.log(table(["command", "wall", "peak RSS", "ops written"], [
    ["mig revision --autogenerate (binary, proof included)", secs(m.timing), `${m.timing.maxRssMb.toFixed(0)} MB`, String(m.detected)],
    ["mig revision --autogenerate --dev-url (scratch database on the server)", secs(d.timing), `${d.timing.maxRssMb.toFixed(0)} MB`, String(d.detected)],
    ["alembic revision --autogenerate (1.8, compare_type, compare_server_default)", secs(a.timing), `${a.timing.maxRssMb.toFixed(0)} MB`, String(a.detected)],
  ]));
  console.log(`mig / Alembic: ${ratio(m.timing, a.timing)} in PGlite, ${ratio(d.timing, a.timing)} with --dev-url (target: at most 0.33x)`);
  console.log(`mig check, 50 revisions and 50 tables with drift: ${secs(c)}, peak ${c.maxRssMb.toFixed(0)} MB with --full; ` +
    `${secs(cached)}, peak ${cached.maxRssMb.toFixed(0)} MB from the check cache (targets 2 s, 500 MB)`);
} finally {
  for (const db of dbs) psql("test", `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  fs.rmSync(home, { recursive: true, force: true });
}

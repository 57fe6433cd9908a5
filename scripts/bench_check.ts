/**
 * `mig check` on a 50-revision PostgreSQL project, from the compiled binary (issue
 * targets: under 1.5 s wall, under 500 MB peak RSS, with `--full`), the check cache
 * (issue 12: a check that resumes from the last one under 0.7 s; cold = empty cache,
 * warm = nothing changed, one new = a revision added since), the cost of the lock-aware lint
 * (observation of every upgrade statement plus the rules) as a ratio to `--no-lint`
 * (target: under 1.25x), and PGlite's two ways to boot side by side: from the
 * pre-initialized data-directory snapshot vs running initdb. Not a test.
 *
 *   bun scripts/build.ts && bun scripts/bench_check.ts [--revisions 50] [--runs 5]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BINARY, median, REPO, table, timeCommand, type Timing } from "./bench/measure.ts";
import { writeMigProject } from "./bench/mig_project.ts";
import { buildShape } from "./bench/shapes.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REVISIONS = arg("revisions", 50);
const RUNS = arg("runs", 5);
if (!fs.existsSync(BINARY)) {
  console.error(`'${BINARY}' is missing: run \`bun scripts/build.ts\` first`);
  process.exit(1);
}

// Only the url's dialect matters to check: nothing connects to this server.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-bench-check-"));
writeMigProject(dir, buildShape("linear", REVISIONS), "postgresql://bench@db.invalid/bench");

const cacheDir = path.join(dir, "cache");
const env = { MIG_CACHE_DIR: cacheDir };
const check = (): Timing => timeCommand([BINARY, "check", "--full"], { cwd: dir, env });
const unlinted = (): Timing => timeCommand([BINARY, "check", "--full", "--no-lint"], { cwd: dir, env });
const cached = (): Timing => timeCommand([BINARY, "check"], { cwd: dir, env });
check(); // warms the page cache
const linear = median(RUNS, check);
const linearBare = median(RUNS, unlinted);
const cold = median(RUNS, cached, () => fs.rmSync(cacheDir, { recursive: true, force: true }));
const warm = median(RUNS, cached);
const head = Bun.spawnSync([BINARY, "heads"], { cwd: dir }).stdout.toString().split(" ")[0]!.trim();
let added = 0;
/** Before each run: a new revision on top of the 50 (a different one each time, so none is cached yet). */
const addRevision = () => {
  added++;
  fs.writeFileSync(path.join(dir, "migrations", "versions", "zz_new.ts"), [
    'import { op, t } from "mig";', 'export const revision = "zz_new";', `export const downRevision = "${head}";`,
    `export function upgrade() {\n  op.createTable("added_${added}", [t.column("id", t.integer(), { primaryKey: true })]);\n}`,
    `export function downgrade() {\n  op.dropTable("added_${added}");\n}`, "",
  ].join("\n"));
};
const oneNew = median(RUNS, cached, addRevision);
fs.rmSync(path.join(dir, "migrations", "versions", "zz_new.ts"));
fs.rmSync(path.join(dir, "migrations"), { recursive: true, force: true });
writeMigProject(dir, buildShape("branchy", REVISIONS), "postgresql://bench@db.invalid/bench");
const branchy = median(RUNS, check);
const branchyBare = median(RUNS, unlinted);

/** Milliseconds to create and close an in-memory PGlite, median of RUNS. */
async function boot(options: () => Promise<Record<string, unknown>>): Promise<number> {
  const { PGlite } = await import("@electric-sql/pglite");
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const opts = await options();
    const started = performance.now();
    const db = await PGlite.create(opts);
    await db.query("SELECT 1");
    samples.push(performance.now() - started);
    await db.close();
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}
const snapshotFile = path.join(REPO, "build", "pglite_snapshot.tar.gz");
const fromSnapshot = fs.existsSync(snapshotFile)
  ? await boot(async () => ({ loadDataDir: new Blob([fs.readFileSync(snapshotFile)]) }))
  : undefined;
const fromInitdb = await boot(async () => ({}));

const ms = (n: number) => `${Math.round(n)} ms`;
const verdict = (t: Timing) => `${t.seconds < 1.5 ? "ok" : "over"} / ${t.maxRssMb < 500 ? "ok" : "over"}`;
const lintCost = (t: Timing, bare: Timing) => {
  const ratio = t.seconds / bare.seconds;
  return `${ratio.toFixed(2)}x (${ratio < 1.25 ? "ok" : "over"})`;
};
console.log(`mig check --full, ${REVISIONS} revisions, compiled binary, median of ${RUNS} (targets: < 1.5 s, < 500 MB; lint < 1.25x)\n`);
console.log(table(["graph", "wall", "peak RSS", "targets (time / memory)", "--no-lint", "lint cost"], [
  ["linear", `${linear.seconds.toFixed(3)} s`, `${Math.round(linear.maxRssMb)} MB`, verdict(linear), `${linearBare.seconds.toFixed(3)} s`, lintCost(linear, linearBare)],
  ["branchy", `${branchy.seconds.toFixed(3)} s`, `${Math.round(branchy.maxRssMb)} MB`, verdict(branchy), `${branchyBare.seconds.toFixed(3)} s`, lintCost(branchy, branchyBare)],
]));
const under = (t: Timing) => (t.seconds < 0.7 ? "ok" : "over");
console.log(`\nThe check cache, linear graph, median of ${RUNS} (target: resuming under 0.7 s)\n`);
console.log(table(["run", "wall", "peak RSS", "target"], [
  ["cold (empty cache; the run writes it)", `${cold.seconds.toFixed(3)} s`, `${Math.round(cold.maxRssMb)} MB`, "-"],
  ["warm (nothing changed)", `${warm.seconds.toFixed(3)} s`, `${Math.round(warm.maxRssMb)} MB`, under(warm)],
  ["one new revision", `${oneNew.seconds.toFixed(3)} s`, `${Math.round(oneNew.maxRssMb)} MB`, under(oneNew)],
]));
console.log(`\nPGlite boot in this process (create + first query), median of ${RUNS}\n`);
console.log(table(["boot", "time", "vs snapshot"], [
  ["snapshot (loadDataDir)", fromSnapshot === undefined ? "no build/pglite_snapshot.tar.gz" : ms(fromSnapshot), "1.00x"],
  ["initdb", ms(fromInitdb), fromSnapshot === undefined ? "-" : `${(fromInitdb / fromSnapshot).toFixed(2)}x`],
]));
fs.rmSync(dir, { recursive: true, force: true });

/**
 * `upgrade head --sql` on generated projects, mig against Alembic on the same graph and
 * ops in the same run. Not a test: it prints tables with times, peak memory, growth and
 * ratios, and issue 12's targets with the figure each is judged on.
 *
 *   bun scripts/bench_offline.ts [--sizes 1000,10000] [--shapes linear,branchy]
 *                                [--alembic-sizes 1000,10000] [--runs 5] [--alembic-runs 1]
 *                                [--no-build] [--no-alembic]
 *
 * Issue 12's figures: `--sizes 10000,100000 --shapes linear --alembic-sizes 10000 --runs 3`.
 *
 * Shapes (scripts/bench/shapes.ts): linear, and branchy (feature branches forking from a
 * main line and merging back, all merged into one head). Every revision creates a table
 * or adds a column. mig runs as the compiled binary (`dist/mig`, rebuilt first unless
 * --no-build), warm (its header cache written by the warm-up) and cold (MIG_CACHE_DIR=off,
 * a first run), and from source (`bun cli.ts`); Alembic is Debian's python3-alembic
 * (`/usr/bin/python3 -m alembic`), installed with apt-get when missing. Both write to a
 * file, and the script checks they planned the same steps in the same order. "import
 * floor" is Bun importing every script at once and nothing else (bench/import_floor.ts):
 * no run of TypeScript scripts gets under it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { writeAlembicProject } from "./bench/alembic_project.ts";
import { writeMigProject } from "./bench/mig_project.ts";
import { buildShape, type ShapeName } from "./bench/shapes.ts";
import { seconds, type Timing, timeCommand } from "./bench/timing.ts";

const ROOT = path.resolve(import.meta.dir, "..");
const PYTHON = "/usr/bin/python3";
const URL = "postgresql://localhost/bench";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    "alembic-sizes": { type: "string", default: "1000,10000" },
    shapes: { type: "string", default: "linear,branchy" },
    runs: { type: "string", default: "5" },
    "alembic-runs": { type: "string", default: "1" },
    "no-build": { type: "boolean", default: false },
    "no-alembic": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const alembicSizes = new Set(values["alembic-sizes"].split(",").map(Number));
const shapes = values.shapes.split(",") as ShapeName[];
const runs = Number(values.runs);
const alembicRuns = Number(values["alembic-runs"]);
const log = (line: string) => console.error(`bench: ${line}`);

function sh(argv: string[], cwd = ROOT): void {
  const r = Bun.spawnSync(argv, { cwd, stdout: "inherit", stderr: "inherit" });
  if (r.exitCode !== 0) throw new Error(`'${argv.join(" ")}' exited ${r.exitCode}`);
}

function ensureAlembic(): boolean {
  if (values["no-alembic"]) return false;
  const probe = () => Bun.spawnSync([PYTHON, "-c", "import alembic"], { stderr: "ignore" }).exitCode === 0;
  if (probe()) return true;
  log("installing python3-alembic with apt-get");
  Bun.spawnSync(["apt-get", "install", "-y", "python3-alembic"], { stdout: "inherit", stderr: "inherit" });
  if (probe()) return true;
  log("Alembic is not available: its column stays empty");
  return false;
}

/** The `-- Running ...` lines: the steps and their order, which both tools must agree on. */
function steps(file: string): string[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.startsWith("-- Running "));
}

const withAlembic = ensureAlembic();
const binary = path.join(ROOT, "dist", "mig");
if (!values["no-build"]) {
  log("building dist/mig (bun scripts/build.ts)");
  sh([process.execPath, "scripts/build.ts"]);
}
if (!fs.existsSync(binary)) throw new Error(`${binary} is missing: run \`bun scripts/build.ts\``);

interface Row {
  shape: string;
  size: number;
  binary: Timing;
  cold: Timing;
  bun: Timing;
  floor: Timing;
  alembic?: Timing;
  sameSteps?: boolean;
}

const rows: Row[] = [];
const loadBefore = os.loadavg()[0]!.toFixed(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "mig_bench_offline_"));
try {
  for (const size of sizes) {
    for (const shape of shapes) {
      const revisions = buildShape(shape, size);
      const dir = path.join(work, `${shape}_${size}`);
      writeMigProject(path.join(dir, "mig"), revisions, URL);
      log(`${shape} ${size}: mig`);
      const migOut = path.join(dir, "mig.sql");
      const common = { cwd: path.join(dir, "mig"), runs, warmup: 1, stdoutFile: migOut };
      const row: Row = {
        shape,
        size,
        binary: timeCommand([binary, "upgrade", "head", "--sql"], common),
        cold: timeCommand([binary, "upgrade", "head", "--sql"], { ...common, env: { MIG_CACHE_DIR: "off" } }),
        bun: timeCommand([process.execPath, path.join(ROOT, "cli.ts"), "upgrade", "head", "--sql"], common),
        floor: timeCommand([process.execPath, path.join(ROOT, "scripts", "bench", "import_floor.ts"), path.join(dir, "mig", "migrations", "versions")], {
          ...common,
          stdoutFile: path.join(dir, "floor.out"),
        }),
      };
      if (withAlembic && alembicSizes.has(size)) {
        writeAlembicProject(path.join(dir, "alembic"), revisions, URL);
        // Compiled once up front, as they would be after the first run on a real project.
        sh([PYTHON, "-m", "compileall", "-q", "migrations"], path.join(dir, "alembic"));
        log(`${shape} ${size}: Alembic`);
        const alembicOut = path.join(dir, "alembic.sql");
        row.alembic = timeCommand([PYTHON, "-m", "alembic", "upgrade", "head", "--sql"], {
          cwd: path.join(dir, "alembic"),
          runs: alembicRuns,
          warmup: 0,
          stdoutFile: alembicOut,
        });
        row.sameSteps = steps(migOut).join("\n") === steps(alembicOut).join("\n");
      }
      rows.push(row);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const time = (t: Timing) => `${seconds(t.median)} (cpu ${seconds(t.cpu)})`;
const mb = (t: Timing) => `${Math.round(t.maxRssMb)} MB`;
printTable([
  ["shape", "revisions", "mig (binary)", "binary, cold", "mig (bun cli.ts)", "import floor", "Alembic", "Alembic / mig", "same steps"],
  ...rows.map((r) => [
    r.shape,
    r.size.toLocaleString("en-US"),
    `${time(r.binary)} ${mb(r.binary)}`,
    `${seconds(r.cold.median)} ${mb(r.cold)}`,
    `${seconds(r.bun.median)} ${mb(r.bun)}`,
    `${seconds(r.floor.median)} ${mb(r.floor)}`,
    r.alembic ? `${seconds(r.alembic.median)} ${mb(r.alembic)}` : "-",
    r.alembic ? `${(r.alembic.median / r.binary.median).toFixed(1)}x` : "-",
    r.sameSteps === undefined ? "-" : r.sameSteps ? "yes" : "NO",
  ]),
]);

/** From one size to the next: 10x more revisions should cost ~10x, in time and in memory. */
const growth: string[][] = [];
for (const shape of shapes) {
  const mine = rows.filter((r) => r.shape === shape);
  for (let k = 1; k < mine.length; k++) {
    const [a, b] = [mine[k - 1]!, mine[k]!];
    const x = (f: (r: Row) => number) => `${(f(b) / f(a)).toFixed(1)}x`;
    growth.push([
      shape, `${a.size.toLocaleString("en-US")} -> ${b.size.toLocaleString("en-US")}`, `${(b.size / a.size).toFixed(0)}x`,
      x((r) => r.binary.median), x((r) => r.cold.median), x((r) => r.cold.maxRssMb), x((r) => r.floor.median),
    ]);
  }
}
if (growth.length > 0) {
  console.log("");
  printTable([["shape", "revisions", "size", "binary time", "cold time", "cold memory", "import floor time"], ...growth]);
}

/** Issue 12's targets for `--sql`, judged on the cold binary (a first run, no header cache). */
const targets: string[][] = [];
const judge = (size: number, limitS: number, limitMb: number, strictMb: boolean) => {
  for (const r of rows.filter((row) => row.size === size)) {
    const fast = r.cold.median / 1000 < limitS;
    const small = strictMb ? r.cold.maxRssMb < limitMb : r.cold.maxRssMb <= limitMb;
    targets.push([
      `${r.shape} ${size.toLocaleString("en-US")}: < ${limitS} s, ${strictMb ? "<" : "<="} ${limitMb} MB`,
      `${seconds(r.cold.median)} ${fast ? "met" : "missed"}, ${mb(r.cold)} ${small ? "met" : "missed"}`,
      `${seconds(r.floor.median)}, ${mb(r.floor)}`,
    ]);
  }
};
judge(10_000, 0.3, 100, false);
judge(100_000, 3, 500, true);
if (targets.length > 0) {
  console.log("");
  printTable([["target (issue 12)", "binary, cold", "import floor"], ...targets]);
}
console.log(
  `\nwall clock, median of ${runs} runs for mig (after a warm-up) and ${alembicRuns} for Alembic; cpu = user + system ` +
    `of all threads; memory = peak RSS; ${os.cpus().length} CPUs, load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(2)} after`,
);
if (rows.some((r) => r.sameSteps === false)) {
  console.log("WARNING: mig and Alembic wrote different steps for a graph (see 'same steps')");
  process.exitCode = 1;
}

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd());
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

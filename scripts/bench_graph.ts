/**
 * `heads`, `history` and `branches` on generated revision sets, mig against Alembic on
 * the same graph in the same run (issue 2; DESIGN §10). Not a test: it prints a table.
 *
 *   bun scripts/bench_graph.ts [--sizes 1000,10000,100000] [--alembic-sizes 1000,10000]
 *                              [--shapes linear,branchy] [--runs 5] [--alembic-runs 3]
 *                              [--no-build] [--no-reference]
 *
 * Shapes (scripts/bench/graph_projects.ts): linear, and branchy (feature branches forking
 * every ~10 revisions and merging back, three labeled lines that never merge, 1% of
 * revisions depending on an older one). mig runs as the compiled binary (`dist/mig`,
 * rebuilt first unless --no-build) and from source (`bun cli.ts`); Alembic is Debian's
 * python3-alembic (`/usr/bin/python3 -m alembic`), installed with apt-get when missing,
 * and runs only at --alembic-sizes (10,000 branchy revisions already take it ~20 s per
 * `history`). Each timing is the median wall time of --runs runs after one untimed run
 * (warm page cache, Python's bytecode cache written); memory is the peak RSS of the
 * median run. `mig bin` reads headers through the header cache a previous run wrote;
 * `bin no cache` is the same binary with MIG_CACHE_DIR=off (a first run). `same` says whether both tools printed the same lines (in any order:
 * Alembic orders heads and children by hash). The graph columns time the graph work
 * alone in this process (build the map, ask, format), on the WebAssembly engine and on
 * the plain-TS reference, best of three; the reference's walk order is quadratic on
 * branchy graphs, so it is skipped at 100,000 branchy revisions.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { readHeaders } from "../core/script/script_directory.ts";
import {
  buildGraph, type GraphRevision, type GraphShape, writeAlembicGraphProject, writeMigGraphProject,
} from "./bench/graph_projects.ts";
import { ENGINES, type GraphCommand, timeGraphWork } from "./bench/graph_work.ts";
import { BINARY, BUN, CLI, median, REPO, table, type Timing, timeCommand } from "./bench/measure.ts";

const PYTHON = "/usr/bin/python3";
const COMMANDS: readonly GraphCommand[] = ["heads", "history", "branches"];
const WORK = path.join(REPO, ".tmp", "bench_graph");

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    "alembic-sizes": { type: "string", default: "1000,10000" },
    shapes: { type: "string", default: "linear,branchy" },
    runs: { type: "string", default: "5" },
    "alembic-runs": { type: "string", default: "3" },
    "no-build": { type: "boolean", default: false },
    "no-reference": { type: "boolean", default: false },
  },
});
const list = (text: string) => text.split(",").filter(Boolean);
const sizes = list(values.sizes).map(Number);
const alembicSizes = new Set(list(values["alembic-sizes"]).map(Number));
const shapes = list(values.shapes) as GraphShape[];
const runs = Number(values.runs);
const alembicRuns = Number(values["alembic-runs"]);
const log = (line: string) => console.error(`bench_graph: ${line}`);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");

function ensureAlembic(): boolean {
  if (alembicSizes.size === 0) return false;
  const probe = () => Bun.spawnSync([PYTHON, "-c", "import alembic"], { stderr: "ignore" }).exitCode === 0;
  if (probe()) return true;
  log("installing python3-alembic with apt-get");
  Bun.spawnSync(["apt-get", "install", "-y", "python3-alembic"], { stdout: "inherit", stderr: "inherit" });
  if (probe()) return true;
  log("Alembic is not available: its columns stay empty");
  return false;
}

/**
 * The project directory for a shape and size, written once and reused while the graph
 * it holds is the same (a fingerprint of the revisions marks it complete).
 */
function project(tool: "mig" | "alembic", shape: GraphShape, revisions: readonly GraphRevision[]): string {
  const dir = path.join(WORK, `${shape}_${revisions.length}`, tool);
  const stamp = path.join(dir, ".graph");
  const fingerprint = String(Bun.hash(JSON.stringify(revisions)));
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint) return dir;
  log(`writing the ${tool} project for ${revisions.length} ${shape} revisions`);
  fs.rmSync(dir, { recursive: true, force: true });
  (tool === "mig" ? writeMigGraphProject : writeAlembicGraphProject)(dir, revisions);
  fs.writeFileSync(stamp, fingerprint);
  return dir;
}

function output(argv: readonly string[], cwd: string): string[] {
  const result = Bun.spawnSync([...argv], { cwd, stdout: "pipe", stderr: "pipe" });
  if (result.exitCode !== 0) throw new Error(`${argv.join(" ")} exited ${result.exitCode}: ${result.stderr}`);
  return result.stdout.toString().split("\n").sort();
}

function timed(argv: readonly string[], cwd: string, count: number, env?: Record<string, string>): Timing {
  timeCommand(argv, { cwd, ...(env ? { env } : {}) });
  return median(count, () => timeCommand(argv, { cwd, ...(env ? { env } : {}) }));
}

/** mig's header cache (core/script/header_cache.ts) switched off: what a first run pays. */
const NO_CACHE = { MIG_CACHE_DIR: "off" };

/** The floor under any graph command: reading every script once, in this process. */
function readFloor(versions: string): number {
  const files = fs.readdirSync(versions).map((name) => path.join(versions, name));
  const samples = Array.from({ length: 5 }, () => {
    const started = performance.now();
    for (const file of files) fs.readFileSync(file, "utf8");
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return samples[2]! / 1000;
}

interface Row {
  shape: GraphShape;
  size: number;
  command: GraphCommand;
  binary: Timing;
  binaryUncached: Timing;
  source: Timing;
  alembic: Timing | null;
  same: boolean | null;
  floor: number;
  wasmMs: number;
  referenceMs: number | null;
}

if (!values["no-build"]) {
  log("building dist/mig");
  const build = Bun.spawnSync([BUN, path.join(REPO, "scripts", "build.ts")], { cwd: REPO, stdout: "ignore", stderr: "inherit" });
  if (build.exitCode !== 0) throw new Error("build failed");
}
const withAlembic = ensureAlembic();
const loadBefore = load();
const rows: Row[] = [];
for (const shape of shapes) {
  for (const size of sizes) {
    const revisions = buildGraph(shape, size);
    const mig = project("mig", shape, revisions);
    const alembic = withAlembic && alembicSizes.has(size) ? project("alembic", shape, revisions) : null;
    const headers = readHeaders([path.join(mig, "migrations", "versions")]);
    const floor = readFloor(path.join(mig, "migrations", "versions"));
    for (const command of COMMANDS) {
      log(`${shape} ${size} ${command}`);
      const alembicArgv = [PYTHON, "-m", "alembic", "-c", "alembic.ini", command];
      const referenceFeasible = !values["no-reference"] && (shape === "linear" || size <= 10_000);
      rows.push({
        shape,
        size,
        command,
        binary: timed([BINARY, command], mig, runs),
        binaryUncached: timed([BINARY, command], mig, runs, NO_CACHE),
        source: timed([BUN, CLI, command], mig, runs),
        alembic: alembic ? timed(alembicArgv, alembic, alembicRuns) : null,
        same: alembic ? output(alembicArgv, alembic).join("\n") === output([BINARY, command], mig).join("\n") : null,
        floor,
        wasmMs: timeGraphWork(command, headers, ENGINES.wasm),
        referenceMs: referenceFeasible ? timeGraphWork(command, headers, ENGINES.reference) : null,
      });
    }
  }
}

const s = (seconds: number) => `${seconds.toFixed(3)}`;
const mb = (t: Timing) => `${Math.round(t.maxRssMb)}`;
console.log(table(
  [
    "shape", "revisions", "command", "mig bin s", "bin no cache s", "bun cli.ts s", "alembic s", "alembic/mig", "same",
    "mig MB", "alembic MB", "read floor s", "graph wasm ms", "graph ts-ref ms", "ref/wasm",
  ],
  rows.map((r) => [
    r.shape,
    r.size.toLocaleString("en-US"),
    r.command,
    s(r.binary.seconds),
    s(r.binaryUncached.seconds),
    s(r.source.seconds),
    r.alembic ? s(r.alembic.seconds) : "-",
    r.alembic ? `${(r.alembic.seconds / r.binary.seconds).toFixed(0)}x` : "-",
    r.same === null ? "-" : r.same ? "yes" : "NO",
    mb(r.binary),
    r.alembic ? mb(r.alembic) : "-",
    s(r.floor),
    r.wasmMs.toFixed(1),
    r.referenceMs === null ? "skipped" : r.referenceMs.toFixed(1),
    r.referenceMs === null ? "-" : `${(r.referenceMs / Math.max(r.wasmMs, 0.01)).toFixed(1)}x`,
  ]),
));

/** How each command's time grows from one size to the next (10x more revisions: ideally ~10x). */
const growth: string[][] = [];
for (const shape of shapes) {
  for (const command of COMMANDS) {
    const mine = rows.filter((r) => r.shape === shape && r.command === command);
    for (let k = 1; k < mine.length; k++) {
      const [a, b] = [mine[k - 1]!, mine[k]!];
      growth.push([
        shape, command, `${a.size.toLocaleString("en-US")} -> ${b.size.toLocaleString("en-US")}`,
        `${(b.size / a.size).toFixed(0)}x`,
        `${(b.binary.seconds / a.binary.seconds).toFixed(1)}x`,
        `${(b.source.seconds / a.source.seconds).toFixed(1)}x`,
        `${(b.wasmMs / a.wasmMs).toFixed(1)}x`,
      ]);
    }
  }
}
if (growth.length > 0) {
  console.log("");
  console.log(table(["shape", "command", "revisions", "size", "mig bin", "bun cli.ts", "graph wasm"], growth));
}
/** The targets, each with the measured figure it is judged on. */
const targets: string[][] = [];
const find = (shape: GraphShape, size: number, command: GraphCommand) =>
  rows.find((r) => r.shape === shape && r.size === size && r.command === command);
const under = (r: Row | undefined, limit: number, label: string) => {
  if (!r) return;
  const verdict = (t: Timing) => `${s(t.seconds)} s ${t.seconds < limit ? "met" : "missed"}`;
  targets.push([`${label} under ${limit} s`, `binary ${verdict(r.binary)} (no cache ${verdict(r.binaryUncached)})`, `bun cli.ts ${verdict(r.source)}`]);
};
for (const shape of shapes) under(find(shape, 10_000, "heads"), 0.1, `heads, 10,000 ${shape}`);
const branchyHistory = find("branchy", 10_000, "history");
if (branchyHistory?.alembic) {
  const times = (t: Timing) => branchyHistory.alembic!.seconds / t.seconds;
  const verdict = (t: Timing) => `${times(t).toFixed(0)}x ${times(t) >= 100 ? "met" : "missed"}`;
  targets.push(["history, 10,000 branchy, 100x faster than Alembic", `binary ${verdict(branchyHistory.binary)}`, `bun cli.ts ${verdict(branchyHistory.source)}`]);
}
for (const shape of shapes) for (const command of COMMANDS) under(find(shape, 100_000, command), 1, `${command}, 100,000 ${shape}`);
// Issue 12: a first run (no header cache) at the floor, and linear growth.
const cold = (r: Row | undefined, limit: number, label: string) => {
  if (!r) return;
  const t = r.binaryUncached.seconds;
  targets.push([`${label}, first run, under ${limit} s`, `binary no cache ${s(t)} s ${t <= limit ? "met" : "missed"} (read floor ${s(r.floor)} s)`, "-"]);
};
for (const shape of shapes) {
  cold(find(shape, 10_000, "heads"), 0.05, `heads, 10,000 ${shape}`);
  cold(find(shape, 100_000, "heads"), 0.6, `heads, 100,000 ${shape}`);
  cold(find(shape, 100_000, "history"), 0.8, `history, 100,000 ${shape}`);
  const [small, large] = [find(shape, 10_000, "heads"), find(shape, 100_000, "heads")];
  if (small && large) {
    const growth = large.binaryUncached.seconds / small.binaryUncached.seconds;
    targets.push([`heads, ${shape}, first run, 10,000 -> 100,000 at most 10x`, `binary no cache ${growth.toFixed(1)}x ${growth <= 10 ? "met" : "missed"}`, "-"]);
  }
}
if (targets.length > 0) {
  console.log("");
  console.log(table(["target", "compiled binary", "bun cli.ts"], targets));
}
console.log("");
console.log(`runs: mig ${runs}, alembic ${alembicRuns} (medians, after one untimed run); load average before ${loadBefore}, after ${load()} (${os.cpus().length} cores)`);

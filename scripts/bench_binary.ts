/**
 * Start-up of the compiled binary against the same sources under `bun cli.ts`, and the
 * binary's size per built target. Not a test: it prints a table with ratios.
 *
 *   bun scripts/build.ts [--all] && bun scripts/bench_binary.ts [--runs 30]
 *
 * `mig heads` runs on a generated 100-revision project once the graph commands exist.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { DIST, ROOT } from "./binary/paths.ts";
import { mb } from "./binary/prepare_embeds.ts";
import { binaryFileName, TARGETS } from "./binary/targets.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" } } });
const RUNS = Number(values.runs);
const BINARY = path.join(DIST, binaryFileName("host"));
if (!fs.existsSync(BINARY)) {
  console.error(`'${BINARY}' is missing: run \`bun scripts/build.ts\` first`);
  process.exit(1);
}

interface Timing {
  readonly median: number;
  readonly min: number;
}

function time(argv: readonly string[], cwd: string): Timing {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const started = performance.now();
    const result = Bun.spawnSync([...argv], { cwd, stdout: "ignore", stderr: "pipe" });
    const ms = performance.now() - started;
    if (result.exitCode !== 0) throw new Error(`'${argv.join(" ")}' failed: ${result.stderr.toString()}`);
    if (i >= 2) samples.push(ms); // the first two warm the page cache
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, min: samples[0]! };
}

/** A project whose versions/ holds `count` linear revisions, made with the binary's own init. */
function revisionProject(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig_bench_"));
  const init = Bun.spawnSync([BINARY, "init", "migrations"], { cwd: dir, stdout: "ignore" });
  if (init.exitCode !== 0) throw new Error("mig init failed");
  let down = "None";
  for (let i = 0; i < count; i++) {
    const rev = (0x100000000000 + i).toString(16).slice(-12);
    const body = [
      `/** revision ${i}\n *\n * Revision ID: ${rev}\n * Revises: ${down}\n * Create Date: 2026-01-01 00:00:00\n */`,
      'import { op } from "mig";',
      `export const revision = "${rev}";`,
      `export const downRevision: string | string[] | null = ${down === "None" ? "null" : `"${down}"`};`,
      "export const branchLabels: string[] | null = null;",
      "export const dependsOn: string[] | null = null;",
      `export function upgrade() {\n  op.execute("SELECT ${i}");\n}`,
      "export function downgrade() {}",
      "",
    ].join("\n");
    fs.writeFileSync(path.join(dir, "migrations", "versions", `${rev}_revision_${i}.ts`), body);
    down = rev;
  }
  return dir;
}

// `mig <unknown> --help` prints the general help and succeeds, so look the name up in it.
const help = Bun.spawnSync([BINARY, "--help"], { stdout: "pipe" }).stdout.toString();
const hasCommand = (name: string) => new RegExp(`^\\s+${name}\\b`, "m").test(help);

const bun = process.execPath;
const cli = path.join(ROOT, "cli.ts");
const rows: [string, Timing, Timing][] = [["--version", time([BINARY, "--version"], ROOT), time([bun, cli, "--version"], ROOT)]];
if (hasCommand("heads")) {
  const project = revisionProject(100);
  try {
    rows.push(["heads (100 revisions)", time([BINARY, "heads"], project), time([bun, cli, "heads"], project)]);
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
} else {
  console.log("(no `heads` command yet: skipped the 100-revision run)\n");
}

const ms = (t: number) => `${t.toFixed(1)} ms`;
console.log(`Start-up, median (min) of ${RUNS} runs`);
console.log(`${"command".padEnd(24)}${"dist/mig".padEnd(22)}${"bun cli.ts".padEnd(22)}bun / binary`);
for (const [name, binary, source] of rows) {
  console.log(
    `${name.padEnd(24)}${`${ms(binary.median)} (${ms(binary.min)})`.padEnd(22)}` +
      `${`${ms(source.median)} (${ms(source.min)})`.padEnd(22)}${(source.median / binary.median).toFixed(2)}x`,
  );
}

console.log("\nBinary size per built target");
const reference = fs.statSync(BINARY).size;
for (const target of ["host" as const, ...TARGETS]) {
  const file = path.join(DIST, binaryFileName(target));
  if (!fs.existsSync(file)) continue;
  const size = fs.statSync(file).size;
  const name = target === "host" ? `host (${binaryFileName("host")})` : target.name;
  console.log(`${name.padEnd(24)}${`${(size / 1e6).toFixed(1)} MB`.padEnd(12)}${mb(size).padEnd(12)}${(size / reference).toFixed(2)}x host`);
}

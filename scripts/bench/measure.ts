/** Small helpers the benchmarks share: timing commands, medians, peak memory, tables. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface Timing {
  readonly seconds: number;
  /** Peak resident memory in MB, from GNU time. */
  readonly maxRssMb: number;
}

/** Runs a command once; throws with its output when it fails. */
export function timeCommand(argv: readonly string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): Timing {
  const rssFile = path.join(os.tmpdir(), `mig_bench_rss_${process.pid}`);
  const started = performance.now();
  const result = Bun.spawnSync(["/usr/bin/time", "-f", "%M", "-o", rssFile, ...argv], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdin: options.stdin === undefined ? "ignore" : Bun.file(options.stdin),
    stdout: "pipe",
    stderr: "pipe",
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.exitCode !== 0) {
    throw new Error(`${argv.join(" ")} exited ${result.exitCode}\n${result.stderr.toString().slice(-2000)}`);
  }
  const kb = Number(fs.readFileSync(rssFile, "utf8").trim().split("\n").pop());
  fs.rmSync(rssFile, { force: true });
  return { seconds, maxRssMb: kb / 1024 };
}

/** The median of `runs` timings (each after `setup`, which is not timed). */
export function median(runs: number, measure: () => Timing, setup: () => void = () => {}): Timing {
  const all: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    setup();
    all.push(measure());
  }
  all.sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor(all.length / 2)]!;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export const secs = (t: Timing) => `${t.seconds.toFixed(3)} s`;
export const ratio = (a: Timing, b: Timing) => `${(a.seconds / b.seconds).toFixed(2)}x`;

export const REPO = path.resolve(import.meta.dirname!, "..", "..");
export const BUN = process.execPath;
export const CLI = path.join(REPO, "cli.ts");
export const BINARY = path.join(REPO, "dist", "mig");

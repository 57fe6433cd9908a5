/** Wall-clock timing of a command, a few runs, median; stdout goes to a file as with `> deploy.sql`. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface Timing {
  /** Wall clock, median of the timed runs. */
  readonly median: number;
  readonly min: number;
  /** CPU time (user + system, all threads), median: less sensitive to other load on the machine. */
  readonly cpu: number;
  readonly runs: number;
  /** Peak resident memory in MB (GNU time), the largest of the timed runs. */
  readonly maxRssMb: number;
}

export interface TimeOptions {
  readonly cwd: string;
  /** Timed runs (the median is reported). */
  readonly runs: number;
  /** Untimed runs first, to warm the page cache (and Python's bytecode cache). */
  readonly warmup: number;
  /** Where the command's stdout goes (the last run's output stays there). */
  readonly stdoutFile: string;
  readonly env?: Record<string, string>;
}

export function timeCommand(argv: readonly string[], options: TimeOptions): Timing {
  const samples: number[] = [];
  const cpu: number[] = [];
  let maxRssMb = 0;
  const rssFile = path.join(os.tmpdir(), `mig_bench_rss_${process.pid}`);
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const out = fs.openSync(options.stdoutFile, "w");
    const started = performance.now();
    const result = Bun.spawnSync(["/usr/bin/time", "-f", "%M", "-o", rssFile, ...argv], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdout: out,
      stderr: "pipe",
    });
    const ms = performance.now() - started;
    fs.closeSync(out);
    if (result.exitCode !== 0) {
      throw new Error(`'${argv.join(" ")}' in ${options.cwd} exited ${result.exitCode}:\n${result.stderr.toString().slice(-2000)}`);
    }
    if (i >= options.warmup) {
      samples.push(ms);
      const usage = result.resourceUsage;
      cpu.push((Number(usage.cpuTime.user) + Number(usage.cpuTime.system)) / 1000);
      maxRssMb = Math.max(maxRssMb, Number(fs.readFileSync(rssFile, "utf8").trim().split("\n").pop()) / 1024);
    }
  }
  fs.rmSync(rssFile, { force: true });
  return { median: median(samples), min: Math.min(...samples), cpu: median(cpu), runs: samples.length, maxRssMb };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** `1234.5` ms as `1.23 s`, `87.6` ms as `88 ms`. */
export function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/**
 * The original project run by Alembic itself, through the interpreter of the installed
 * `alembic` command: one Python process takes commands on stdin (`upgrade REV`,
 * `downgrade base`) and answers one line each, so a verification step by step pays
 * Python's start-up once. Every answer is awaited with a bound.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as fs from "node:fs";
import { MigError } from "../errors.ts";

const DRIVER = `
import sys, os
from alembic.config import Config
from alembic import command
cfg = Config(sys.argv[1])
cfg.set_main_option("sqlalchemy.url", sys.argv[2].replace("%", "%%"))
for line in sys.stdin:
    verb, rev = line.split()
    try:
        getattr(command, verb)(cfg, rev)
        print("ok", flush=True)
    except BaseException as e:
        print("error " + (str(e).splitlines() or [type(e).__name__])[0], flush=True)
`;

const STEP_TIMEOUT_MS = 120_000;

/** The Python that runs `alembic` (its `#!` line), or undefined when Alembic is not installed. */
export function alembicPython(alembic = "/usr/bin/alembic"): string | undefined {
  if (!fs.existsSync(alembic)) return undefined;
  const first = fs.readFileSync(alembic, "utf8").split("\n")[0] ?? "";
  return first.startsWith("#!") ? first.slice(2).trim().split(/\s+/)[0] : undefined;
}

export class AlembicRunner {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #lines: string[] = [];
  #waiting: ((line: string | undefined) => void) | undefined;
  #stderr = "";
  #buffer = "";

  /** `url` in SQLAlchemy's form; `env` carries it too, for env.py files that read the environment. */
  constructor(python: string, iniFile: string, url: string, env: Record<string, string>, cwd: string) {
    this.#child = spawn(python, ["-c", DRIVER, iniFile, url], { cwd, env: { ...process.env, ...env } });
    this.#child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      this.#buffer += chunk;
      for (let i = this.#buffer.indexOf("\n"); i !== -1; i = this.#buffer.indexOf("\n")) {
        this.#deliver(this.#buffer.slice(0, i));
        this.#buffer = this.#buffer.slice(i + 1);
      }
    });
    this.#child.stderr.setEncoding("utf8").on("data", (chunk: string) => void (this.#stderr = (this.#stderr + chunk).slice(-4000)));
    this.#child.on("close", () => this.#deliver(undefined));
  }

  #deliver(line: string | undefined): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting(line);
    else if (line !== undefined) this.#lines.push(line);
  }

  /** Runs `alembic <verb> <revision>`; resolves with undefined on success, or Alembic's error line. */
  async run(verb: "upgrade" | "downgrade", revision: string): Promise<string | undefined> {
    this.#child.stdin.write(`${verb} ${revision}\n`);
    const line = this.#lines.shift() ?? await new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => {
        this.#waiting = undefined;
        resolve(`timeout after ${STEP_TIMEOUT_MS / 1000} s`);
      }, STEP_TIMEOUT_MS);
      this.#waiting = (l) => {
        clearTimeout(timer);
        resolve(l);
      };
    });
    if (line === undefined) throw new MigError(`Alembic stopped: ${this.#stderr.trim().split("\n").at(-1) ?? ""}`);
    return line === "ok" ? undefined : line.replace(/^error /, "");
  }

  async close(): Promise<void> {
    this.#child.stdin.end();
    if (this.#child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.#child.kill("SIGKILL");
        resolve();
      }, 10_000);
      this.#child.on("close", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/**
 * Alembic itself, for the import tests: Debian's python3-alembic and /usr/bin/alembic,
 * installed with apt-get when missing (as .ci/run does). Without it a test may skip
 * only when CI is unset (DESIGN §11).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { captureOutput } from "../../core/output.ts";
import { loadConfig } from "../../core/config/load_config.ts";
import { branches, heads, history } from "../../mod.ts";

export const ALEMBIC = "/usr/bin/alembic";
const PACKAGES = ["python3-alembic", "alembic", "python3-psycopg2", "python3-pymysql"];

let checked: boolean | undefined;

/** True when Alembic can run; installs it with apt-get when possible; throws under CI when it cannot. */
export function alembicAvailable(): boolean {
  if (checked !== undefined) return checked;
  if (!fs.existsSync(ALEMBIC) && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    const install = () => spawnSync("apt-get", ["install", "-y", "-q", ...PACKAGES], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, timeout: 300_000, stdio: "ignore",
    });
    if (install().status !== 0) {
      spawnSync("apt-get", ["update", "-q"], { timeout: 300_000, stdio: "ignore" });
      install();
    }
  }
  checked = fs.existsSync(ALEMBIC);
  if (!checked && process.env.CI) throw new Error(`${ALEMBIC} is missing and could not be installed (${PACKAGES.join(" ")})`);
  if (!checked) console.warn("skipping: Alembic is not installed");
  return checked;
}

/** Runs `alembic ARGS` in `cwd`; throws with its output when it fails. */
export function alembic(cwd: string, ...args: string[]): string {
  const run = spawnSync(ALEMBIC, args, { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, PYTHONHASHSEED: "0" } });
  if (run.status !== 0) throw new Error(`alembic ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** `alembic init alembic` in `dir` with the URL set in alembic.ini. */
export function initAlembic(dir: string, url: string): void {
  fs.mkdirSync(dir, { recursive: true });
  alembic(dir, "init", "alembic");
  const ini = path.join(dir, "alembic.ini");
  const text = fs.readFileSync(ini, "utf8").replace(/^sqlalchemy\.url = .*$/m, `sqlalchemy.url = ${url.replaceAll("%", "%%")}`);
  fs.writeFileSync(ini, text);
}

/** `alembic revision` with a fixed id; returns the script's path. */
export function revision(dir: string, id: string, message: string, ...extra: string[]): string {
  const out = alembic(dir, "revision", "-m", message, "--rev-id", id, ...extra);
  const match = /Generating (\S+\.py)/.exec(out);
  if (!match) throw new Error(`no script in: ${out}`);
  return match[1]!;
}

/** Replaces the `pass` of upgrade() and downgrade() in a script Alembic wrote with Python lines. */
export function fillBodies(file: string, upgrade: string, downgrade: string): void {
  const indent = (body: string) => body.trim().split("\n").map((l) => `    ${l}`).join("\n");
  let text = fs.readFileSync(file, "utf8");
  text = text.replace(/(def upgrade\(\)[^:]*:\n)    pass/, (_m, head: string) => head + indent(upgrade));
  text = text.replace(/(def downgrade\(\)[^:]*:\n)    pass/, (_m, head: string) => head + indent(downgrade));
  fs.writeFileSync(file, text);
}

/** The output of mig's `heads`, `history` and `branches` on the project whose mig.toml is in `dir`. */
export async function migGraphOutput(dir: string, command: "heads" | "history" | "branches"): Promise<string> {
  const config = loadConfig({ cwd: dir });
  const out = captureOutput();
  if (command === "heads") heads(config, {}, out);
  else if (command === "history") await history(config, {}, out);
  else branches(config, {}, out);
  return out.stdout;
}

/** `branches` output with each branch point's children sorted: Alembic lists them in hash order. */
export function sortedBranchChildren(text: string): string[] {
  const blocks: string[][] = [];
  for (const line of text.split("\n").filter((l) => l.trim() !== "")) {
    if (line.trimStart().startsWith("->")) blocks[blocks.length - 1]!.push(line);
    else blocks.push([line]);
  }
  return blocks.flatMap(([head, ...children]) => [head!, ...children.sort()]);
}

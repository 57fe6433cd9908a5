/**
 * A project whose five revisions each sleep and then log themselves into a table
 * `applied`, so concurrent `mig upgrade head` runs overlap and a double application shows
 * as a count of 2. Shared by the concurrency and lock-table tests.
 */
import * as path from "node:path";
import type { Subprocess } from "bun";
import "../../dialects/mod.ts";
import { databaseSupport } from "../../core/database.ts";
import { parseDbUrl } from "../../core/url.ts";
import { CliProject } from "./cli.ts";

export const CLI = path.resolve(import.meta.dir, "..", "..", "cli.ts");
export const REVISIONS = ["a1", "a2", "a3", "a4", "a5"];

export interface SlowProjectOptions {
  /** How long each revision sleeps. */
  readonly sleepSeconds: number;
  /** One revision that sleeps 2 s instead (a place to kill a run). */
  readonly slowRevision?: string;
  /** More `key = value` lines for the [mig] section. */
  readonly config?: readonly string[];
}

export function slowProject(url: string, options: SlowProjectOptions): CliProject {
  const p = new CliProject();
  p.ok(["init", "migrations"]);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, [`url = "${url}"`, ...(options.config ?? [])].join("\n")));
  REVISIONS.forEach((rev, i) => {
    const sleep = rev === options.slowRevision ? 2 : options.sleepSeconds;
    p.write(`migrations/versions/${rev}_step.ts`, `import { op, t } from "mig";
export const revision = "${rev}";
export const downRevision = ${i === 0 ? "null" : `"${REVISIONS[i - 1]}"`};
const SECONDS = ${sleep};
const pause: Record<string, string> = {
  postgresql: \`SELECT pg_sleep(\${SECONDS})\`,
  mysql: \`DO SLEEP(\${SECONDS})\`,
  sqlite: \`WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < \${Math.round(SECONDS * 2_000_000)}) SELECT count(*) FROM n\`,
};
export function upgrade() {
  ${i === 0 ? 'op.createTable("applied", [t.column("rev", t.string(10), { nullable: false })]);' : ""}
  op.execute(pause[op.dialect]!);
  op.execute("INSERT INTO applied (rev) VALUES ('${rev}')");
}
export function downgrade() {}
`);
  });
  return p;
}

/** Makes the slow revision fast again, for the rerun after a kill. */
export function unslow(p: CliProject, rev: string): void {
  const file = `migrations/versions/${rev}_step.ts`;
  p.write(file, p.read(file).replace("const SECONDS = 2;", "const SECONDS = 0.01;"));
}

/** Rows of `applied` per revision; empty when the table does not exist (yet). */
export async function appliedCounts(url: string): Promise<Record<string, number>> {
  const driver = await databaseSupport().connect(parseDbUrl(url));
  try {
    const rows = await driver.query("SELECT rev, count(*) AS n FROM applied GROUP BY rev ORDER BY rev");
    return Object.fromEntries(rows.map((r) => [String(r["rev"]), Number(r["n"])]));
  } catch {
    return {};
  } finally {
    await driver.close();
  }
}

/** A background `mig upgrade head`: its process, and the rest of its stderr once it ends. */
export interface BackgroundRun {
  readonly process: Subprocess<"ignore", "pipe", "pipe">;
  /** Everything it wrote to stderr, read to the end. */
  stderr(): Promise<string>;
}

/** `mig upgrade head` started in the background, returned once `line` appeared on its stderr. */
export async function upgradeUntil(p: CliProject, line: string): Promise<BackgroundRun> {
  const run = Bun.spawn([process.execPath, CLI, "upgrade", "head"], { cwd: p.dir, stdout: "pipe", stderr: "pipe" });
  const reader = run.stderr.getReader();
  const decoder = new TextDecoder();
  let seen = "";
  let done = false;
  while (!done && !seen.includes(line)) {
    const chunk = await reader.read();
    done = chunk.done;
    if (chunk.value) seen += decoder.decode(chunk.value, { stream: true });
  }
  return {
    process: run,
    stderr: async () => {
      while (!done) {
        const chunk = await reader.read();
        done = chunk.done;
        if (chunk.value) seen += decoder.decode(chunk.value, { stream: true });
      }
      return seen;
    },
  };
}

/** `mig upgrade head` killed with SIGKILL shortly after `line` appears on its stderr. */
export async function killDuring(p: CliProject, line: string): Promise<void> {
  const run = (await upgradeUntil(p, line)).process;
  await Bun.sleep(300);
  run.kill("SIGKILL");
  await run.exited;
}

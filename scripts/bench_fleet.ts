/**
 * Fan-out against a loop (issue 14): `mig upgrade head --targets FILE --jobs N` on N = 1,
 * 4 and 8 against a shell loop that runs `mig upgrade head` once per database, on the
 * same databases (reset between runs, untimed). Not a test: it prints a table.
 *
 *   bun scripts/bench_fleet.ts [--databases 200] [--revisions 20] [--rounds 3] [--no-build]
 *
 * Each round runs the four in turn, so load from elsewhere on the machine falls on all of
 * them alike; the table shows the median of the rounds and their spread.
 *
 * The databases are `mig_bench_fleet_<n>` on the local PostgreSQL (MIG_TEST_POSTGRES_URL),
 * created at the start and dropped at the end; each revision creates a table or adds a
 * column. mig runs as the compiled binary (dist/mig, rebuilt first unless --no-build).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import "../dialects/mod.ts";
import { databaseSupport } from "../core/database.ts";
import { parseDbUrl } from "../core/url.ts";
import { BINARY, BUN, REPO, table, timeCommand, type Timing } from "./bench/measure.ts";

const { values } = parseArgs({
  options: {
    databases: { type: "string", default: "200" },
    revisions: { type: "string", default: "20" },
    rounds: { type: "string", default: "3" },
    "no-build": { type: "boolean", default: false },
  },
});
const count = Number(values.databases);
const revisions = Number(values.revisions);
const rounds = Number(values.rounds);
const ADMIN = process.env.MIG_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const log = (line: string) => console.error(`bench_fleet: ${line}`);

const dbUrl = (name: string) => {
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return url.toString();
};
const names = Array.from({ length: count }, (_, i) => `mig_bench_fleet_${i}`);

function writeProject(dir: string): void {
  fs.mkdirSync(path.join(dir, "migrations", "versions"), { recursive: true });
  fs.writeFileSync(path.join(dir, "mig.toml"), '[mig]\nscript_location = "migrations"\nurl = "${DATABASE_URL:-sqlite:///unused.db}"\n');
  for (let i = 1; i <= revisions; i++) {
    const rev = `r${String(i).padStart(4, "0")}`;
    const down = i === 1 ? "null" : `"r${String(i - 1).padStart(4, "0")}"`;
    const body = i % 2 === 1
      ? `op.createTable("t${i}", [t.column("id", t.integer(), { primaryKey: true }), t.column("note", t.text())]);`
      : `op.addColumn("t${i - 1}", t.column("extra", t.integer()));`;
    fs.writeFileSync(path.join(dir, "migrations", "versions", `${rev}.ts`), [
      'import { op, t } from "mig";', `export const revision = "${rev}";`, `export const downRevision = ${down};`,
      `export function upgrade() {\n  ${body}\n}`, "export function downgrade() {}", "",
    ].join("\n"));
  }
  fs.writeFileSync(path.join(dir, "targets.txt"), names.map(dbUrl).join("\n") + "\n");
}

async function forEachDatabase(sql: (name: string) => string, urlOf: (name: string) => string = () => ADMIN): Promise<void> {
  for (const name of names) {
    const driver = await databaseSupport().connect(parseDbUrl(urlOf(name)));
    try {
      await driver.exec(sql(name));
    } finally {
      await driver.close();
    }
  }
}

const reset = () => forEachDatabase(() => "DROP SCHEMA public CASCADE; CREATE SCHEMA public", dbUrl);

if (!values["no-build"]) {
  log("building dist/mig");
  const build = Bun.spawnSync([BUN, path.join(REPO, "scripts", "build.ts")], { stdout: "inherit", stderr: "inherit" });
  if (build.exitCode !== 0) process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-bench-fleet-"));
writeProject(dir);
log(`creating ${count} databases`);
await forEachDatabase((name) => `DROP DATABASE IF EXISTS ${name}`);
await forEachDatabase((name) => `CREATE DATABASE ${name}`);

const runs: [string, string[]][] = [
  ["loop: mig upgrade head per database", ["sh", "-c", `while read -r url; do DATABASE_URL="$url" "${BINARY}" -q upgrade head || exit 1; done < targets.txt`]],
  ...[1, 4, 8].map((jobs): [string, string[]] => [
    `mig upgrade head --targets --jobs ${jobs}`,
    [BINARY, "-q", "upgrade", "head", "--targets", "targets.txt", "--jobs", String(jobs)],
  ]),
];
const timings: Timing[][] = runs.map(() => []);
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [i, [name, argv]] of runs.entries()) {
      await reset();
      log(`round ${round}/${rounds}: ${name}`);
      timings[i]!.push(timeCommand(argv, { cwd: dir }));
    }
  }
} finally {
  await forEachDatabase((name) => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  fs.rmSync(dir, { recursive: true, force: true });
}

const middle = (list: Timing[]) => [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]!;
const loopTime = middle(timings[0]!).seconds;
console.log(`${count} PostgreSQL databases x ${revisions} revisions, median of ${rounds} rounds, load ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}\n`);
console.log(table(["run", "wall (median)", "spread", "peak RSS", "vs loop"], runs.map(([name], i) => {
  const list = timings[i]!;
  const t = middle(list);
  const spread = `${Math.min(...list.map((x) => x.seconds)).toFixed(2)}-${Math.max(...list.map((x) => x.seconds)).toFixed(2)} s`;
  return [name, `${t.seconds.toFixed(2)} s`, spread, `${t.maxRssMb.toFixed(0)} MB`, `${(loopTime / t.seconds).toFixed(2)}x faster`];
})));

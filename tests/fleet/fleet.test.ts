/**
 * Fan-out (issue 14): one command over 20 PostgreSQL and 5 MariaDB databases with one
 * broken target, through the CLI. The others reach head, the summary names the broken one,
 * the exit status is 1, and a rerun after the fix touches only it; --jobs bounds how many
 * run at once (seen by the migrations themselves in pg_stat_activity); a kill -9 mid
 * fan-out leaves every version table truthful and a rerun converges; schema tenants.
 * Passwords never appear. Loopback servers only.
 */
import { expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";
import { fleetServers } from "./fleet_servers.ts";
import { MYSQL_URL, POSTGRES_URL, reachable, uniqueName } from "../support/servers.ts";

const SECRET = "Fl33t-Secret";
const servers = fleetServers();
const { projects, pgDatabases, myDatabases } = servers;

/** `postgresql://postgres:<secret>@127.0.0.1:5432/<db>`: trust auth ignores the password, the output must still hide it. */
function pgUrl(database: string): string {
  const url = new URL(POSTGRES_URL);
  url.password = SECRET;
  url.pathname = `/${database}`;
  return url.toString();
}

function myUrl(database: string): string {
  const url = new URL(MYSQL_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function createPg(prefix: string, n: number): Promise<string[]> {
  const names = Array.from({ length: n }, () => uniqueName(prefix));
  for (const name of names) await servers.pg!.exec(`CREATE DATABASE ${name}`);
  pgDatabases.push(...names);
  return names;
}

/**
 * Three revisions: a1 creates `account`; a2 records how many mig sessions are connected to
 * fleet databases at that moment (PostgreSQL) after a pause, so runs overlap; a3 adds a column.
 */
function project(pause = 0.3): CliProject {
  const p = new CliProject("mig-fleet-");
  projects.push(p);
  p.ok(["init", "migrations"]);
  const script = (rev: string, down: string | null, body: string) => p.write(`migrations/versions/${rev}.ts`, [
    'import { op, t } from "mig";',
    `export const revision = "${rev}";`,
    `export const downRevision = ${down === null ? "null" : `"${down}"`};`,
    `export function upgrade() {\n${body}\n}`,
    "export function downgrade() {}",
    "",
  ].join("\n"));
  script("a1", null, '  op.createTable("account", [t.column("id", t.integer(), { primaryKey: true })]);');
  script("a2", "a1", `  if (op.dialect === "postgresql") {
    op.execute("SELECT pg_sleep(${pause})");
    op.execute("CREATE TABLE seen AS SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'mig' AND datname LIKE 'mig_fleet%'");
  }`);
  script("a3", "a2", '  op.addColumn("account", t.column("name", t.string(50)));');
  return p;
}

const lines = (text: string) => text.split("\n").filter(Boolean);

test("20 PostgreSQL and 5 MariaDB databases, one broken: the rest reach head; a rerun after the fix touches only it", async () => {
  if (!servers.pg || !servers.my) return;
  const pgNames = await createPg("mig_fleet", 20);
  const myNames = Array.from({ length: 5 }, () => uniqueName("mig_fleet"));
  for (const name of myNames) await servers.my.exec(`CREATE DATABASE ${name}`);
  myDatabases.push(...myNames);
  // The broken one: a table a1 wants to create is already there.
  const broken = myNames[2]!;
  await servers.my.exec(`CREATE TABLE ${broken}.account (id int)`);

  const p = project();
  p.write("targets.txt", ["# tenants", ...pgNames.map(pgUrl), "", ...myNames.map(myUrl)].join("\n"));
  const first = p.mig(["upgrade", "head", "--targets", "targets.txt", "--jobs", "3", "--keep-going"]);
  expect(first.stdout + first.stderr).not.toContain(SECRET);
  expect(first.status).toBe(1);
  expect(first.stderr.trim()).toBe("FAILED: 1 of 25 targets failed");
  expect(first.stdout).toContain("mig fleet: 25 targets: 24 ok (24 upgraded, 0 already there), 1 failed");
  expect(first.stdout).toContain(`  failed: ${myUrl(broken)}: Revision a1 failed at`);
  expect(lines(first.stdout).filter((l) => l.endsWith(": upgraded base -> a3"))).toHaveLength(24);
  expect(first.stdout).toContain(`postgresql://postgres:***@`);

  // --jobs 3: no migration ever saw more than three mig sessions on the fleet's databases.
  const seen: number[] = [];
  for (const name of pgNames) {
    const db = (await reachable(pgUrl(name)))!;
    seen.push(Number((await db.query("SELECT n FROM seen"))[0]!.n));
    await db.close();
  }
  expect(Math.max(...seen)).toBeLessThanOrEqual(3);
  expect(Math.max(...seen)).toBeGreaterThanOrEqual(2);

  // Fixed: only the broken one runs; --json says so per target.
  await servers.my.exec(`DROP TABLE ${broken}.account`);
  const second = p.mig(["upgrade", "head", "--targets", "targets.txt", "--json"]);
  expect(second.status).toBe(0);
  const records = lines(second.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
  const byStatus = (status: string) => records.filter((r) => r.status === status);
  expect(byStatus("changed").map((r) => r.target)).toEqual([myUrl(broken)]);
  expect(byStatus("unchanged")).toHaveLength(24);
  expect(records.at(-1)).toEqual({ summary: { targets: 25, changed: 1, unchanged: 24, failed: 0, notStarted: 0 } });

  const current = p.mig(["current", "--targets", "targets.txt"]);
  expect(lines(current.stdout).filter((l) => l.endsWith(": a3 (head)"))).toHaveLength(25);
}, 120_000);

test("without --keep-going no new target starts after a failure; kill -9 mid fan-out, then a rerun converges", async () => {
  if (!servers.pg) return;
  const names = await createPg("mig_fleet_k", 6);
  const p = project(0.6);
  p.write("targets.txt", ["postgresql://postgres@127.0.0.1:1/none?connect_timeout=1", ...names.map(pgUrl)].join("\n"));
  const stopped = p.mig(["upgrade", "head", "--targets", "targets.txt", "--jobs", "1"]);
  expect(stopped.status).toBe(1);
  expect(stopped.stdout).toContain("mig fleet: 7 targets: 0 ok (0 upgraded, 0 already there), 1 failed, 6 not started");

  p.write("targets.txt", names.map(pgUrl).join("\n"));
  const run = Bun.spawn([process.execPath, `${import.meta.dir}/../../cli.ts`, "upgrade", "head", "--targets", "targets.txt", "--jobs", "2"], {
    cwd: p.dir, stdout: "pipe", stderr: "pipe",
  });
  // Kill once the first target has finished and others are mid-migration.
  const reader = run.stdout.getReader();
  let seenText = "";
  while (!seenText.includes("upgraded")) {
    const { value, done } = await reader.read();
    if (done) break;
    seenText += new TextDecoder().decode(value);
  }
  run.kill("SIGKILL");
  await run.exited;

  // Every version table tells the truth: a row says a3 exactly where the column exists.
  for (const name of names) {
    const db = (await reachable(pgUrl(name)))!;
    const version = await db.query("SELECT to_regclass('mig_version') IS NOT NULL AS v");
    const heads = version[0]!.v ? (await db.query("SELECT version_num FROM mig_version")).map((r) => r.version_num) : [];
    const column = await db.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'account' AND column_name = 'name'");
    expect({ name, a3: heads.includes("a3") }).toEqual({ name, a3: column.length === 1 });
    await db.close();
  }
  const rerun = p.mig(["upgrade", "head", "--targets", "targets.txt", "--jobs", "4"]);
  expect(rerun.status).toBe(0);
  expect(rerun.stdout).toContain("mig fleet: 6 targets: 6 ok");
  const again = p.mig(["upgrade", "head", "--targets", "targets.txt", "--json"]);
  expect(lines(again.stdout).at(-1)).toBe(JSON.stringify({ summary: { targets: 6, changed: 0, unchanged: 6, failed: 0, notStarted: 0 } }));
}, 120_000);

test("--schemas-from: ten tenant schemas of one database, each with its own version table", async () => {
  if (!servers.pg) return;
  const [name] = await createPg("mig_fleet_s", 1);
  const db = (await reachable(pgUrl(name!)))!;
  for (let i = 0; i < 10; i++) await db.exec(`CREATE SCHEMA tenant_${i}`);
  const p = project(0);
  p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, `url = "${pgUrl(name!)}"`));
  const run = p.mig(["upgrade", "head", "--schemas-from", "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant_%' ORDER BY 1"]);
  expect(run.stdout + run.stderr).not.toContain(SECRET);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("mig fleet: 10 targets: 10 ok (10 upgraded, 0 already there), 0 failed");
  const tables = await db.query(
    "SELECT table_schema AS s, string_agg(table_name, ',' ORDER BY table_name) AS t FROM information_schema.tables WHERE table_schema LIKE 'tenant_%' GROUP BY 1 ORDER BY 1",
  );
  expect(tables).toHaveLength(10);
  for (const row of tables) expect(row.t).toBe("account,mig_version,seen");
  await db.close();
}, 60_000);

test("bad target lists are refused with one line before anything runs", () => {
  const p = project();
  p.write("bad.txt", "postgresql://u:pw@127.0.0.1:99999/db\n");
  const bad = p.mig(["upgrade", "head", "--targets", "bad.txt"]);
  expect(bad.status).toBe(255);
  expect(bad.stderr.trim()).toBe("FAILED: bad.txt, line 1: Invalid database URL 'postgresql://u:***@127.0.0.1:99999/db': port '99999' is not a number from 1 to 65535");
  p.write("empty.txt", "# nobody yet\n");
  expect(p.mig(["upgrade", "head", "--targets", "empty.txt"]).stderr.trim()).toBe("FAILED: empty.txt lists no database URLs");
  expect(p.mig(["upgrade", "head", "--targets", "missing.txt"]).stderr.trim()).toBe("FAILED: Can't read the targets file 'missing.txt': ENOENT");
  p.write("ok.txt", "postgresql://u@127.0.0.1:1/db\n");
  expect(p.mig(["upgrade", "head", "--targets", "ok.txt", "--sql"]).stderr.trim()).toBe("FAILED: --targets runs against databases: it cannot be combined with --sql");
  expect(p.mig(["upgrade", "head", "--targets"]).stderr.trim()).toContain("needs 'targets' or 'targets_command'");
});

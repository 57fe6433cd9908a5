/**
 * Fan-out of the read-only commands (issue 14): `check --targets` dry-runs the migrations
 * on every listed server, in a scratch database made there, so a fleet on mixed servers
 * learns which ones a migration breaks before any tenant is touched; `current --targets
 * --check-heads` names the databases behind. Loopback servers only; passwords never shown.
 */
import { expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";
import { fleetServers } from "./fleet_servers.ts";
import { MYSQL_URL, POSTGRES_URL, reachable, uniqueName } from "../support/servers.ts";

const SECRET = "Ch3ck-Secret";
const servers = fleetServers();
const { projects, pgDatabases } = servers;

function withPath(base: string, database: string, password?: string): string {
  const url = new URL(base);
  if (password) url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

/** b1 creates a table; b2 uses PostgreSQL's identity syntax through op.execute, which MariaDB refuses. */
function project(): CliProject {
  const p = new CliProject("mig-fleet-check-");
  projects.push(p);
  p.ok(["init", "migrations"]);
  const script = (rev: string, down: string | null, up: string, undo: string) => p.write(`migrations/versions/${rev}.ts`, [
    'import { op, t } from "mig";',
    `export const revision = "${rev}";`,
    `export const downRevision = ${down === null ? "null" : `"${down}"`};`,
    `export function upgrade() {\n  ${up}\n}`,
    `export function downgrade() {\n  ${undo}\n}`,
    "",
  ].join("\n"));
  script("b1", null, 'op.createTable("item", [t.column("id", t.integer(), { primaryKey: true })]);', 'op.dropTable("item");');
  script("b2", "b1", 'op.execute("CREATE TABLE ticket (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY)");', 'op.dropTable("ticket");');
  return p;
}

test("check --targets: the stairway on every server; the one a migration breaks is named with its finding", async () => {
  if (!servers.pg || !servers.my) return;
  const names = [uniqueName("mig_fleet_c"), uniqueName("mig_fleet_c")];
  for (const name of names) await servers.pg.exec(`CREATE DATABASE ${name}`);
  pgDatabases.push(...names);
  const p = project();
  const myTarget = withPath(MYSQL_URL, "test");
  p.write("targets.txt", [...names.map((n) => withPath(POSTGRES_URL, n, SECRET)), myTarget].join("\n"));

  const run = p.mig(["check", "--targets", "targets.txt", "--keep-going"]);
  expect(run.stdout + run.stderr).not.toContain(SECRET);
  expect(run.status).toBe(1);
  const out = run.stdout.split("\n");
  for (const name of names) expect(out.some((l) => l.startsWith(`postgresql://postgres:***@127.0.0.1:5432/${name}: mig check: OK (`))).toBe(true);
  expect(out.some((l) => l.startsWith(`${myTarget}: FAILED: check failed: 1 error`))).toBe(true);
  expect(run.stdout).toMatch(/ERROR \S+ b2 migrations\/versions\/b2\.ts/);
  expect(run.stdout).toContain("mig fleet: 3 targets: 2 ok, 1 failed");
  expect(run.stderr.trim()).toBe("FAILED: 1 of 3 targets failed");

  // The dry runs left the targets themselves untouched: no version table, no tables.
  for (const name of names) {
    const db = (await reachable(withPath(POSTGRES_URL, name)))!;
    expect(await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).toEqual([]);
    await db.close();
  }

  // --json: a line per target and the summary.
  const json = p.mig(["check", "--targets", "targets.txt", "--keep-going", "--json"]);
  const records = json.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(records.filter((r) => r.status === "failed").map((r) => r.target)).toEqual([myTarget]);
  expect(records.at(-1)).toEqual({ summary: { targets: 3, changed: 0, unchanged: 2, failed: 1, notStarted: 0 } });
}, 120_000);

test("current --targets --check-heads fails on the database behind, names it, and passes once it catches up", async () => {
  if (!servers.pg) return;
  const names = [uniqueName("mig_fleet_h"), uniqueName("mig_fleet_h")];
  for (const name of names) await servers.pg.exec(`CREATE DATABASE ${name}`);
  pgDatabases.push(...names);
  const p = project();
  const urls = names.map((n) => withPath(POSTGRES_URL, n));
  p.write("targets.txt", urls.join("\n"));
  p.write("one.txt", urls[0]!);
  p.ok(["upgrade", "head", "--targets", "one.txt"]);
  p.ok(["upgrade", "b1", "--targets", "targets.txt"]);

  const behind = p.mig(["current", "--targets", "targets.txt", "--check-heads"]);
  expect(behind.status).toBe(1);
  expect(behind.stdout).toContain(`${urls[1]}: FAILED: Database is not on the latest revision`);
  expect(behind.stdout).toContain(`${urls[0]}: b2 (head)`);
  p.ok(["upgrade", "head", "--targets", "targets.txt"]);
  expect(p.mig(["current", "--targets", "targets.txt", "--check-heads"]).status).toBe(0);
}, 60_000);

test("check --targets refuses --dev-url and --format with one line", () => {
  const p = project();
  p.write("targets.txt", "postgresql://u@127.0.0.1:1/db\n");
  const devUrl = p.mig(["check", "--targets", "targets.txt", "--dev-url", "postgresql://u@127.0.0.1:1/x"]);
  expect(devUrl.status).toBe(2);
  expect(devUrl.stderr.trim()).toBe("mig: error: --dev-url and --targets exclude each other: the targets are the servers checked on");
  const format = p.mig(["check", "--targets", "targets.txt", "--format", "gcc"]);
  expect(format.stderr.trim()).toBe("mig: error: --format applies to one check; with --targets, --json gives a line per target");
});

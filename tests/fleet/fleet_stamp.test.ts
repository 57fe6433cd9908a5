/**
 * `mig stamp --targets`: every target's version table set without running a script, each
 * target's line saying where it was (read under the lock, on the connection that stamps)
 * and where it is now. PostgreSQL and MariaDB targets in one list; loopback servers only.
 */
import { expect, test } from "bun:test";
import { CliProject } from "../support/cli.ts";
import { MYSQL_URL, POSTGRES_URL, reachable, uniqueName } from "../support/servers.ts";
import { fleetServers } from "./fleet_servers.ts";

const servers = fleetServers();

function urlOf(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Sessions ever opened on a PostgreSQL database (pg_stat_database.sessions, counted as each ends). */
async function sessions(database: string): Promise<number> {
  const rows = await servers.pg!.query(`SELECT sessions FROM pg_stat_database WHERE datname = '${database}'`);
  return Number(rows[0]?.sessions ?? 0);
}

/** New sessions since `before`, once the count has settled (a backend reports its end as it exits). */
async function sessionsAfter(database: string, before: number): Promise<number> {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    await servers.pg!.exec("SELECT pg_stat_clear_snapshot()");
    const now = await sessions(database);
    if (now === last && now > before) return now - before;
    last = now;
    await Bun.sleep(100);
  }
  return last - before;
}

function project(): CliProject {
  const p = new CliProject("mig-fleet-stamp-");
  servers.projects.push(p);
  p.ok(["init", "migrations"]);
  for (const [rev, down] of [["s1", null], ["s2", "s1"], ["s3", "s2"]] as const) {
    p.write(`migrations/versions/${rev}.ts`, [
      'import { op, t } from "mig";',
      `export const revision = "${rev}";`,
      `export const downRevision = ${down === null ? "null" : `"${down}"`};`,
      `export function upgrade() {\n  op.createTable("${rev}_table", [t.column("id", t.integer())]);\n}`,
      "export function downgrade() {}",
      "",
    ].join("\n"));
  }
  return p;
}

test("stamp head on targets at base and at s1: each line names the heads it found; no script runs", async () => {
  if (!servers.pg || !servers.my) return;
  const pgNames = [uniqueName("mig_fleet_st"), uniqueName("mig_fleet_st")];
  for (const name of pgNames) await servers.pg.exec(`CREATE DATABASE ${name}`);
  servers.pgDatabases.push(...pgNames);
  const myName = uniqueName("mig_fleet_st");
  await servers.my.exec(`CREATE DATABASE ${myName}`);
  servers.myDatabases.push(myName);

  const p = project();
  const targets = [...pgNames.map((n) => urlOf(POSTGRES_URL, n)), urlOf(MYSQL_URL, myName)];
  p.write("targets.txt", targets.join("\n"));
  // The second PostgreSQL database is at s1 already.
  p.write("one.toml", `[mig]\nscript_location = "migrations"\nurl = "${targets[1]}"\n`);
  p.ok(["-c", "one.toml", "stamp", "s1"]);

  const sessionsBefore = await sessions(pgNames[0]!);
  const run = p.mig(["stamp", "head", "--targets", "targets.txt"]);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`${targets[0]}: stamped base -> s3`);
  expect(run.stdout).toContain(`${targets[1]}: stamped s1 -> s3`);
  expect(run.stdout).toContain(`${targets[2]}: stamped base -> s3`);
  expect(run.stdout).toContain("mig fleet: 3 targets: 3 ok (3 stamped, 0 already there), 0 failed");

  // One connection per target: the heads before are read on the connection that stamps.
  expect(await sessionsAfter(pgNames[0]!, sessionsBefore)).toBe(1);

  for (const url of targets) {
    const db = (await reachable(url))!;
    try {
      expect((await db.query("SELECT version_num FROM mig_version")).map((r) => r.version_num)).toEqual(["s3"]);
      // Stamping runs nothing: no script's table exists.
      const tables = url.startsWith("postgresql")
        ? await db.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 's%_table'")
        : await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = '${myName}' AND table_name LIKE 's%_table'`);
      expect(tables).toEqual([]);
    } finally {
      await db.close();
    }
  }

  const json = p.mig(["stamp", "s2", "--targets", "targets.txt", "--json"]);
  expect(json.status).toBe(0);
  const records = json.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  const moves = Object.fromEntries(records.filter((r) => r.target).map((r) => [r.target, [r.before, r.after]]));
  expect(moves).toEqual(Object.fromEntries(targets.map((t) => [t, [["s3"], ["s2"]]])));
}, 60_000);

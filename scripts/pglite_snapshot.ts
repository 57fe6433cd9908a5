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

/** initdb in a fresh in-memory PGlite and return its data directory as a gzip tarball. */
export async function makePgliteSnapshot(): Promise<Uint8Array> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create();
  try {
    return new Uint8Array(await (await db.dumpDataDir("gzip")).arrayBuffer());
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

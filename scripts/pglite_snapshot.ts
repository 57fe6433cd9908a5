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
import { PGlite } from "@electric-sql/pglite";

const out = process.argv[2] ?? fileURLToPath(new URL("../build/pglite_snapshot.tar.gz", import.meta.url));
const started = performance.now();
const db = await PGlite.create();
try {
  const tarball = await db.dumpDataDir("gzip");
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, new Uint8Array(await tarball.arrayBuffer()));
  const ms = Math.round(performance.now() - started);
  console.error(`Wrote ${out} (${tarball.size} bytes) in ${ms} ms`);
} finally {
  await db.close();
}

/**
 * PGlite's assets are 15 MB raw and the data-directory snapshot a 40 MB tar (4.5 MB as
 * gzip). zstd at level 19 makes them 5.5 MB together, which keeps the binary under its
 * 130 MB budget; inflating them costs ~60 ms, paid only when a PGlite URL is opened.
 * Compressing takes seconds, so outputs are reused while newer than their source.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BINARY_ASSETS, PGLITE_DIST, PGLITE_SNAPSHOT } from "./paths.ts";

interface AssetSource {
  /** What entry.ts embeds: `build/binary/<name>.zst`. */
  readonly name: string;
  readonly source: string;
  /** The bytes to compress, from the source file's. */
  readonly prepare?: (bytes: Buffer) => Uint8Array;
}

export const ASSET_SOURCES: readonly AssetSource[] = [
  { name: "pglite.wasm", source: path.join(PGLITE_DIST, "pglite.wasm") },
  { name: "initdb.wasm", source: path.join(PGLITE_DIST, "initdb.wasm") },
  { name: "pglite.data", source: path.join(PGLITE_DIST, "pglite.data") },
  // Stored as a plain tar under zstd (a third of the gzip's size); PGlite untars it as is.
  { name: "pglite_snapshot.tar", source: PGLITE_SNAPSHOT, prepare: (bytes) => Bun.gunzipSync(bytes as Uint8Array<ArrayBuffer>) },
];

const LEVEL = 19;

export interface CompressedAsset {
  readonly name: string;
  readonly rawBytes: number;
  readonly compressedBytes: number;
  readonly reused: boolean;
}

export function compressAssets(): CompressedAsset[] {
  fs.mkdirSync(BINARY_ASSETS, { recursive: true });
  return ASSET_SOURCES.map(({ name, source, prepare }) => {
    const target = path.join(BINARY_ASSETS, `${name}.zst`);
    const sourceStat = fs.statSync(source);
    const reused = fs.existsSync(target) && fs.statSync(target).mtimeMs >= sourceStat.mtimeMs;
    let rawBytes = sourceStat.size;
    if (!reused) {
      const bytes = prepare ? prepare(fs.readFileSync(source)) : fs.readFileSync(source);
      rawBytes = bytes.length;
      // Written under a temporary name first so an interrupted build never leaves a torn file.
      fs.writeFileSync(`${target}.tmp`, Bun.zstdCompressSync(bytes, { level: LEVEL }));
      fs.renameSync(`${target}.tmp`, target);
    }
    return { name, rawBytes, compressedBytes: fs.statSync(target).size, reused };
  });
}

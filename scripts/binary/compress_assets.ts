/**
 * PGlite's assets are 15 MB raw; zstd at level 19 makes them 4 MB (the binary then stays
 * well under its 130 MB budget) and inflating them costs ~20 ms, paid only when a
 * PGlite URL is opened. Compressing takes seconds, so outputs are reused while newer
 * than their source.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BINARY_ASSETS, PGLITE_DIST } from "./paths.ts";

/** The files entry.ts embeds, as `build/binary/<name>.zst`. */
export const PGLITE_ASSET_FILES = ["pglite.wasm", "initdb.wasm", "pglite.data"] as const;

const LEVEL = 19;

export interface CompressedAsset {
  readonly name: string;
  readonly rawBytes: number;
  readonly compressedBytes: number;
  readonly reused: boolean;
}

export function compressPgliteAssets(): CompressedAsset[] {
  fs.mkdirSync(BINARY_ASSETS, { recursive: true });
  return PGLITE_ASSET_FILES.map((name) => {
    const source = path.join(PGLITE_DIST, name);
    const target = path.join(BINARY_ASSETS, `${name}.zst`);
    const sourceStat = fs.statSync(source);
    const reused = fs.existsSync(target) && fs.statSync(target).mtimeMs >= sourceStat.mtimeMs;
    if (!reused) {
      const compressed = Bun.zstdCompressSync(fs.readFileSync(source), { level: LEVEL });
      // Written under a temporary name first so an interrupted build never leaves a torn file.
      fs.writeFileSync(`${target}.tmp`, compressed);
      fs.renameSync(`${target}.tmp`, target);
    }
    return { name, rawBytes: sourceStat.size, compressedBytes: fs.statSync(target).size, reused };
  });
}

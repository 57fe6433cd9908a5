/**
 * Bun-only (the compiled binary): embeds PGlite's assets and the pre-initialized data
 * directory, and hands them to the PGlite driver as loaders. An embedded file import
 * yields just a path, so nothing is read, inflated or compiled until a `pglite://` URL
 * (or `mig check`) actually boots PGlite; `mig --version` never touches them.
 *
 * The package's exports map does not expose its assets, hence the relative paths to the
 * zstd copies the build writes before bundling (compress_assets.ts).
 */
import { readFileSync } from "node:fs";
import { registerPgliteAssets } from "../../dialects/postgresql/pglite_assets.ts";
import pgliteWasm from "../../build/binary/pglite.wasm.zst" with { type: "file" };
import initdbWasm from "../../build/binary/initdb.wasm.zst" with { type: "file" };
import pgliteData from "../../build/binary/pglite.data.zst" with { type: "file" };
import snapshot from "../../build/binary/pglite_snapshot.tar.zst" with { type: "file" };

function inflate(embeddedPath: string): Uint8Array<ArrayBuffer> {
  const bytes = Bun.zstdDecompressSync(readFileSync(embeddedPath));
  // A view, not a copy: the snapshot alone is 40 MB.
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
}

export function registerEmbeddedPglite(): void {
  registerPgliteAssets({
    pgliteWasmModule: () => WebAssembly.compile(inflate(pgliteWasm)),
    initdbWasmModule: () => WebAssembly.compile(inflate(initdbWasm)),
    fsBundle: () => new Blob([inflate(pgliteData)]),
    // A plain tar: PGlite's loadDataDir untars it without a gunzip pass.
    snapshot: () => new Blob([inflate(snapshot)]),
  });
}

/**
 * Where the PGlite driver gets PGlite's heavy assets. The compiled binary's entry embeds
 * them (`with { type: "file" }`) and hands them over here before any command runs;
 * under `bun run`/Deno nothing is registered and the driver falls back to the snapshot
 * in `build/` and PGlite's own files in node_modules. Runtime-neutral on purpose: no
 * Bun-specific imports, so Deno loads it too.
 *
 * Each asset may be given as a value or as a loader, so the binary can register cheaply
 * at start-up and pay for reading/compiling WASM only when a PGlite URL is opened.
 */

type Lazy<T> = T | (() => T | Promise<T>);

export interface PgliteAssets {
  /** Compiled `pglite.wasm`. */
  pgliteWasmModule?: Lazy<WebAssembly.Module>;
  /** Compiled `initdb.wasm`: only needed when booting without a snapshot. */
  initdbWasmModule?: Lazy<WebAssembly.Module>;
  /** `pglite.data`, PGlite's file-system bundle (share/, timezone data). */
  fsBundle?: Lazy<Blob>;
  /** A gzip tar of an initialized data directory, as scripts/pglite_snapshot.ts writes it. */
  snapshot?: Lazy<Blob | Uint8Array>;
}

export interface ResolvedPgliteAssets {
  pgliteWasmModule?: WebAssembly.Module;
  initdbWasmModule?: WebAssembly.Module;
  fsBundle?: Blob;
  snapshot?: Blob;
}

let registered: PgliteAssets = {};
let resolved: Promise<ResolvedPgliteAssets> | undefined;

/** Register (or replace) embedded assets; later calls override earlier ones per field. */
export function registerPgliteAssets(assets: PgliteAssets): void {
  registered = { ...registered, ...assets };
  resolved = undefined;
}

/** Forget everything registered (tests switch between boot paths with it). */
export function clearPgliteAssets(): void {
  registered = {};
  resolved = undefined;
}

/** Whether anything was registered (the binary) or the driver must look for files itself. */
export function hasRegisteredPgliteAssets(): boolean {
  return Object.values(registered).some((value) => value !== undefined);
}

/** The registered assets with loaders run once and bytes wrapped as Blob. */
export function resolvePgliteAssets(): Promise<ResolvedPgliteAssets> {
  resolved ??= resolveAll(registered);
  return resolved;
}

async function resolveAll(assets: PgliteAssets): Promise<ResolvedPgliteAssets> {
  const [pgliteWasmModule, initdbWasmModule, fsBundle, snapshot] = await Promise.all([
    load(assets.pgliteWasmModule),
    load(assets.initdbWasmModule),
    load(assets.fsBundle),
    load(assets.snapshot),
  ]);
  return {
    ...(pgliteWasmModule ? { pgliteWasmModule } : {}),
    ...(initdbWasmModule ? { initdbWasmModule } : {}),
    ...(fsBundle ? { fsBundle } : {}),
    ...(snapshot ? { snapshot: snapshot instanceof Blob ? snapshot : new Blob([snapshot as Uint8Array<ArrayBuffer>]) } : {}),
  };
}

async function load<T>(asset: Lazy<T> | undefined): Promise<T | undefined> {
  return typeof asset === "function" ? await (asset as () => T | Promise<T>)() : asset;
}

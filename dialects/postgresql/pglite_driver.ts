/**
 * PostgreSQL in-process through PGlite (WASM): `pglite://memory` for `mig check` and
 * autogenerate, `pglite://./dir` for a persistent data directory.
 *
 * Booting runs initdb (~3 s) unless a pre-initialized data directory is at hand
 * (~0.3-0.5 s): the binary registers one in pglite_assets.ts; from sources the driver
 * reads build/pglite_snapshot.tar.gz (made by `bun run build:pglite`) when present.
 * A new on-disk directory is also created from the snapshot (PGlite unpacks
 * `loadDataDir` into `dataDir` when that holds no database yet).
 *
 * One PGlite instance is one backend, and PGlite cannot share a directory between
 * processes at all: an on-disk directory is held through a lock file from before it is
 * opened until it is closed (pglite_dir_lock.ts), so concurrent `mig` runs take turns.
 * The advisory lock then always succeeds; it is still taken so the code path is the same.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Driver, Row } from "../../core/driver.ts";
import { DatabaseError } from "../../core/errors.ts";
import type { DbUrl } from "../../core/url.ts";
import { type ConnectOptions, connectionError } from "../driver_support.ts";
import { AdvisoryLocks } from "./driver_lock.ts";
import { pgStatementError } from "./driver_errors.ts";
import { lockDataDir } from "./pglite_dir_lock.ts";
import { hasRegisteredPgliteAssets, type ResolvedPgliteAssets, resolvePgliteAssets } from "./pglite_assets.ts";

type PGlite = import("@electric-sql/pglite").PGlite;
type PGliteOptions = import("@electric-sql/pglite").PGliteOptions;

/** How this instance came up, for tests and `mig check --verbose` timings. */
export type PgliteBoot = "snapshot" | "image" | "initdb" | "existing";

/** Data directories open in this process: two PGlite instances on one directory corrupt it. */
const openDirs = new Set<string>();

/** How long to wait for another process to close an on-disk data directory. */
const DIRECTORY_WAIT_MS = 60_000;

export async function connect(url: DbUrl, options: ConnectOptions = {}): Promise<PgliteDriver> {
  const dir = url.path;
  if (dir && openDirs.has(dir)) throw new DatabaseError(`PGlite data directory '${dir}' is already open in this process`);
  const unlock = dir ? await lockDataDir(dir, DIRECTORY_WAIT_MS) : () => {};
  try {
    return await open(url, options, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

async function open(url: DbUrl, options: ConnectOptions, unlock: () => void): Promise<PgliteDriver> {
  const dir = url.path;
  const { PGlite } = await import("@electric-sql/pglite");
  const assets = hasRegisteredPgliteAssets() ? await resolvePgliteAssets() : await sourceAssets();
  const existing = dir !== undefined && existsSync(join(dir, "PG_VERSION"));
  // Query parameters are server settings (`pglite://memory?shared_buffers=16MB`), given at
  // start because some (memory sizes) cannot change later; PGlite's own defaults stay first.
  const settings = Object.entries(url.params);
  const base: PGliteOptions = {
    ...(dir ? { dataDir: dir } : {}),
    ...(settings.length > 0 ? { startParams: startParams(PGlite, settings) } : {}),
    ...(assets.pgliteWasmModule ? { pgliteWasmModule: assets.pgliteWasmModule } : {}),
    ...(assets.initdbWasmModule ? { initdbWasmModule: assets.initdbWasmModule } : {}),
    ...(assets.fsBundle ? { fsBundle: assets.fsBundle } : {}),
  };
  const image = !dir && options.bootImage ? options.bootImage : undefined;
  const boot: PgliteBoot = existing ? "existing" : image ? "image" : assets.snapshot ? "snapshot" : "initdb";
  if (dir) openDirs.add(dir);
  let db: PGlite;
  try {
    try {
      const loadDataDir = boot === "image" ? await image : boot === "snapshot" ? assets.snapshot : undefined;
      db = await PGlite.create(loadDataDir ? { ...base, loadDataDir } : base);
    } catch (error) {
      // A stale snapshot (other PGlite version) must not break an in-memory check: initdb instead.
      if (boot !== "snapshot" || dir) throw error;
      db = await PGlite.create(base);
      return await PgliteDriver.start(db, "initdb", options, { unlock });
    }
    return await PgliteDriver.start(db, boot, options, { dir, unlock });
  } catch (error) {
    if (dir) openDirs.delete(dir);
    throw connectionError(url, error);
  }
}

/** PGlite's own start parameters, then each server setting as `-c key=value`. */
export function startParams(pglite: typeof import("@electric-sql/pglite").PGlite, settings: readonly (readonly [string, string])[]): string[] {
  const defaults = (pglite as unknown as { defaultStartParams: readonly string[] }).defaultStartParams;
  return [...defaults, ...settings.flatMap(([key, value]) => ["-c", `${key}=${value}`])];
}

/** Outside the binary: the snapshot next to the sources, if `build:pglite` has run. */
async function sourceAssets(): Promise<ResolvedPgliteAssets> {
  try {
    const bytes = await readFile(new URL("../../build/pglite_snapshot.tar.gz", import.meta.url));
    return { snapshot: new Blob([bytes]) };
  } catch {
    return {};
  }
}

export class PgliteDriver implements Driver {
  readonly serverVersion: string;
  readonly bootedFrom: PgliteBoot;
  #db: PGlite;
  #dir: string | undefined;
  /** Releases the data directory's lock file (pglite_dir_lock.ts); a no-op in memory. */
  #unlock: () => void;
  #onNotice: ((message: string) => void) | undefined;
  #locks = new AdvisoryLocks((sql, params) => this.query(sql, params));

  static async start(
    db: PGlite, boot: PgliteBoot, options: ConnectOptions, place: { dir?: string | undefined; unlock: () => void },
  ): Promise<PgliteDriver> {
    const rows = (await db.query<{ server_version: string }>("SHOW server_version")).rows;
    return new PgliteDriver({
      db, boot, version: rows[0]?.server_version ?? "", dir: place.dir, unlock: place.unlock, onNotice: options.onNotice,
    });
  }

  private constructor(init: {
    db: PGlite; boot: PgliteBoot; version: string; dir: string | undefined; unlock: () => void;
    onNotice: ((message: string) => void) | undefined;
  }) {
    this.#db = init.db;
    this.bootedFrom = init.boot;
    this.serverVersion = init.version;
    this.#dir = init.dir;
    this.#unlock = init.unlock;
    this.#onNotice = init.onNotice;
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    try {
      return (await this.#db.query<Row>(sql, [...params], this.#queryOptions())).rows;
    } catch (error) {
      throw pgStatementError(error, sql);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.#db.exec(sql, this.#queryOptions());
    } catch (error) {
      throw pgStatementError(error, sql);
    }
  }

  async affected(sql: string): Promise<number> {
    try {
      return (await this.#db.query(sql, [], this.#queryOptions())).affectedRows ?? 0;
    } catch (error) {
      throw pgStatementError(error, sql);
    }
  }

  begin(): Promise<void> {
    return this.exec("BEGIN");
  }
  commit(): Promise<void> {
    return this.exec("COMMIT");
  }
  rollback(): Promise<void> {
    return this.exec("ROLLBACK");
  }

  acquireLock(name: string, timeoutMs: number): Promise<void> {
    return this.#locks.acquire(name, timeoutMs);
  }

  releaseLock(name: string): Promise<void> {
    return this.#locks.release(name);
  }

  /** The data directory as an uncompressed tarball, which `bootImage` boots from again. */
  async dumpImage(): Promise<Blob> {
    // With synchronous_commit off (mig check's settings) the last commits may sit in WAL
    // buffers the dump would miss: a checkpoint writes everything out first.
    await this.#db.exec("CHECKPOINT");
    return this.#db.dumpDataDir("none");
  }

  /** Always call: an unclosed PGlite keeps the process alive for seconds. */
  async close(): Promise<void> {
    if (this.#db.closed) return;
    // Closing ends the only session; its locks go with it.
    this.#locks.forget();
    try {
      await this.#db.close();
    } finally {
      if (this.#dir) openDirs.delete(this.#dir);
      this.#unlock();
    }
  }

  #queryOptions() {
    const onNotice = this.#onNotice;
    return onNotice ? { onNotice: (notice: { message?: string }) => onNotice(String(notice.message ?? "")) } : {};
  }
}

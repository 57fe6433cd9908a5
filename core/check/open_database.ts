/**
 * Opens the database a dry run happens in and describes it for the report. Embedded
 * ones (PGlite, in-memory SQLite) vanish when closed; on a server (`--dev-url`) the run
 * gets a scratch database of its own, created first and dropped afterwards, so the
 * developer's data is never touched and a failed run leaves nothing behind.
 */
import { randomBytes } from "node:crypto";
import { databaseSupport } from "../database.ts";
import type { Dialect } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import { type DbUrl, parseDbUrl } from "../url.ts";
import type { CheckTarget } from "./targets.ts";

export interface DatabaseInfo {
  /** multidb: the section name. */
  readonly name?: string;
  readonly dialect: string;
  /** "pglite", "sqlite", "postgresql", "mysql" or "mariadb"; null when there is no dry run. */
  readonly engine: string | null;
  /** The server version the engine reports, e.g. "18.1" for PGlite. */
  readonly version: string | null;
  /**
   * PGlite: "snapshot" (pre-initialized data directory), "image" (the check cache's state)
   * or "initdb"; "cache" when every revision came from the check cache and nothing started.
   */
  readonly boot?: string;
  readonly connectMs?: number;
}

export interface OpenDatabase {
  readonly driver: Driver;
  readonly dialect: Dialect;
  readonly url: DbUrl;
  readonly info: DatabaseInfo;
  close(): Promise<void>;
}

/** `bootImage`: in-memory PGlite boots from this data directory (the check cache's). */
export async function openDatabase(target: CheckTarget & { url: DbUrl }, options: { bootImage?: Blob | Promise<Blob> } = {}): Promise<OpenDatabase> {
  const started = performance.now();
  const support = databaseSupport();
  const scratch = target.scratch ? await createScratch(target.url) : undefined;
  const url = scratch?.url ?? target.url;
  let driver: Driver;
  try {
    driver = await support.connect(url, options.bootImage ? { bootImage: options.bootImage } : {});
  } catch (error) {
    await scratch?.drop();
    throw error;
  }
  const dialect = support.dialectFor(url).forServerVersion(driver.serverVersion);
  const boot = (driver as { bootedFrom?: string }).bootedFrom;
  const info: DatabaseInfo = {
    ...(target.database ? { name: target.database } : {}),
    dialect: target.dialect,
    engine: engineName(url, dialect),
    version: driver.serverVersion,
    ...(boot ? { boot } : {}),
    connectMs: Math.round(performance.now() - started),
  };
  return {
    driver,
    dialect,
    url,
    info,
    close: async () => {
      try {
        await driver.close();
      } finally {
        await scratch?.drop();
      }
    },
  };
}

function engineName(url: DbUrl, dialect: Dialect): string {
  if (url.driver === "pglite" || url.driver === "sqlite") return url.driver;
  return dialect.variant;
}

/** A database of its own on the dev server; `drop` removes it (best effort, after closing). */
async function createScratch(server: DbUrl): Promise<{ url: DbUrl; drop(): Promise<void> }> {
  const support = databaseSupport();
  const admin = await support.connect(server);
  const quote = support.dialectFor(server).quoteIdentifier;
  const name = `mig_check_${randomBytes(6).toString("hex")}`;
  try {
    await admin.exec(`CREATE DATABASE ${quote(name)}`);
  } catch (error) {
    await admin.close();
    throw error;
  }
  const address = new URL(server.reveal());
  address.pathname = `/${name}`;
  return {
    url: parseDbUrl(address.toString()),
    drop: async () => {
      try {
        await admin.exec(`DROP DATABASE IF EXISTS ${quote(name)}`);
      } finally {
        await admin.close();
      }
    },
  };
}

/**
 * How core/ reaches databases without importing a dialect: `dialects/mod.ts` registers
 * the dialects and the driver dispatcher here when it is imported (by cli.ts and mod.ts),
 * the way dbmate's drivers register their URL schemes.
 */
import type { Dialect } from "./dialect.ts";
import type { Driver } from "./driver.ts";
import { MigError } from "./errors.ts";
import type { DbUrl } from "./url.ts";

export interface ConnectOptions {
  /** Keep retrying a refused connection this long (`--wait`). */
  readonly waitMs?: number;
  readonly onNotice?: (message: string) => void;
  /**
   * In-memory PGlite: boot from this data-directory image (a `dumpDataDir` tarball)
   * instead of the empty snapshot; `mig check` resumes from its cached state this way.
   */
  readonly bootImage?: Blob | Promise<Blob>;
}

export interface DatabaseSupport {
  /** The dialect a URL speaks offline (MariaDB only when the URL says `mariadb://`). */
  dialectFor(url: DbUrl): Dialect;
  connect(url: DbUrl, options?: ConnectOptions): Promise<Driver>;
}

let installed: DatabaseSupport | undefined;

export function registerDatabaseSupport(support: DatabaseSupport): void {
  installed = support;
}

export function databaseSupport(): DatabaseSupport {
  if (!installed) throw new MigError("No database dialects are registered: import mig's dialects/mod.ts first");
  return installed;
}

/**
 * A fresh database on one engine with the dialect that reads it, for tests that run DDL
 * and read the catalog back through `introspectCatalog` directly (no CLI in between).
 */
import type { Dialect } from "../../core/dialect.ts";
import type { Driver } from "../../core/driver.ts";
import type { Catalog, CatalogOptions } from "../../core/autogenerate/catalog.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";
import { mariadbDialect } from "../../dialects/mysql/dialect.ts";
import { postgresqlDialect } from "../../dialects/postgresql/dialect.ts";
import { sqliteDialect } from "../../dialects/sqlite/dialect.ts";
import { createDatabase, type Engine } from "./databases.ts";

export interface CatalogEngine {
  readonly dialect: Dialect;
  readonly driver: Driver;
  /** Runs `;`-separated statements one at a time (MariaDB takes one per call). */
  run(sql: string): Promise<void>;
  catalog(options?: CatalogOptions): Promise<Catalog>;
  dispose(): Promise<void>;
}

const DIALECTS: Record<Engine, Dialect> = {
  postgresql: postgresqlDialect, pglite: postgresqlDialect, mariadb: mariadbDialect, sqlite: sqliteDialect,
};

/** Undefined when the engine's server is absent outside CI. */
export async function openCatalogEngine(engine: Engine): Promise<CatalogEngine | undefined> {
  const db = await createDatabase(engine);
  if (!db) return undefined;
  const driver = await connectDriver(parseDbUrl(db.url), { connectTimeoutMs: 5000 });
  const dialect = DIALECTS[engine];
  return {
    dialect,
    driver,
    run: async (sql) => {
      for (const statement of sql.split(/;\s*\n/).map((s) => s.trim()).filter((s) => s !== "")) await driver.exec(statement);
    },
    catalog: (options) => dialect.introspectCatalog((text, params) => driver.query(text, params), options),
    dispose: async () => {
      await driver.close();
      await db.drop();
    },
  };
}

/** Registers mig's dialects and drivers with core/ (see core/database.ts). Import for effect. */
import { registerDatabaseSupport } from "../core/database.ts";
import type { Dialect } from "../core/dialect.ts";
import type { DbUrl } from "../core/url.ts";
import { connectDriver } from "./driver_connect.ts";
import { mariadbDialect, mysqlDialect } from "./mysql/dialect.ts";
import { postgresqlDialect } from "./postgresql/dialect.ts";
import { sqliteDialect } from "./sqlite/dialect.ts";

function dialectFor(url: DbUrl): Dialect {
  switch (url.dialect) {
    case "postgresql":
      return postgresqlDialect;
    case "mysql":
      return url.variant === "mariadb" ? mariadbDialect : mysqlDialect;
    case "sqlite":
      return sqliteDialect;
  }
}

/** The dialects mig ships, by variant name. */
export const DIALECTS: Readonly<Record<string, Dialect>> = Object.freeze({
  postgresql: postgresqlDialect,
  mysql: mysqlDialect,
  mariadb: mariadbDialect,
  sqlite: sqliteDialect,
});

registerDatabaseSupport({
  dialectFor,
  connect: (url, options) => connectDriver(url, options),
});

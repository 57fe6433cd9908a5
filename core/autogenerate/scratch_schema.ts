/**
 * The target materialized beside what is already in a PostgreSQL database: in a scratch
 * schema first on the search path, so its unqualified tables and types land there and
 * read back as the default schema's. `mig check` uses it to compare the heads it just
 * built with the target without booting a second PGlite (half a second and ~200 MB).
 * Only for targets that name no schema of their own; the scratch schema is dropped after.
 */

import { randomBytes } from "node:crypto";
import type { Dialect, DialectCapabilities } from "../dialect.ts";
import type { Driver } from "../driver.ts";
import { ScriptError } from "../errors.ts";
import { type Catalog, emptyCatalog } from "./catalog.ts";
import { compareCatalogs } from "./compare/mod.ts";
import type { DeclaredTarget } from "./declared/load_target.ts";
import { compileCalls } from "./script_bodies.ts";

/** Whether the target can be read this way in a database with these capabilities. */
export function fitsScratchSchema(target: DeclaredTarget, capabilities: DialectCapabilities): boolean {
  return capabilities.scratchSchemaOnSearchPath && target.kind === "module" && target.catalog.schemas.length === 0;
}

export async function materializeInScratchSchema(target: DeclaredTarget, driver: Driver, dialect: Dialect): Promise<Catalog> {
  if (target.kind !== "module") throw new Error("a scratch schema only takes a schema module");
  const name = `mig_target_${randomBytes(6).toString("hex")}`;
  const [row] = await driver.query("SELECT current_setting('search_path') AS path");
  const empty = emptyCatalog(target.catalog.dialect);
  const sql = compileCalls(compareCatalogs(empty, target.catalog, { capabilities: dialect.capabilities }).upgrade, dialect, empty).sql;
  await driver.exec(`CREATE SCHEMA ${name}; SET search_path TO ${name}`);
  try {
    try {
      await driver.exec(sql);
    } catch (error) {
      throw new ScriptError(`The target schema ${target.file} cannot be created: ${(error as Error).message}`, target.file);
    }
    return await dialect.introspectCatalog((text, params) => driver.query(text, params), {});
  } finally {
    await driver.exec(`SET search_path TO ${String(row?.path ?? "public")}; DROP SCHEMA ${name} CASCADE`);
  }
}

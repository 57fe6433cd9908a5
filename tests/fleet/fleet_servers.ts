/**
 * The two local servers a fleet test file runs against, and what it makes on them:
 * connected before the file's tests, and its databases and projects removed after.
 */
import { afterAll, beforeAll } from "bun:test";
import type { Driver } from "../../core/driver.ts";
import type { CliProject } from "../support/cli.ts";
import { MYSQL_URL, POSTGRES_URL, reachable } from "../support/servers.ts";

export interface FleetServers {
  pg: Driver | undefined;
  my: Driver | undefined;
  /** Created by the tests; dropped (PostgreSQL with FORCE) after the file. */
  readonly pgDatabases: string[];
  readonly myDatabases: string[];
  readonly projects: CliProject[];
}

export function fleetServers(): FleetServers {
  const servers: FleetServers = { pg: undefined, my: undefined, pgDatabases: [], myDatabases: [], projects: [] };
  beforeAll(async () => {
    servers.pg = await reachable(POSTGRES_URL);
    servers.my = await reachable(MYSQL_URL);
    if (process.env.CI && (!servers.pg || !servers.my)) throw new Error("CI needs both servers");
  });
  afterAll(async () => {
    servers.projects.forEach((p) => p.dispose());
    for (const name of servers.pgDatabases) await servers.pg?.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    for (const name of servers.myDatabases) await servers.my?.exec(`DROP DATABASE IF EXISTS ${name}`);
    await servers.pg?.close();
    await servers.my?.close();
  });
  return servers;
}

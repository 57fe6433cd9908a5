/** The golden cases executed on the local MariaDB (a database per case), with the MariaDB variant's SQL. */

import { afterAll } from "bun:test";
import { mariadbDatabase, MYSQL_URL, reachable } from "./databases.ts";
import { executeCases } from "./execute.ts";

const admin = await reachable(MYSQL_URL);
afterAll(async () => await admin?.close());

executeCases("mariadb", async () => (admin ? await mariadbDatabase(admin) : undefined));

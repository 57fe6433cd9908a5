/** The golden cases executed on the local PostgreSQL (a schema per case). */

import { afterAll } from "bun:test";
import { POSTGRES_URL, postgresSchema, reachable } from "./databases.ts";
import { executeCases } from "./execute.ts";

const admin = await reachable(POSTGRES_URL);
afterAll(async () => await admin?.close());

executeCases("postgresql", async () => (admin ? await postgresSchema(admin) : undefined));

/**
 * What a literal renders to is what the server stores: each tricky string goes through
 * SELECT <literal> on the real servers and must come back unchanged. This is the guard
 * for offline output storing exactly what an online run stores (no E'' confusion on
 * PostgreSQL, backslashes escaped on MariaDB).
 */

import { afterAll, describe, expect, test } from "bun:test";
import { mysqlDialect } from "../../dialects/mysql/dialect.ts";
import { postgresqlDialect } from "../../dialects/postgresql/dialect.ts";
import { sqliteDialect } from "../../dialects/sqlite/dialect.ts";
import { MYSQL_URL, POSTGRES_URL, reachable, sqliteFile } from "../golden/databases.ts";

const STRINGS = ["it's", "\\", "\\\\'", "a\\nb", "'; DROP TABLE x; --", "naïve ☃ 😀", "\n\r\t", "%s ?", "$$", "E'x'", ""];

const pg = await reachable(POSTGRES_URL);
const my = await reachable(MYSQL_URL);
const lite = await sqliteFile();
afterAll(async () => {
  await pg?.close();
  await my?.close();
  await lite.dispose();
});

describe("literals round-trip through the servers", () => {
  test("postgresql", async () => {
    if (!pg) return;
    for (const s of STRINGS) expect((await pg.query(`SELECT ${postgresqlDialect.literal(s)}::text AS v`))[0]?.v).toBe(s);
    const [row] = await pg.query(`SELECT ${postgresqlDialect.literal(new Uint8Array([0, 255]))} = '\\x00ff'::bytea AS same`);
    expect(row?.same).toBe(true);
  });
  test("mariadb", async () => {
    if (!my) return;
    for (const s of STRINGS) expect((await my.query(`SELECT ${mysqlDialect.literal(s)} AS v`))[0]?.v).toBe(s);
  });
  test("sqlite", async () => {
    for (const s of STRINGS) expect((await lite.query(`SELECT ${sqliteDialect.literal(s)} AS v`))[0]?.v).toBe(s);
  });
});

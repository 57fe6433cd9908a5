/**
 * One throwaway database per test on every engine mig supports: a SQLite file, an
 * in-memory PGlite, and fresh databases on the local PostgreSQL and MariaDB servers
 * (MIG_TEST_POSTGRES_URL / MIG_TEST_MYSQL_URL). A server may be missing only outside CI.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MYSQL_URL, POSTGRES_URL, reachable, uniqueName } from "./servers.ts";

export interface TestDatabase {
  readonly engine: "sqlite" | "pglite" | "postgresql" | "mariadb";
  readonly url: string;
  drop(): Promise<void>;
}

export type Engine = TestDatabase["engine"];
export const ENGINES: readonly Engine[] = ["sqlite", "pglite", "postgresql", "mariadb"];

/** A fresh database, or undefined when its server is absent outside CI. */
export async function createDatabase(engine: Engine, dir?: string): Promise<TestDatabase | undefined> {
  switch (engine) {
    case "sqlite": {
      const home = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "mig-sqlite-"));
      const file = path.join(home, `${uniqueName("db")}.db`);
      return { engine, url: `sqlite:///${file}`, drop: async () => fs.rmSync(file, { force: true }) };
    }
    case "pglite": {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), "mig-pglite-"));
      return { engine, url: `pglite://${home}/data`, drop: async () => fs.rmSync(home, { recursive: true, force: true }) };
    }
    case "postgresql":
    case "mariadb": {
      const admin = await reachable(engine === "postgresql" ? POSTGRES_URL : MYSQL_URL);
      if (!admin) return undefined;
      const name = uniqueName("mig_t");
      await admin.exec(`CREATE DATABASE ${name}`);
      await admin.close();
      const base = new URL(engine === "postgresql" ? POSTGRES_URL : MYSQL_URL);
      base.pathname = `/${name}`;
      return {
        engine,
        url: base.toString(),
        drop: async () => {
          const again = await reachable(engine === "postgresql" ? POSTGRES_URL : MYSQL_URL);
          if (!again) return;
          if (engine === "postgresql") await again.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          else await again.exec(`DROP DATABASE IF EXISTS ${name}`);
          await again.close();
        },
      };
    }
  }
}

import { describe, expect, test } from "bun:test";
import { ConfigError } from "../../core/errors.ts";
import { maskUrl, parseDbUrl } from "../../core/url.ts";

const base = "/srv/app";

describe("parseDbUrl", () => {
  const cases: [string, Record<string, unknown>][] = [
    ["postgresql://scott:tiger@db.example:6543/prod?sslmode=require", {
      dialect: "postgresql", driver: "postgres", host: "db.example", port: 6543, user: "scott",
      password: "tiger", database: "prod", params: { sslmode: "require" },
    }],
    ["postgres://postgres@127.0.0.1/test", { dialect: "postgresql", driver: "postgres", host: "127.0.0.1", port: undefined, user: "postgres", password: undefined, database: "test" }],
    ["postgresql+psycopg2://u:p%40ss%2Fw@h/db", { dialect: "postgresql", driver: "postgres", user: "u", password: "p@ss/w", database: "db" }],
    ["postgresql:///db?host=/var/run/postgresql", { driver: "postgres", host: undefined, database: "db", params: { host: "/var/run/postgresql" } }],
    ["postgresql://u@[::1]:5433/db", { host: "::1", port: 5433 }],
    ["mysql://root@127.0.0.1:3306/test", { dialect: "mysql", driver: "mysql2", variant: undefined, host: "127.0.0.1", port: 3306, user: "root", database: "test" }],
    ["mariadb://root:pw@localhost/test", { dialect: "mysql", driver: "mysql2", variant: "mariadb", password: "pw" }],
    ["mysql+pymysql://u:p@h/d?charset=utf8mb4", { dialect: "mysql", driver: "mysql2", variant: undefined, params: { charset: "utf8mb4" } }],
    ["mariadb+mariadbconnector://u@h/d", { dialect: "mysql", variant: "mariadb" }],
    ["sqlite://", { dialect: "sqlite", driver: "sqlite", path: undefined, memory: true }],
    ["sqlite:///:memory:", { driver: "sqlite", path: undefined, memory: true }],
    ["sqlite:///dev.db", { dialect: "sqlite", driver: "sqlite", path: "/srv/app/dev.db", memory: false }],
    ["sqlite:///data/../x.db", { path: "/srv/app/x.db" }],
    ["sqlite:////var/lib/app.db", { path: "/var/lib/app.db" }],
    ["sqlite+pysqlite:///rel.db", { driver: "sqlite", path: "/srv/app/rel.db" }],
    ["file:local.db", { dialect: "sqlite", driver: "sqlite", path: "/srv/app/local.db" }],
    ["file:./sub/local.db", { path: "/srv/app/sub/local.db" }],
    ["file:///abs/local.db", { path: "/abs/local.db" }],
    ["file:/abs/local.db", { path: "/abs/local.db" }],
    ["file::memory:", { driver: "sqlite", memory: true }],
    ["libsql://my-db.turso.io?authToken=abc.def", { dialect: "sqlite", driver: "libsql", host: "my-db.turso.io", params: { authToken: "abc.def" } }],
    ["libsql://127.0.0.1:8080?tls=0", { driver: "libsql", host: "127.0.0.1", port: 8080, params: { tls: "0" } }],
    ["pglite://memory", { dialect: "postgresql", driver: "pglite", path: undefined, memory: true }],
    ["pglite://./pgdata", { dialect: "postgresql", driver: "pglite", path: "/srv/app/pgdata", memory: false }],
    ["pglite:///var/pg", { path: "/var/pg" }],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const url = parseDbUrl(text, { baseDir: base });
      for (const [key, value] of Object.entries(expected)) {
        expect([key, (url as unknown as Record<string, unknown>)[key]]).toEqual([key, value]);
      }
    });
  }

  test("relative paths default to the working directory", () => {
    expect(parseDbUrl("sqlite:///x.db").path).toBe(`${process.cwd()}/x.db`);
  });

  test("unknown scheme names it and lists the supported ones", () => {
    expect(() => parseDbUrl("oracle://scott:tiger@h/db")).toThrow(ConfigError);
    expect(() => parseDbUrl("oracle://scott:tiger@h/db")).toThrow(
      /^Unsupported database URL scheme 'oracle': supported are postgresql:\/\/, .*pglite:\/\/$/,
    );
  });

  test("a bad port or an empty pglite:// is named when parsed, without the password (issue 10, classes 3 and 4)", () => {
    for (const [bad, says] of [
      ["postgresql://u:Secret1@127.0.0.1:99999/db", "port '99999' is not a number from 1 to 65535"],
      ["mysql://u:Secret1@h:abc/db", "port 'abc' is not a number from 1 to 65535"],
      ["postgresql://u:Secret1@h:/db", "port '' is not a number from 1 to 65535"],
      ["pglite://", "name a data directory (pglite://./data) or say pglite://memory"],
    ] as const) {
      expect(() => parseDbUrl(bad)).toThrow(says);
      expect(() => parseDbUrl(bad)).not.toThrow("Secret1");
    }
    expect(parseDbUrl("postgresql://u@[::1]:5433/db")).toMatchObject({ host: "::1", port: 5433 });
    expect(parseDbUrl("postgresql://u@[::1]/db")).toMatchObject({ host: "::1" });
  });

  test("a typo or an unencoded character never lets the password through (issue 10, class 1)", () => {
    for (const bad of ["postgresql//user:Secret1@host/db", "postgresql://u:pa?Secret1@host/db", "mysql://u:pa#Secret1@host/db"]) {
      expect(maskUrl(bad)).not.toContain("Secret1");
      let message = "";
      try {
        parseDbUrl(bad);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toStartWith("Invalid database URL");
      expect(message).not.toContain("Secret1");
    }
    expect(() => parseDbUrl("postgresql://u:pa?Secret1@host/db")).toThrow("a password holding ? # @ or / must be percent-encoded");
  });

  test("errors never contain the password", () => {
    for (const bad of ["oracle://u:tiger@h/db", "postgresql:u:tiger@h", "mysql://u:tiger@h/%zz", "not a url tiger"]) {
      let message = "";
      try {
        parseDbUrl(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message).not.toBe("");
      if (bad.includes("@")) expect(message).not.toContain("tiger");
    }
  });

  test("the password stays out of every printed form", () => {
    const url = parseDbUrl("postgresql://scott:tiger@h/db");
    expect(String(url)).toBe("postgresql://scott:***@h/db");
    expect(`${url}`).not.toContain("tiger");
    expect(JSON.stringify({ url })).toBe('{"url":"postgresql://scott:***@h/db"}');
    expect(Bun.inspect(url)).not.toContain("tiger");
    expect(Object.keys(url)).not.toContain("password");
    expect(url.password).toBe("tiger");
    expect(url.reveal()).toBe("postgresql://scott:tiger@h/db");
    expect(Object.isFrozen(url)).toBe(true);
  });
});

describe("maskUrl", () => {
  const cases: [string, string][] = [
    ["postgresql://scott:tiger@h:5432/db", "postgresql://scott:***@h:5432/db"],
    ["postgresql://scott@h:5432/db", "postgresql://scott@h:5432/db"],
    ["postgresql://h:5432/db", "postgresql://h:5432/db"],
    ["mysql://u:p@ss:w@rd@h/db", "mysql://u:***@h/db"],
    ["mysql://u:@h/db", "mysql://u:***@h/db"],
    ["postgresql://h/db?user=u&password=tiger&sslmode=require", "postgresql://h/db?user=u&password=***&sslmode=require"],
    ["libsql://db.turso.io?authToken=eyJhbGciOi.x.y", "libsql://db.turso.io?authToken=***"],
    ["libsql://db.turso.io?tls=1&authToken=abc#frag", "libsql://db.turso.io?tls=1&authToken=***#frag"],
    ["postgresql://h/db?x=a@b", "postgresql://h/db?x=a@b"],
    ["sqlite:///dev.db", "sqlite:///dev.db"],
    ["pglite://memory", "pglite://memory"],
    ["postgresql:u:tiger@h", "postgresql:u:***@h"],
    ["connecting to postgresql://u:tiger@h/db", "connecting to postgresql://u:***@h/db"],
    ["", ""],
  ];
  for (const [input, output] of cases) test(input || "(empty)", () => expect(maskUrl(input)).toBe(output));
});

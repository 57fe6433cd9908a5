import { expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MYSQL_URL, POSTGRES_URL, reachable } from "./servers.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const servers = await Promise.all([POSTGRES_URL, MYSQL_URL].map(async (url) => {
  const d = await reachable(url);
  await d?.close();
  return d ? url : undefined;
}));

// Deno runs the very same sources: node:sqlite, postgres.js and mysql2 through Deno's npm support.
test("the drivers run under Deno", () => {
  const urls = ["sqlite://", ...servers.filter((u): u is string => u !== undefined)];
  const run = spawnSync(`${root}node_modules/.bin/deno`, ["run", "-A", "tests/drivers/deno_smoke_fixture.ts", ...urls], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`deno exited with ${run.status}: ${run.stderr}`);
  const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
  expect(lines.map((l) => [l.n, l.error])).toEqual(urls.map(() => [42, "DatabaseError"]));
  expect(lines.map((l) => l.code)).toEqual(urls.map((u) =>
    u.startsWith("sqlite") ? "SQLITE_ERROR" : u.startsWith("mysql") ? "ER_NO_SUCH_TABLE" : "42P01"
  ));
}, 60_000);

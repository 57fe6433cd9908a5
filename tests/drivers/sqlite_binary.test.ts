import { expect, test } from "bun:test";
import { sqliteBinarySmoke } from "../../scripts/sqlite_binary_smoke.ts";

// Guards the driver choice: a compiled binary in an empty directory must open SQLite
// files (the @libsql/client native addon, for one, is not embedded by --compile).
test("node:sqlite works inside a bun build --compile binary from an empty directory", () => {
  const result = sqliteBinarySmoke();
  expect(result.dbExists).toBe(true);
  expect(result.runs.map((run) => run.rows)).toEqual([
    [{ n: 1, note: "from the binary" }],
    [{ n: 2, note: "from the binary" }],
  ]);
  expect(result.runs[0]!.version).toMatch(/^3\.\d+\.\d+$/);
  expect(result.runs[0]!.path).toEndWith("/empty/smoke.db");
}, 60_000);

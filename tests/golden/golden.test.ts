/**
 * Golden SQL: every case compiled by the real compilers for each dialect, compared with
 * tests/golden/sql/<case>.sql. `MIG_UPDATE_GOLDEN=1 bun test tests/golden` rewrites the
 * files so changes are reviewed as diffs.
 */

import { describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CASES } from "./cases.ts";
import { renderCase } from "./render.ts";

const DIR = join(import.meta.dir, "sql");
const UPDATE = process.env.MIG_UPDATE_GOLDEN === "1";

describe("golden SQL", () => {
  if (UPDATE) mkdirSync(DIR, { recursive: true });
  for (const c of CASES) {
    test(c.name, () => {
      const file = join(DIR, `${c.name}.sql`);
      const actual = renderCase(c);
      if (UPDATE) writeFileSync(file, actual);
      expect(existsSync(file)).toBe(true);
      expect(actual).toBe(readFileSync(file, "utf8"));
    });
  }
  test("no stale golden files", () => {
    const names = new Set(CASES.map((c) => `${c.name}.sql`));
    expect(readdirSync(DIR).filter((f) => !names.has(f))).toEqual([]);
  });
  test("case names are unique", () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });
});

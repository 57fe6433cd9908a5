/** templates/bundle.ts is generated from templates/<name>/*: it must match a fresh render. */
import { expect, test } from "bun:test";
import * as fs from "node:fs";
import * as path from "node:path";
import { renderBundle } from "../../scripts/build_templates.ts";

test("the committed template bundle is up to date (bun scripts/build_templates.ts)", () => {
  const committed = fs.readFileSync(path.resolve(import.meta.dir, "..", "..", "templates", "bundle.ts"), "utf8");
  expect(committed).toBe(renderBundle());
});

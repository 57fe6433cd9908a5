/**
 * The linux-x64 binary's budget is 130 MB (DESIGN: one file copied into images). Bun's
 * runtime is ~107 MB of it, so code and embedded assets share the remaining ~23 MB.
 */
import { expect, test } from "bun:test";
import * as fs from "node:fs";
import { requireBinary } from "./binary_harness.ts";

const BUDGET = 130_000_000;

test.if(process.platform === "linux" && process.arch === "x64")("dist/mig stays within 130 MB", () => {
  expect(fs.statSync(requireBinary()).size).toBeLessThanOrEqual(BUDGET);
});

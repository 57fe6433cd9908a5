/**
 * Loaded before every test file (bunfig.toml). Keeps the suite's header caches out of the
 * developer's ~/.cache: each run gets its own directory, inherited by the mig processes
 * the tests start, and removed when the run ends. (Every test and hook gets 30 s, not
 * bun's 5 s, from `bun test --timeout 30000` in package.json: many start mig or Alembic
 * processes, and on a loaded 2-core machine some overran 5 s. setDefaultTimeout here
 * would reach only the first test file.)
 */
import { afterAll } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

if (!process.env["MIG_CACHE_DIR"]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-test-cache-"));
  process.env["MIG_CACHE_DIR"] = dir;
  // A hook registered in a preload runs once, after the last test file.
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
}

/**
 * Loaded before every test file (bunfig.toml). Keeps the suite's header caches out of the
 * developer's ~/.cache: each run gets its own directory, inherited by the mig processes
 * the tests start, and removed when the run ends. Gives every test and hook 30 s instead
 * of bun's 5 s: many start mig or Alembic processes (Python alone takes ~0.5 s to start),
 * and on a loaded 2-core machine a handful of them overran 5 s; a real hang still fails.
 */
import { afterAll, setDefaultTimeout } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

setDefaultTimeout(30_000);

if (!process.env["MIG_CACHE_DIR"]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-test-cache-"));
  process.env["MIG_CACHE_DIR"] = dir;
  // A hook registered in a preload runs once, after the last test file.
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
}

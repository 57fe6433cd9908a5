/**
 * Loaded before every test file (bunfig.toml). Keeps the suite's header caches out of the
 * developer's ~/.cache: each run gets its own directory, inherited by the mig processes
 * the tests start.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

if (!process.env["MIG_CACHE_DIR"]) {
  process.env["MIG_CACHE_DIR"] = fs.mkdtempSync(path.join(os.tmpdir(), "mig-test-cache-"));
}

/**
 * Run by deno_smoke.test.ts under Deno: the same driver sources through the dispatcher,
 * for each URL given on the command line; prints one JSON line per URL.
 */
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";

for (const text of process.argv.slice(2)) {
  const driver = await connectDriver(parseDbUrl(text));
  try {
    await driver.acquireLock("mig_deno_smoke", 5000);
    await driver.begin();
    const rows = await driver.query("SELECT 40 + 2 AS n");
    await driver.rollback();
    const error = await driver.query("SELECT * FROM mig_no_such_table").catch((e) => e);
    await driver.releaseLock("mig_deno_smoke");
    console.log(JSON.stringify({ url: String(parseDbUrl(text)), n: Number(rows[0]!.n), error: error.name, code: error.code }));
  } finally {
    await driver.close();
  }
}

/**
 * Entry of the SQLite binary smoke (scripts/sqlite_binary_smoke.ts): opens a SQLite file
 * relative to the working directory through the real URL parser and driver, with the
 * lock and a savepoint-nested transaction, and prints what it read back as JSON.
 */
import { parseDbUrl } from "../core/url.ts";
import { connectDriver } from "../dialects/driver_connect.ts";

const url = parseDbUrl(process.argv[2] ?? "sqlite:///smoke.db", { baseDir: process.cwd() });
const driver = await connectDriver(url);
try {
  await driver.acquireLock("mig", 1000);
  await driver.begin();
  await driver.exec("CREATE TABLE IF NOT EXISTS smoke (id integer PRIMARY KEY, note text); INSERT INTO smoke (note) VALUES ('from the binary')");
  await driver.commit();
  await driver.releaseLock("mig");
  const rows = await driver.query("SELECT count(*) AS n, max(note) AS note FROM smoke");
  console.log(JSON.stringify({ version: driver.serverVersion, path: url.path, rows }));
} finally {
  await driver.close();
}

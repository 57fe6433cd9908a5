import type { MigConfig } from "../config/config.ts";
import { databaseSupport } from "../database.ts";
import { ConfigError } from "../errors.ts";
import type { Output } from "../output.ts";
import { parseDbUrl } from "../url.ts";

/** `mig wait`: returns once the configured database accepts connections (dbmate's `wait`). */
export async function waitForDatabase(config: MigConfig, options: { seconds: number }, output: Output): Promise<void> {
  const text = config.url;
  if (!text) throw new ConfigError(`No database url in section [${config.section}] of ${config.file ?? "the configuration"}`);
  const url = parseDbUrl(text, { baseDir: config.dir });
  output.log(`INFO  [mig] Waiting up to ${options.seconds} s for ${url.masked}`);
  const driver = await databaseSupport().connect(url, { waitMs: options.seconds * 1000 });
  await driver.close();
  output.log(`INFO  [mig] ${url.masked} is up`);
}

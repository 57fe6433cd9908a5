/** The default environment: migrate the configured url. */
import { defineEnv } from "mig";

export default defineEnv(async (context) => {
  await context.runMigrations({ url: context.config.url });
});

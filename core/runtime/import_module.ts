import { pathToFileURL } from "node:url";
import { ScriptError } from "../errors.ts";
import { registerMigModule } from "./mig_module.ts";

/**
 * Imports a user TypeScript file (a revision script or env.ts) so that its
 * `import ... from "mig"` resolves to this very instance of mig. A failure to load
 * (syntax error, throwing top level) names the file.
 */
export async function importUserModule(file: string): Promise<Record<string, unknown>> {
  registerMigModule();
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScriptError(`Could not load ${file}: ${reason}`, file);
  }
}

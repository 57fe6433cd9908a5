import * as path from "node:path";
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
    return (await import(specifier(file))) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScriptError(`Could not load ${file}: ${reason}`, file);
  }
}

// Bun imports an absolute path as it is; building a file URL for each of 10,000 scripts
// costs ~30 ms. Deno wants a URL.
const IS_BUN = "Bun" in globalThis;

function specifier(file: string): string {
  return IS_BUN ? path.resolve(file) : pathToFileURL(file).href;
}

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
    const reason = error instanceof Error || isBuildMessage(error) ? error.message : String(error);
    const at = buildPosition(error);
    if (at) throw new ScriptError(`Could not load ${file}:${at.line}:${at.column}: ${reason}`, file, at.line);
    throw new ScriptError(`Could not load ${file}: ${reason}`, file);
  }
}

interface BuildPosition {
  line: number;
  column: number;
}

/** Bun reports a syntax error as a BuildMessage (or several, in an AggregateError) with a position. */
function buildPosition(error: unknown): BuildPosition | undefined {
  const first = (error as { errors?: unknown[] })?.errors?.[0] ?? error;
  const position = (first as { position?: Partial<BuildPosition> } | undefined)?.position;
  if (typeof position?.line !== "number") return undefined;
  return { line: position.line, column: position.column ?? 1 };
}

function isBuildMessage(error: unknown): error is { message: string } {
  return typeof (error as { message?: unknown })?.message === "string";
}

// Bun imports an absolute path as it is; building a file URL for each of 10,000 scripts
// costs ~30 ms. Deno wants a URL.
const IS_BUN = "Bun" in globalThis;

function specifier(file: string): string {
  return IS_BUN ? path.resolve(file) : pathToFileURL(file).href;
}

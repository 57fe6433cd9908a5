/**
 * Makes `import { op, t } from "mig"` work in a user's revision scripts and env.ts
 * with no node_modules anywhere: under Bun (from sources and in the compiled binary) a
 * runtime plugin serves "mig" as a virtual module whose exports are mod.ts's namespace,
 * the very instance the CLI itself loaded, so the op context (a singleton) is shared.
 * Under Deno nothing is needed: deno.json's import map sends "mig" to ./mod.ts.
 *
 * The module factory runs on the first import of "mig", not at registration, so the
 * binary's entry can register at start-up and `mig --version` still never loads mod.ts.
 */

/** The parts of Bun's plugin API used here; typed locally so Deno can load this file. */
interface BunPluginHost {
  plugin(options: {
    name: string;
    setup(build: {
      module(specifier: string, factory: () => Promise<{ exports: Record<string, unknown>; loader: "object" }>): void;
    }): void;
  }): void;
}

export const MIG_MODULE_SPECIFIER = "mig";

let registered = false;

/**
 * Registers the "mig" module for scripts imported after this call. Idempotent; returns
 * true when "mig" is served by the plugin (Bun), false where the runtime resolves it on
 * its own (Deno's import map).
 */
export function registerMigModule(): boolean {
  const bun = (globalThis as { Bun?: BunPluginHost }).Bun;
  if (!bun) return false;
  if (registered) return true;
  bun.plugin({
    name: "mig",
    setup(build) {
      build.module(MIG_MODULE_SPECIFIER, async () => ({
        // A literal specifier, so the bundler embeds mod.ts in the binary.
        exports: (await import("../../mod.ts")) as Record<string, unknown>,
        loader: "object",
      }));
    },
  });
  registered = true;
  return true;
}

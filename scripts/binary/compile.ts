/**
 * One `bun build --compile` of scripts/binary/entry.ts for one target.
 */
import { pendingModPlugin } from "./pending_mod_plugin.ts";
import { ENTRY } from "./paths.ts";
import type { BinaryTarget } from "./targets.ts";

export interface CompileOptions {
  /** A cross-compilation target, or "host" for the Bun running this build. */
  readonly target: BinaryTarget | "host";
  readonly outfile: string;
}

export async function compileBinary(options: CompileOptions): Promise<void> {
  const result = await Bun.build({
    entrypoints: [ENTRY],
    compile: {
      ...(options.target === "host" ? {} : { target: options.target.bunTarget as Bun.Build.CompileTarget }),
      outfile: options.outfile,
      // The binary behaves the same in every directory: a user's .env or bunfig.toml
      // must not change what mig does (Alembic reads neither).
      autoloadDotenv: false,
      autoloadBunfig: false,
    },
    // Start-up (`mig --version`) drops from ~19 ms to ~8 ms with bytecode, for ~2 MB;
    // minifying saves a little size and costs nothing at run time.
    minify: true,
    bytecode: true,
    // Bytecode defaults to CommonJS, which has no top-level await (entry.ts uses it).
    format: "esm",
    plugins: [pendingModPlugin()],
  });
  if (!result.success) {
    const details = result.logs.map((entry) => String(entry)).join("\n");
    throw new Error(`Compiling '${options.outfile}' failed:\n${details}`);
  }
}

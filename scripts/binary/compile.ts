/**
 * One `bun build --compile` of scripts/binary/entry.ts for one target.
 */
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
    // Without bytecode, start-up parses the whole 2 MB bundle: `mig --version` takes
    // ~44 ms; with it ~13 ms. Depth 1 (top level and one level of functions) is as fast
    // as full bytecode for 2.5 MB less. Minifying saves size and costs nothing.
    minify: true,
    bytecode: true,
    bytecodeDepth: 1,
    // Bytecode defaults to CommonJS, which has no top-level await (entry.ts uses it).
    format: "esm",
  });
  if (!result.success) {
    const details = result.logs.map((entry) => String(entry)).join("\n");
    throw new Error(`Compiling '${options.outfile}' failed:\n${details}`);
  }
}

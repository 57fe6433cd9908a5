/**
 * What an editor needs to type-check revision scripts and env.ts with no node_modules:
 * `mig.d.ts` (an ambient `declare module "mig"` of the script API, core/runtime/script_api.ts,
 * generated at build time into build/generated/) and
 * a `tsconfig.json` beside it. Both go in the script directory, so the nearest tsconfig
 * for a script is ours even inside a project that has its own, and that project's
 * `tsc` still finds the declaration (it lies under its default `include`). No `paths`
 * entry: the ambient module resolves "mig" wherever the file is part of the program,
 * and neither Bun nor Deno tries to load a `.d.ts` at run time.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Output } from "../output.ts";
import { VERSION } from "../version.ts";
import { MIG_DTS } from "../../build/generated/mig_dts.ts";

export const EDITOR_TYPES_FILE = "mig.d.ts";

/** Settings that match how mig runs scripts (ES modules, `.ts` in relative imports). */
export const SCRIPT_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "bundler",
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
  },
} as const;

/** The declaration file's text, headed by the mig version it describes. */
export function editorTypes(): string {
  return `// Types of the "mig" module for editors, from mig ${VERSION}; written by \`mig init\`, do not edit.\n${MIG_DTS}`;
}

/**
 * Writes `<scriptDir>/mig.d.ts` (replacing an older one) and `<scriptDir>/tsconfig.json`
 * unless one exists, reporting each file as `init` does.
 */
export function writeEditorTypes(scriptDir: string, output: Output): void {
  const declarations = path.join(scriptDir, EDITOR_TYPES_FILE);
  fs.writeFileSync(declarations, editorTypes());
  output.print(`Generating ${declarations} ...  done`);
  const tsconfig = path.join(scriptDir, "tsconfig.json");
  if (fs.existsSync(tsconfig)) {
    output.print(`File ${tsconfig} already exists, skipping`);
    return;
  }
  fs.writeFileSync(tsconfig, JSON.stringify(SCRIPT_TSCONFIG, null, 2) + "\n");
  output.print(`Generating ${tsconfig} ...  done`);
}

/**
 * Folds the per-file declarations tsc emits for mod.ts and everything it reaches into
 * one file an editor can use with no node_modules: each file becomes an ambient module
 * `declare module "mig/_internal/<path>" { ... }` with its relative imports rewritten to
 * those names, and `declare module "mig"` re-exports mod's. TypeScript 7's tsc has no
 * `outFile` to do this itself.
 */

/** Emitted declaration files by path relative to the root, e.g. `core/ops/op.d.ts`. */
export type DeclarationFiles = ReadonlyMap<string, string>;

export const INTERNAL_PREFIX = "mig/_internal/";

// Matches the specifier of `from "..."`, `import("...")` and a bare `import "..."`.
const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|^import\s+)(["'])([^"']+)\2/gm;
// `declare` is implied inside an ambient module and an error there (TS1038).
const DECLARE = /^(export (?:default )?)?declare (?=(?:const|let|var|function|class|abstract|enum|namespace|type|interface)\b)/gm;

export interface BundleResult {
  readonly text: string;
  /** Non-relative imports left as they are (npm packages, node: modules). */
  readonly externals: readonly string[];
}

export function bundleDeclarations(files: DeclarationFiles, entry = "mod.d.ts"): BundleResult {
  if (!files.has(entry)) throw new Error(`No declarations for '${entry}'`);
  const externals = new Set<string>();
  const wanted = reachable(files, entry);
  const blocks = [...files.keys()]
    .filter((file) => wanted.has(file))
    .sort((a, b) => (a === entry ? -1 : b === entry ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map((file) => {
      const body = files.get(file)!
        .replace(SPECIFIER, (_, lead: string, quote: string, specifier: string) => {
          if (!specifier.startsWith(".")) {
            externals.add(specifier);
            return `${lead}${quote}${specifier}${quote}`;
          }
          const target = moduleName(joinPath(dirname(file), specifier));
          if (!files.has(`${target}.d.ts`)) throw new Error(`'${file}' imports '${specifier}', which has no declarations`);
          return `${lead}${quote}${INTERNAL_PREFIX}${target}${quote}`;
        })
        .replace(DECLARE, "$1");
      return `declare module "${INTERNAL_PREFIX}${moduleName(file)}" {\n${indent(body.trim())}\n}`;
    });
  const head = `declare module "mig" {\n    export * from "${INTERNAL_PREFIX}${moduleName(entry)}";\n}`;
  return { text: [head, ...blocks].join("\n\n") + "\n", externals: [...externals].sort() };
}

/**
 * The files whose declarations the entry's reach: tsc emits one for every file of the
 * program, implementation-only imports included, and only these are needed to type a
 * script (the rest would triple the file every project carries).
 */
function reachable(files: DeclarationFiles, entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const m of files.get(file)!.matchAll(SPECIFIER)) {
      const specifier = m[3]!;
      if (!specifier.startsWith(".")) continue;
      const target = `${moduleName(joinPath(dirname(file), specifier))}.d.ts`;
      if (files.has(target) && !seen.has(target)) (seen.add(target), queue.push(target));
    }
  }
  return seen;
}

/** `core/ops/op.d.ts` and `./op.ts` both name the module `core/ops/op`. */
function moduleName(file: string): string {
  return file.replace(/(\.d)?\.(ts|mts|js|mjs)$/, "");
}

function dirname(file: string): string {
  const at = file.lastIndexOf("/");
  return at < 0 ? "" : file.slice(0, at);
}

function joinPath(dir: string, relative: string): string {
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

function indent(text: string): string {
  return text.split("\n").map((line) => (line ? `    ${line}` : line)).join("\n");
}

/** Where the build reads and writes, relative to the repository root. */
import * as path from "node:path";

export const ROOT = path.resolve(import.meta.dirname!, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const BUILD = path.join(ROOT, "build");
/** Compressed copies of PGlite's assets, which entry.ts embeds. */
export const BINARY_ASSETS = path.join(BUILD, "binary");
export const PGLITE_DIST = path.join(ROOT, "node_modules", "@electric-sql", "pglite", "dist");
export const PGLITE_SNAPSHOT = path.join(BUILD, "pglite_snapshot.tar.gz");
export const ENTRY = path.join(ROOT, "scripts", "binary", "entry.ts");

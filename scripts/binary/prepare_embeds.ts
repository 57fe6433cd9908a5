/**
 * Makes sure everything the binary embeds exists and is current before bundling: the
 * templates bundle, the "mig" module's declarations, the revision-graph WASM glue, the
 * PGlite snapshot and the compressed PGlite assets. Each step is skipped when its output
 * is up to date, so a rebuild is quick. The committed generated files (templates bundle,
 * declarations, WASM glue) have their own staleness tests; the WASM glue, slow to
 * compile, is only made here when it is missing.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { renderBundle } from "../build_templates.ts";
import { writeMigDtsModule } from "./build_mig_dts.ts";
import { compressAssets } from "./compress_assets.ts";
import { PGLITE_DIST, PGLITE_SNAPSHOT, ROOT } from "./paths.ts";

export function prepareEmbeds(options: { log: (line: string) => void }): void {
  const { log } = options;
  if (writeIfChanged(path.join(ROOT, "templates", "bundle.ts"), renderBundle())) {
    log("templates/bundle.ts regenerated");
  }
  if (writeMigDtsModule()) log("build/generated/mig_dts.ts regenerated from core/runtime/script_api.ts");
  const wasmScript = path.join(ROOT, "scripts", "build_wasm.ts");
  if (fs.existsSync(wasmScript) && !fs.existsSync(path.join(ROOT, "wasm", "graph_wasm.ts"))) {
    log("compiling the revision-graph WASM");
    runScript("scripts/build_wasm.ts");
  }
  const snapshotSources = [
    path.join(PGLITE_DIST, "..", "package.json"),
    path.join(ROOT, "scripts", "pglite_snapshot.ts"),
    path.join(ROOT, "dialects", "postgresql", "trim_wal.ts"),
  ];
  if (isStale(PGLITE_SNAPSHOT, ...snapshotSources)) {
    log("making the PGlite snapshot");
    runScript("scripts/pglite_snapshot.ts");
  }
  for (const asset of compressAssets()) {
    if (!asset.reused) log(`compressed ${asset.name}: ${mb(asset.rawBytes)} -> ${mb(asset.compressedBytes)}`);
  }
}

/** Missing, or older than any of the files it is made from. */
function isStale(output: string, ...sources: string[]): boolean {
  if (!fs.existsSync(output)) return true;
  const made = fs.statSync(output).mtimeMs;
  return sources.some((source) => made < fs.statSync(source).mtimeMs);
}

function writeIfChanged(file: string, content: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === content) return false;
  fs.writeFileSync(file, content);
  return true;
}

function runScript(script: string, args: string[] = []): void {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`'${script}' failed with status ${result.status ?? result.signal}`);
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * npm packages from the compiled binaries, the way esbuild and biome ship native code: a
 * main package `mig` whose `bin` is a small Node launcher, and one package per platform
 * (`@mig/<target>`, with `os`, `cpu` and `libc` so npm installs only the matching one)
 * listed under the main package's `optionalDependencies`. Writes build/packages/<name>/
 * and the `npm pack` tarballs beside them.
 *
 *   bun scripts/build_packages.ts               every target found in dist/ (npm run build:packages builds them first)
 *   bun scripts/build_packages.ts --host-only   only this machine's target, from dist/mig
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { BUILD, DIST, ROOT } from "./binary/paths.ts";
import { type BinaryTarget, binaryFileName, TARGETS } from "./binary/targets.ts";

export const PACKAGES = path.join(BUILD, "packages");
const LAUNCHER = path.join(ROOT, "scripts", "packages", "launcher.cjs");
const NODE_OS: Record<BinaryTarget["os"], string> = { linux: "linux", darwin: "darwin", windows: "win32" };

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; description: string };

export function platformPackageName(target: BinaryTarget): string {
  return `@mig/${target.name}`;
}

/** This machine's target (the one dist/mig was built for). */
export function hostTarget(): BinaryTarget {
  const os = Object.entries(NODE_OS).find(([, node]) => node === process.platform)?.[0];
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  const musl = process.platform === "linux" && !header?.glibcVersionRuntime;
  const target = TARGETS.find((t) => t.os === os && t.arch === process.arch && Boolean(t.musl) === musl);
  if (!target) throw new Error(`No mig target for ${process.platform}-${process.arch}`);
  return target;
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
}

/** `npm pack` in `dir`; returns the tarball's path. */
function pack(dir: string): string {
  const run = spawnSync("npm", ["pack", "--pack-destination", PACKAGES, "--json", "--silent"], { cwd: dir, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`npm pack failed in ${dir}:\n${run.stderr}`);
  return path.join(PACKAGES, (JSON.parse(run.stdout) as { filename: string }[])[0]!.filename);
}

function platformPackage(target: BinaryTarget, binary: string): string {
  const dir = path.join(PACKAGES, target.name);
  const bin = target.os === "windows" ? "mig.exe" : "mig";
  fs.mkdirSync(path.join(dir, "bin"), { recursive: true });
  fs.copyFileSync(binary, path.join(dir, "bin", bin));
  fs.chmodSync(path.join(dir, "bin", bin), 0o755);
  writeJson(path.join(dir, "package.json"), {
    name: platformPackageName(target),
    version: manifest.version,
    description: `The mig binary for ${target.name}`,
    os: [NODE_OS[target.os]],
    cpu: [target.arch],
    ...(target.os === "linux" ? { libc: [target.musl ? "musl" : "glibc"] } : {}),
    files: ["bin"],
    preferUnplugged: true,
  });
  return pack(dir);
}

function mainPackage(targets: readonly BinaryTarget[]): string {
  const dir = path.join(PACKAGES, "mig");
  fs.mkdirSync(path.join(dir, "bin"), { recursive: true });
  fs.copyFileSync(LAUNCHER, path.join(dir, "bin", "mig.cjs"));
  // The launcher's table of every target, so it can name the package a platform lacks.
  writeJson(path.join(dir, "bin", "targets.json"), TARGETS.map((t) => ({
    package: platformPackageName(t), os: NODE_OS[t.os], cpu: t.arch,
    ...(t.os === "linux" ? { libc: t.musl ? "musl" : "glibc" } : {}),
    bin: `bin/${t.os === "windows" ? "mig.exe" : "mig"}`,
  })));
  writeJson(path.join(dir, "package.json"), {
    name: "mig",
    version: manifest.version,
    description: manifest.description,
    bin: { mig: "bin/mig.cjs" },
    files: ["bin"],
    engines: { node: ">=18" },
    optionalDependencies: Object.fromEntries(targets.map((t) => [platformPackageName(t), manifest.version])),
  });
  return pack(dir);
}

/** Builds the packages; returns the tarballs, main package first. */
export function buildPackages(options: { hostOnly: boolean }): { tarballs: string[]; missing: string[] } {
  fs.rmSync(PACKAGES, { recursive: true, force: true });
  fs.mkdirSync(PACKAGES, { recursive: true });
  const found: [BinaryTarget, string][] = [];
  const missing: string[] = [];
  if (options.hostOnly) {
    const binary = path.join(DIST, binaryFileName("host"));
    if (!fs.existsSync(binary)) throw new Error(`${binary} is missing: run bun scripts/build.ts first`);
    found.push([hostTarget(), binary]);
  } else {
    for (const target of TARGETS) {
      const binary = path.join(DIST, binaryFileName(target));
      if (fs.existsSync(binary)) found.push([target, binary]);
      else missing.push(target.name);
    }
  }
  if (found.length === 0) throw new Error(`No binaries in ${DIST}: run bun scripts/build.ts --all first`);
  const platforms = found.map(([target, binary]) => platformPackage(target, binary));
  return { tarballs: [mainPackage(found.map(([t]) => t)), ...platforms], missing };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { "host-only": { type: "boolean", default: false } } });
  const { tarballs, missing } = buildPackages({ hostOnly: values["host-only"] });
  for (const tarball of tarballs) console.error(`build_packages: ${path.relative(ROOT, tarball)}`);
  if (missing.length > 0) {
    console.error(`build_packages: no binary for ${missing.join(", ")} in dist/ (bun scripts/build.ts --all builds them)`);
    process.exitCode = 1;
  }
}

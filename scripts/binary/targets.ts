/**
 * The platforms the binary is built for. Bun fetches each foreign target's runtime from
 * the npm registry (`@oven/bun-<os>-<arch>`) the first time it is asked for.
 */

export interface BinaryTarget {
  /** Our name for it, used in file names: `dist/mig-<name>`. */
  readonly name: string;
  /** What `bun build --compile --target=` takes. */
  readonly bunTarget: `bun-${string}`;
  readonly os: "linux" | "darwin" | "windows";
  readonly arch: "x64" | "arm64";
  /** Built against musl (Alpine); needs `libstdc++` and `libgcc` installed there. */
  readonly musl?: boolean;
}

export const TARGETS: readonly BinaryTarget[] = Object.freeze([
  { name: "linux-x64", bunTarget: "bun-linux-x64", os: "linux", arch: "x64" },
  { name: "linux-x64-musl", bunTarget: "bun-linux-x64-musl", os: "linux", arch: "x64", musl: true },
  { name: "linux-arm64", bunTarget: "bun-linux-arm64", os: "linux", arch: "arm64" },
  { name: "darwin-arm64", bunTarget: "bun-darwin-arm64", os: "darwin", arch: "arm64" },
  { name: "darwin-x64", bunTarget: "bun-darwin-x64", os: "darwin", arch: "x64" },
  { name: "windows-x64", bunTarget: "bun-windows-x64", os: "windows", arch: "x64" },
] satisfies BinaryTarget[]);

export function findTarget(name: string): BinaryTarget | undefined {
  return TARGETS.find((target) => target.name === name);
}

/** Where a target's binary goes; the host build is plain `mig` (`mig.exe` on Windows). */
export function binaryFileName(target: BinaryTarget | "host"): string {
  if (target === "host") return process.platform === "win32" ? "mig.exe" : "mig";
  return `mig-${target.name}${target.os === "windows" ? ".exe" : ""}`;
}

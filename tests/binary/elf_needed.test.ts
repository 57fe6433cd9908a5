/**
 * The Linux binary must run on any glibc base image (distroless/cc, debian-slim):
 * its dynamic section may only ask for the C library family, never libstdc++, libssl
 * or anything an image might lack.
 */
import { expect, test } from "bun:test";
import { requireBinary } from "./binary_harness.ts";

const LIBC_FAMILY = /^(libc|libm|libdl|libpthread|librt|ld-linux-(x86-64|aarch64))\.so\.\d+$/;

test.if(process.platform === "linux")("dist/mig needs only libc-family shared libraries", () => {
  const result = Bun.spawnSync(["readelf", "-d", requireBinary()], { stdout: "pipe", stderr: "pipe" });
  expect(result.exitCode, result.stderr.toString()).toBe(0);
  const needed = [...result.stdout.toString().matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!);
  expect(needed.length).toBeGreaterThan(0);
  expect(needed.filter((lib) => !LIBC_FAMILY.test(lib))).toEqual([]);
});

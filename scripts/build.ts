/**
 * Builds the single binary with `bun build --compile` (through Bun.build, whose options
 * name what the CLI flags leave implicit). Run under Bun:
 *   bun scripts/build.ts                    dist/mig for this machine   (npm run build)
 *   bun scripts/build.ts --all              dist/mig plus dist/mig-<target> for every target (npm run build:all)
 *   bun scripts/build.ts --target linux-arm64 [--target ...]
 * It first regenerates what the binary embeds when missing or stale (prepare_embeds.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { compileBinary } from "./binary/compile.ts";
import { DIST } from "./binary/paths.ts";
import { mb, prepareEmbeds } from "./binary/prepare_embeds.ts";
import { binaryFileName, findTarget, TARGETS, type BinaryTarget } from "./binary/targets.ts";

const { values } = parseArgs({
  options: {
    all: { type: "boolean", default: false },
    target: { type: "string", multiple: true, default: [] },
  },
});

const unknown = values.target.filter((name) => !findTarget(name));
if (unknown.length > 0) {
  console.error(`Unknown target(s) ${unknown.map((name) => `'${name}'`).join(", ")}; known: ${TARGETS.map((t) => t.name).join(", ")}`);
  process.exit(2);
}
const targets: (BinaryTarget | "host")[] = ["host", ...(values.all ? TARGETS : values.target.map((name) => findTarget(name)!))];

const log = (line: string) => console.error(`build: ${line}`);
prepareEmbeds({ log });
fs.mkdirSync(DIST, { recursive: true });
for (const target of targets) {
  const outfile = path.join(DIST, binaryFileName(target));
  const started = performance.now();
  await compileBinary({ target, outfile });
  const ms = Math.round(performance.now() - started);
  log(`${path.relative(process.cwd(), outfile)} ${mb(fs.statSync(outfile).size)} in ${ms} ms`);
}

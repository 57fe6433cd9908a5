/**
 * The floor under `upgrade head --sql` with TypeScript scripts: Bun importing every
 * script of a versions directory at once (as mig's ScriptLoader does) and nothing else.
 * bench_offline.ts times this process next to mig's own run.
 *
 *   bun scripts/bench/import_floor.ts <versions dir>
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { registerMigModule } from "../../core/runtime/mig_module.ts";

registerMigModule();
const dir = process.argv[2];
if (!dir) throw new Error("usage: bun scripts/bench/import_floor.ts <versions dir>");
const files = fs.readdirSync(dir).filter((name) => name.endsWith(".ts")).map((name) => path.resolve(dir, name));
const modules = await Promise.all(files.map((file) => import(file)));
const missing = modules.filter((m) => typeof m.upgrade !== "function").length;
if (missing > 0) throw new Error(`${missing} scripts have no upgrade()`);

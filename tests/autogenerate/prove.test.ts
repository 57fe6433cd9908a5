/**
 * The proof a candidate script must pass (core/autogenerate/prove.ts), from either end:
 * a workspace holding the target goes down then up; the one-workspace `--from-migrations`
 * path holds the start and goes up then down. A script that misses the target is caught
 * both ways, naming what stayed different; a right one passes both ways. Embedded PGlite.
 */
import { afterAll, beforeAll, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { type Catalog } from "../../core/autogenerate/catalog.ts";
import { prove } from "../../core/autogenerate/prove.ts";
import { Workspace } from "../../core/autogenerate/workspace.ts";
import { EMBEDDED } from "../../core/check/targets.ts";
import { loadConfig } from "../../core/config/load_config.ts";
import { captureOutput } from "../../core/output.ts";
import { parseDbUrl } from "../../core/url.ts";
import "../../dialects/mod.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-prove-"));
const place = { dialect: "postgresql" as const, url: parseDbUrl(EMBEDDED.postgresql!), scratch: false };
let start: Catalog;
let target: Catalog;

function script(name: string, up: string, down: string): string {
  const file = path.join(dir, `${name}.ts`);
  fs.writeFileSync(file, `import { op, t } from "mig";\nvoid t;\nexport function upgrade() {\n  ${up}\n}\nexport function downgrade() {\n  ${down}\n}\n`);
  return file;
}

const RIGHT = script("right", 'op.createTable("b", [t.column("id", t.integer())]);', 'op.dropTable("b");');
const WRONG = script("wrong", 'op.createTable("a", [t.column("id", t.integer())]);', 'op.dropTable("a");');

async function workspace(): Promise<Workspace> {
  fs.writeFileSync(path.join(dir, "mig.toml"), '[mig]\nscript_location = "migrations"\nurl = "postgresql://nobody@db.invalid/app"\n');
  return Workspace.open(place, loadConfig({ file: path.join(dir, "mig.toml"), env: {} }), {}, captureOutput({ quiet: true }));
}

beforeAll(async () => {
  const ws = await workspace();
  try {
    start = await ws.readCatalog();
    await ws.runScript(RIGHT, "up");
    target = await ws.readCatalog();
  } finally {
    await ws.close();
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

for (const at of ["start", "target"] as const) {
  test(`from the ${at}: the right script is verified, a wrong one is not and says what differs`, async () => {
    for (const [file, verified] of [[RIGHT, true], [WRONG, false]] as const) {
      const ws = await workspace();
      try {
        if (at === "target") await ws.runScript(RIGHT, "up");
        const proof = await prove({ workspace: ws, script: file, start, target, at });
        expect(proof.verified).toBe(verified);
        if (!verified) expect(proof.differences.join("\n")).toMatch(/after (upgrade|downgrade): .*\b(a|b)\b/);
      } finally {
        await ws.close();
      }
    }
  }, 60_000);
}

/** mig as a library: the command functions mod.ts exports, with captured output. */
import { afterAll, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as mig from "../../mod.ts";
import { withBodies } from "../support/script_bodies.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-library-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("init, revision, upgrade, heads, currentHeads and downgrade through mod.ts", async () => {
  const out = mig.captureOutput();
  mig.init("migrations", { cwd: dir, configFile: path.join(dir, "mig.toml") }, out);
  const config = mig.loadConfig({ cwd: dir, env: { DATABASE_URL: `sqlite:///${path.join(dir, "lib.db")}` } });
  const file = mig.revision(config, { message: "first", revId: "aaaa00000001" }, out);
  fs.writeFileSync(file, withBodies(fs.readFileSync(file, "utf8"), 'op.createTable("thing", [t.column("id", t.integer(), { primaryKey: true })]);'));
  await mig.upgrade(config, "head", {}, out);
  expect(out.stderr).toContain("INFO  [mig] Running upgrade  -> aaaa00000001, first");
  const heads = mig.captureOutput();
  mig.heads(config, { json: true }, heads);
  expect(JSON.parse(heads.stdout).map((r: { revision: string }) => r.revision)).toEqual(["aaaa00000001"]);
  expect((await mig.currentHeads(config, out)).map((d) => d.heads)).toEqual([["aaaa00000001"]]);
  await mig.downgrade(config, "base", {}, out);
  expect((await mig.currentHeads(config, out))[0]!.heads).toEqual([]);
  const map = new mig.RevisionMap(mig.readHeaders(config.versionLocations));
  expect(map.heads().map((r) => r.revision)).toEqual(["aaaa00000001"]);
});

/**
 * The npm packages (scripts/build_packages.ts) as a JavaScript team uses them: the main
 * package and this machine's platform package, packed, installed as dev dependencies into
 * an empty project with no network, then `npx mig` runs init, revision and upgrade on
 * SQLite with no Bun on the PATH. Uses dist/mig, which `npm test` builds first.
 */
import { afterAll, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildPackages, hostTarget, platformPackageName } from "../../scripts/build_packages.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-npm-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A PATH with node and npm but no Bun: the repository's node_modules/.bin is left out. */
const PATH = [path.dirname(process.env.NODE ?? spawnSync("which", ["node"], { encoding: "utf8" }).stdout.trim()), "/usr/bin", "/bin"].join(":");

function run(command: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { HOME: dir, PATH, npm_config_offline: "true", npm_config_update_notifier: "false", NO_COLOR: "1" };
  return spawnSync(command, args, { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
}

test("npm install -D of the packed tarballs, then npx mig init, revision and upgrade head", () => {
  const { tarballs } = buildPackages({ hostOnly: true });
  const [main, platform] = tarballs;
  expect(path.basename(main!)).toMatch(/^mig-\d+\.\d+\.\d+\.tgz$/);
  fs.writeFileSync(path.join(dir, "package.json"), '{ "name": "app", "version": "1.0.0", "private": true }\n');

  const install = run("npm", ["install", "-D", "--offline", "--no-audit", "--no-fund", main!, platform!]);
  expect(install.stderr).not.toContain("ERR");
  expect(install.status).toBe(0);
  expect(run("sh", ["-c", "command -v bun || echo none"]).stdout.trim()).toBe("none");
  const installed = JSON.parse(fs.readFileSync(path.join(dir, "node_modules", "mig", "package.json"), "utf8"));
  expect(installed.optionalDependencies).toEqual({ [platformPackageName(hostTarget())]: installed.version });

  const version = run("npx", ["--offline", "mig", "--version"]);
  expect(version.stdout.trim()).toBe(installed.version);
  expect(run("npx", ["--offline", "mig", "init", "migrations"]).status).toBe(0);
  const revision = run("npx", ["--offline", "mig", "revision", "-m", "create account", "--rev-id", "aaaa00000001"]);
  expect(revision.stdout).toContain("aaaa00000001_create_account.ts ...  done");
  const upgrade = run("npx", ["--offline", "mig", "upgrade", "head"]);
  expect(upgrade.stderr).toContain("Running upgrade  -> aaaa00000001, create account");
  expect(upgrade.status).toBe(0);
  expect(run("npx", ["--offline", "mig", "current"]).stdout).toBe("aaaa00000001 (head)\n");
  // The launcher passes the binary's exit status through: 255 for a failed command.
  expect(run("npx", ["--offline", "mig", "show", "nope"]).status).toBe(255);
}, 180_000);

test("a SIGTERM to the launcher ends the binary too, and the launcher dies of it", async () => {
  const launcher = path.join(dir, "node_modules", "mig", "bin", "mig.cjs");
  // A command that would wait 60 s for a database that refuses connections.
  const child = Bun.spawn(["node", launcher, "current", "--wait", "60"], {
    cwd: dir, env: { PATH, DATABASE_URL: "postgresql://u@127.0.0.1:1/none?connect_timeout=1" }, stdout: "ignore", stderr: "ignore",
  });
  let binary: number | undefined;
  for (let i = 0; i < 100 && binary === undefined; i++) {
    await Bun.sleep(100);
    const found = spawnSync("ps", ["-o", "pid=", "--ppid", String(child.pid)], { encoding: "utf8" }).stdout.trim();
    if (found) binary = Number(found.split("\n")[0]);
  }
  expect(binary).toBeGreaterThan(0);
  child.kill("SIGTERM");
  await child.exited;
  expect(child.signalCode).toBe("SIGTERM");
  for (let i = 0; i < 50 && fs.existsSync(`/proc/${binary}`); i++) await Bun.sleep(100);
  expect(fs.existsSync(`/proc/${binary}`)).toBe(false);
}, 60_000);

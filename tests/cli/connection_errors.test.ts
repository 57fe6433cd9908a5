/** Unreachable servers and wrong passwords: a clear FAILED line, never the password. */
import { afterAll, expect, test } from "bun:test";
import { MYSQL_URL, reachable, uniqueName } from "../support/servers.ts";
import { CliProject } from "../support/cli.ts";

const SECRET = "s3cr3t-Pa55";
const project = new CliProject();
project.ok(["init", "migrations"]);
project.ok(["revision", "-m", "first", "--rev-id", "aaaa00000001"]);
afterAll(() => project.dispose());

function withUrl(url: string) {
  project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, 'url = "${DATABASE_URL}"'));
  return { DATABASE_URL: url };
}

test.each([
  ["postgresql", `postgresql://app:${SECRET}@127.0.0.1:1/db`],
  ["mysql", `mysql://app:${SECRET}@127.0.0.1:1/db`],
])("unreachable %s server", (_, url) => {
  const env = withUrl(url);
  for (const args of [["upgrade", "head"], ["current", "-v"]]) {
    const r = project.mig(args, { env });
    expect(r.status).toBe(255);
    expect(r.stderr).toStartWith(`FAILED: Can't connect to '${url.replace(SECRET, "***")}'`);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  }
});

test("--wait gives up after its timeout, still without the password", () => {
  const url = `postgresql://app:${SECRET}@127.0.0.1:1/db`;
  const r = project.mig(["upgrade", "head", "--wait", "1"], { env: withUrl(url) });
  expect(r.status).toBe(255);
  expect(r.stderr).toContain("Gave up waiting 1000 ms for the database");
  expect(r.stdout + r.stderr).not.toContain(SECRET);
});

test("wrong MariaDB password", async () => {
  const admin = await reachable(MYSQL_URL);
  if (!admin) return;
  const user = uniqueName("mig_u").slice(0, 30);
  await admin.exec(`CREATE USER '${user}'@'%' IDENTIFIED BY 'right-one'`);
  try {
    const base = new URL(MYSQL_URL);
    const url = `mysql://${user}:${SECRET}@${base.host}/test`;
    const r = project.mig(["current"], { env: withUrl(url) });
    expect(r.status).toBe(255);
    expect(r.stderr).toStartWith(`FAILED: Can't connect to 'mysql://${user}:***@${base.host}/test'`);
    expect(r.stderr).toContain("Access denied");
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    // The right password works, and the URL printed by `current -v` is masked too.
    const good = `mysql://${user}:right-one@${base.host}/test`;
    await admin.exec(`GRANT SELECT ON test.* TO '${user}'@'%'`);
    const ok = project.mig(["current", "-v"], { env: withUrl(good) });
    expect(ok.stdout).toBe(`Current revision(s) for mysql://${user}:***@${base.host}/test:\n`);
  } finally {
    await admin.exec(`DROP USER '${user}'@'%'`);
    await admin.close();
  }
});

test("no url configured", () => {
  project.write("mig.toml", project.read("mig.toml").replace(/^url = .*$/m, ""));
  const r = project.mig(["upgrade", "head"]);
  expect(r.stderr).toBe(`FAILED: No database url: set 'url' in section [mig] of ${project.path("mig.toml")}, or pass one to runMigrations()\n`);
});

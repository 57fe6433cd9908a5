import { describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { configPath, loadConfig, parseConfig, parseXArgs } from "../../core/config/load_config.ts";
import { interpolate } from "../../core/config/interpolate.ts";
import { ConfigError } from "../../core/errors.ts";

const FILE = "/proj/mig.toml";

describe("interpolate", () => {
  const env = { DB: "postgresql://u@h/db", EMPTY: "" };
  test.each([
    ["${DB}", "postgresql://u@h/db"],
    ["${MISSING:-sqlite:///dev.db}", "sqlite:///dev.db"],
    ["${EMPTY:-fallback}", "fallback"],
    ["${DB:-unused}", "postgresql://u@h/db"],
    ["a $${DB} b", "a ${DB} b"],
    ["no vars", "no vars"],
    ["${MISSING:-}", ""],
  ])("%s", (input, expected) => {
    expect(interpolate(input, env, "here")).toBe(expected);
  });

  test("unset variable without default names it and where", () => {
    expect(() => interpolate("${NOPE}", env, "mig.toml, line 3")).toThrow(
      "Environment variable 'NOPE' used in mig.toml, line 3 is not set",
    );
  });

  test("malformed reference", () => {
    expect(() => interpolate("${1BAD}", env, "x")).toThrow(ConfigError);
  });
});

describe("parseConfig", () => {
  test("defaults and relative paths", () => {
    const c = parseConfig("[mig]\n", { file: FILE, env: {} });
    expect(c.scriptLocation).toBe("/proj/migrations");
    expect(c.versionLocations).toEqual(["/proj/migrations/versions"]);
    expect(c.versionTable).toBe("mig_version");
    expect(c.fileTemplate).toBe("{{rev}}_{{slug}}");
    expect(c.truncateSlugLength).toBe(40);
    expect(c.transactionPerMigration).toBe(false);
    expect(c.url).toBeUndefined();
  });

  test("values, interpolation read lazily, version_locations forms", () => {
    const text = [
      "[mig]",
      'script_location = "db"',
      'url = "${DATABASE_URL:-sqlite:///dev.db}"',
      'version_locations = ["db/versions", "plugins/x"]',
      "truncate_slug_length = 10",
      "transaction_per_migration = true",
      'other_url = "${NOT_SET}"',
    ].join("\n");
    const c = parseConfig(text, { file: FILE, env: {} });
    expect(c.url).toBe("sqlite:///dev.db");
    expect(c.versionLocations).toEqual(["/proj/db/versions", "/proj/plugins/x"]);
    expect(c.truncateSlugLength).toBe(10);
    expect(c.transactionPerMigration).toBe(true);
    // An unset variable only matters when its key is read.
    expect(() => c.get("other_url")).toThrow("Environment variable 'NOT_SET' used in /proj/mig.toml, line 7 is not set");
    const alembicStyle = parseConfig('[mig]\nversion_locations = "a b,c"', { file: FILE, env: {} });
    expect(alembicStyle.versionLocations).toEqual(["/proj/a", "/proj/b", "/proj/c"]);
  });

  test("unknown keys warn with their line", () => {
    const c = parseConfig('[mig]\nurl = "sqlite://"\nsqlalchemy_url = "x"\n', { file: FILE, env: {} });
    expect(c.warnings).toEqual(["Unknown key 'sqlalchemy_url' in section [mig] of /proj/mig.toml, line 3"]);
  });

  test("wrong types name key and line", () => {
    const c = parseConfig("[mig]\n\ntruncate_slug_length = \"x\"\n", { file: FILE, env: {} });
    expect(() => c.truncateSlugLength).toThrow(
      "Key 'truncate_slug_length' in section [mig] of /proj/mig.toml, line 3 must be a positive integer",
    );
  });

  test("malformed file names the line", () => {
    expect(() => parseConfig("[mig]\nurl = \n", { file: FILE, env: {} })).toThrow(
      /^Malformed config file \/proj\/mig\.toml, line 2: /,
    );
  });

  test("sections and -n", () => {
    const text = '[mig]\nurl = "sqlite://"\n[staging]\nurl = "${STAGING}"\n';
    const c = parseConfig(text, { file: FILE, section: "staging", env: { STAGING: "postgres://h/db" } });
    expect(c.section).toBe("staging");
    expect(c.url).toBe("postgres://h/db");
    expect(c.sectionValues("mig")).toEqual({ url: "sqlite://" });
    expect(() => parseConfig(text, { file: FILE, section: "prod", env: {} })).toThrow(
      "No config file '/proj/mig.toml' found, or file has no '[prod]' section",
    );
  });

  test("-x arguments", () => {
    expect(parseXArgs(["a=1", "b=x=y", "flag"])).toEqual({ a: "1", b: "x=y", flag: "" });
    expect(() => parseXArgs(["=1"])).toThrow("Bad -x argument '=1': expected key=value");
    const c = parseConfig("[mig]\n", { file: FILE, env: {}, xArgs: ["tenant=acme"] });
    expect(c.xArgs).toEqual({ tenant: "acme" });
  });
});

describe("loadConfig discovery", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-config-"));
  fs.writeFileSync(path.join(dir, "mig.toml"), '[mig]\nscript_location = "here"\n');
  fs.writeFileSync(path.join(dir, "other.toml"), '[mig]\nscript_location = "there"\n');

  test("cwd, $MIG_CONFIG, then -c wins", () => {
    expect(configPath({ cwd: dir, env: {} })).toBe(path.join(dir, "mig.toml"));
    expect(loadConfig({ cwd: dir, env: {} }).scriptLocation).toBe(path.join(dir, "here"));
    expect(loadConfig({ cwd: "/", env: { MIG_CONFIG: path.join(dir, "other.toml") } }).scriptLocation).toBe(
      path.join(dir, "there"),
    );
    expect(
      loadConfig({ cwd: "/", file: path.join(dir, "mig.toml"), env: { MIG_CONFIG: path.join(dir, "other.toml") } })
        .scriptLocation,
    ).toBe(path.join(dir, "here"));
  });

  test("missing file", () => {
    expect(() => loadConfig({ cwd: "/nonexistent", env: {} })).toThrow(
      "No config file '/nonexistent/mig.toml' found, or file has no '[mig]' section",
    );
  });
});

/** mig.toml and the environment it reads. */
import { type BadInput, PASSWORD, toml } from "./case.ts";

const URL = 'url = "sqlite:///app.db"';

export const CONFIG_CASES: BadInput[] = [
  { name: "no mig.toml", files: { "mig.toml": null }, args: ["heads"], line: /^FAILED: No config file '.*mig\.toml' found/ },
  { name: "mig.toml is a directory", files: { "mig.toml": null }, dirs: ["mig.toml"], args: ["heads"], line: /^FAILED: Can't read config file '.*mig\.toml': it is a directory$/ },
  { name: "-c names a missing file", args: ["-c", "nope.toml", "heads"], line: /No config file '.*nope\.toml' found/ },
  { name: "$MIG_CONFIG names a missing file", env: { MIG_CONFIG: "elsewhere.toml" }, args: ["heads"], line: /No config file '.*elsewhere\.toml' found/ },
  { name: "malformed TOML", files: { "mig.toml": "[mig]\nurl = \"sqlite:///app.db\nscript_location = 1\n" }, args: ["heads"], line: /^FAILED: Malformed config file .*mig\.toml, line 2: / },
  { name: "no [mig] section", files: { "mig.toml": `[other]\n${URL}\n` }, args: ["heads"], line: /has no '\[mig\]' section/ },
  { name: "-n names a missing section", args: ["-n", "staging", "heads"], line: /has no '\[staging\]' section/ },
  { name: "script_location is a number", files: { "mig.toml": `[mig]\nscript_location = 7\n${URL}\n` }, args: ["heads"], line: /Key 'script_location' in section \[mig\] of .*mig\.toml, line 2 must be a string$/ },
  { name: "script_location does not exist", files: { "mig.toml": toml(URL).replace('"migrations"', '"migratoins"') }, args: ["upgrade", "head"], line: /^FAILED: No script directory '.*migratoins'/ },
  { name: "script_location does not exist (heads)", files: { "mig.toml": toml(URL).replace('"migrations"', '"migratoins"') }, args: ["heads"], line: /No script directory '.*migratoins'/ },
  { name: "version_locations of the wrong type", files: { "mig.toml": toml(`${URL}\nversion_locations = [1, 2]`) }, args: ["heads"], line: /Key 'version_locations' .*line 4 must be an array of strings$/ },
  { name: "transaction_per_migration is a string", files: { "mig.toml": toml(`${URL}\ntransaction_per_migration = "yes"`) }, args: ["upgrade", "head"], line: /Key 'transaction_per_migration' .*line 4 must be true or false$/ },
  { name: "url is a number", files: { "mig.toml": toml("url = 5432") }, args: ["upgrade", "head"], line: /Key 'url' .*line 3 must be a string$/ },
  { name: "url missing", files: { "mig.toml": toml("") }, args: ["upgrade", "head"], line: /^FAILED: No database url: set 'url' in section \[mig\]/ },
  { name: "url reads an unset variable", files: { "mig.toml": toml('url = "${MIG_BAD_INPUT_UNSET}"') }, args: ["upgrade", "head"], line: /Environment variable 'MIG_BAD_INPUT_UNSET' used in .*mig\.toml, line 3 is not set$/ },
  { name: "version_table is empty", files: { "mig.toml": toml(`${URL}\nversion_table = ""`) }, args: ["upgrade", "head"], line: /Key 'version_table' .*line 4 must be a non-empty name$/ },
  { name: "truncate_slug_length is negative", files: { "mig.toml": toml(`${URL}\ntruncate_slug_length = -3`) }, args: ["revision", "-m", "x"], line: /Key 'truncate_slug_length' .*line 4 must be a positive integer$/ },
  { name: "timezone unknown", files: { "mig.toml": toml(`${URL}\ntimezone = "Mars/Olympus"`) }, args: ["revision", "-m", "x"], line: /Key 'timezone' .*line 4 must be an IANA time zone .*not "Mars\/Olympus"$/ },
  { name: "file_template names an unknown token", files: { "mig.toml": toml(`${URL}\nfile_template = "{{rev}}_{{nonsense}}"`) }, args: ["revision", "-m", "x"], line: /Key 'file_template' .*line 4 must be made of the tokens .* not \{\{nonsense\}\}$/ },
  { name: "target_schema names a missing file", files: { "mig.toml": toml(`${URL}\ntarget_schema = "db/schema.ts"`) }, args: ["revision", "--autogenerate", "-m", "x", "--from-migrations"], line: /target_schema: no such file '.*db\/schema\.ts'$/ },
  { name: "a password in mig.toml, database unreachable", files: { "mig.toml": toml(`url = "postgresql://app:${PASSWORD}@127.0.0.1:1/db?connect_timeout=2"`) }, args: ["upgrade", "head"], line: /^FAILED: Can't connect to 'postgresql:\/\/app:\*\*\*@127\.0\.0\.1:1\/db/ },
  { name: "DATABASE_URL is not a URL", env: { DATABASE_URL: "localhost/db" }, files: { "mig.toml": toml('url = "${DATABASE_URL}"') }, args: ["upgrade", "head"], line: /^FAILED: Invalid database URL 'localhost\/db'/ },
  { name: "DATABASE_URL with a port out of range", env: { DATABASE_URL: `postgresql://app:${PASSWORD}@127.0.0.1:99999/db` }, files: { "mig.toml": toml('url = "${DATABASE_URL}"') }, args: ["current"], line: /port '99999' is not a number from 1 to 65535/ },
  { name: "env.ts with a syntax error", files: { "migrations/env.ts": "export default {\n" }, args: ["upgrade", "head"], line: /^FAILED: Could not load .*env\.ts:\d+:\d+: / },
  { name: "env.ts throws when loaded", files: { "migrations/env.ts": 'throw new Error("no env today");\n' }, args: ["upgrade", "head"], line: /^FAILED: Could not load .*env\.ts: no env today/ },
  { name: "env.ts exports no environment", files: { "migrations/env.ts": "export const x = 1;\n" }, args: ["upgrade", "head"], line: /env\.ts must export a default function/ },
];

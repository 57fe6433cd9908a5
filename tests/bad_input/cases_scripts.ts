/** Revision scripts and the graph they make. The base project has a1 (.sql) <- a2 (.ts). */
import { type BadInput, sqlScript, tsScript } from "./case.ts";

const V = "migrations/versions";
/** Found only when the script runs: the run rolls back, and the database holds nothing. */
const runs = (files: BadInput["files"], name: string, line: RegExp): BadInput => ({ name, files, args: ["upgrade", "head"], line, runs: true });
const up = (files: BadInput["files"], name: string, line: RegExp, args: readonly string[] = ["upgrade", "head"]): BadInput => ({ name, files, args, line });

export const SCRIPT_CASES: BadInput[] = [
  up({ [`${V}/b1_x.sql`]: "-- down_revision: a2\n\n-- migrate:up\nSELECT 1;\n" }, "a .sql script without a revision header", /Could not determine revision id from .*b1_x\.sql: declare `-- revision: <id>`/),
  up({ [`${V}/b1_x.sql`]: "-- revision: b1\n-- revision: b2\n-- down_revision: a2\n\n-- migrate:up\nSELECT 1;\n" }, "a header key given twice", /Header 'revision' appears twice in .*b1_x\.sql: lines 1 and 2/),
  up({ [`${V}/b1_x.sql`]: Buffer.concat([Buffer.from(sqlScript("b1", "a2").replace("SELECT 1;", "SELECT '")), Buffer.from([0xc3, 0x28]), Buffer.from("';\n")]) }, "invalid UTF-8 in a .sql script", /b1_x\.sql is not valid UTF-8 \(first bad byte at offset 88\)$/),
  up({ [`${V}/b1_x.sql`]: "-- revision: b1\n-- down_revision: a2\n\nSELECT 1;\n" }, "a .sql script with no -- migrate:up section", /No '-- migrate:up' section in .*b1_x\.sql/),
  up({ [`${V}/b1_x.sql`]: sqlScript("b1", "a2").replace(/-- migrate:down[^]*$/, "") }, "downgrade of a .sql script with no -- migrate:down section", /Revision b1 has no '-- migrate:down' section/, ["downgrade", "b1:a2", "--sql"]),
  up({ [`${V}/b1_x.sql`]: sqlScript("b1", "a2", "-- migrate:up") }, "a section given twice", /Duplicate '-- migrate:up' in .*b1_x\.sql:4/),
  up({ [`${V}/b1_x.ts`]: tsScript("b1", "a2", "  op.createTable(\"t\", [", "") }, "a TypeScript syntax error", /^FAILED: Could not load .*b1_x\.ts:\d+:\d+: /),
  up({ [`${V}/b1_x.ts`]: tsScript("b1", "a2", "", 'import "./no_such_helper.ts";') }, "a script importing a missing module", /^FAILED: Could not load .*b1_x\.ts: .*no_such_helper/),
  up({ [`${V}/b1_x.ts`]: tsScript("b1", "a2").replace("export function upgrade() {\n\n}", "export const upgrade = 3;") }, "upgrade is not a function", /Revision b1 has no upgrade\(\) function/),
  up({ [`${V}/b1_x.ts`]: tsScript("b1", "a2").replace('export const revision = "b1";', "") }, "a .ts script with no revision export", /Could not determine revision id from .*b1_x\.ts: declare `export const revision/, ["heads"]),
  up({ [`${V}/b1_x.ts`]: tsScript("b1", "a2", '  op.createTable("t", [') }, "an --sql run whose script cannot load writes no SQL", /Could not load .*b1_x\.ts:\d+:\d+: /, ["upgrade", "head", "--sql"]),
  runs({ [`${V}/b1_x.ts`]: tsScript("b1", "a2", '  throw new Error("refusing on purpose");') }, "upgrade() throws", /^FAILED: Revision b1 upgrade\(\) failed at .*b1_x\.ts:\d+:\d+: refusing on purpose$/),
  runs({ [`${V}/b1_x.ts`]: tsScript("b1", "a2", '  return Promise.reject(new TypeError("rejected on purpose"));') }, "upgrade() rejects", /Revision b1 upgrade\(\) failed at .*b1_x\.ts:\d+:\d+: rejected on purpose$/),
  runs({ [`${V}/b1_x.ts`]: tsScript("b1", "a2", '  op.createTable("t", [t.column("id", t.integer()), t.index("ix_t", ["nope"])]);') }, "an op naming a column its table lacks", /^FAILED: Revision b1 failed at .*b1_x\.ts:\d+:\d+: no such column: nope/),
  runs({ [`${V}/b1_x.ts`]: tsScript("b1", "a2", '  op.alterColumn("t", "c", { type: t.integer() });') }, "an op SQLite cannot run", /Revision b1 at .*b1_x\.ts:\d+:\d+: No support for ALTER COLUMN \.\.\. TYPE in SQLite/),
  runs({ [`${V}/b1_x.sql`]: sqlScript("b1", "a2", "", "CREATE TABLE ok_1 (id int);\nCREATE TABLE broken (;\n") }, "a failing statement of a .sql section", /^FAILED: Revision b1 failed at .*b1_x\.sql:6: incomplete input/),
];

/** What `revision` and `merge` must refuse before writing. */
export const REVISION_CASES: BadInput[] = [
  { name: "--rev-id with ..", args: ["revision", "-m", "x", "--rev-id", "../../x"], line: /Revision identifier '.*' may contain only letters, digits and '_'/ },
  { name: "--rev-id with a slash", args: ["revision", "-m", "x", "--rev-id", "sub/dir"], line: /Revision identifier '.*' may contain only letters, digits and '_'/ },
  { name: "--rev-id empty", args: ["revision", "-m", "x", "--rev-id", ""], line: /Revision identifier '.*' may contain only letters, digits and '_'/ },
  { name: "--rev-id already used", args: ["revision", "-m", "x", "--rev-id", "a1"], line: /Revision a1 is already present in .*a1_base\.sql$/ },
  { name: "--head naming no revision", args: ["revision", "-m", "x", "--head", "nope"], line: /Can't locate revision identified by 'nope'/ },
  { name: "--depends-on naming no revision", args: ["revision", "-m", "x", "--depends-on", "nope"], line: /Can't locate revision identified by 'nope'/ },
  { name: "--branch-label already used", files: { "migrations/versions/b1_x.sql": sqlScript("b1", "a2", "-- branch_labels: main") }, args: ["revision", "-m", "x", "--head", "a1", "--splice", "--branch-label", "main"], line: /Branch name 'main' in revision \w+ already used by revision b1/ },
  { name: "--splice onto a revision that is not a head, without --head", args: ["revision", "-m", "x", "--head", "a1"], line: /Revision a1 is not a head revision; please specify --splice/ },
  { name: "--version-path outside version_locations", args: ["revision", "-m", "x", "--version-path", "/tmp/elsewhere"], line: /Path \/tmp\/elsewhere is not represented in current version locations/ },
  { name: "--autogenerate without target_schema", args: ["revision", "--autogenerate", "-m", "x", "--from-migrations"], line: /No target schema to compare with: set target_schema/ },
  { name: "--autogenerate --rename naming nothing", files: { "mig.toml": '[mig]\nscript_location = "migrations"\nurl = "sqlite:///app.db"\ntarget_schema = "schema.sql"\n', "schema.sql": "CREATE TABLE a (id int);\n" }, args: ["revision", "--autogenerate", "-m", "x", "--from-migrations", "--rename", "ghost=a"], line: /Rename hint ghost -> a: there is no table 'ghost' to rename/ },
];

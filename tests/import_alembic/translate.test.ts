/**
 * The translator on its own: alembic.ini read as ConfigParser reads it, and Python
 * statements to mig calls (each case states the TypeScript it must produce).
 */
import { expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readAlembicProject } from "../../core/import_alembic/alembic_project.ts";
import { migSettings } from "../../core/import_alembic/mig_settings.ts";
import { migToml } from "../../core/import_alembic/project_writer.ts";
import { IniFile } from "../../core/import_alembic/ini.ts";
import { translateScript } from "../../core/import_alembic/script_translator.ts";

test("alembic.ini: %(here)s, %% and continuation lines; a missing name is an error naming the line", () => {
  const ini = new IniFile("alembic.ini", "[alembic]\nscript_location = %(here)s/alembic\nfile_template = %%(rev)s_%%(slug)s\nversion_locations = a\n  b\n# c\nurl = %(nope)s\n", { here: "/p" });
  expect(ini.get("alembic", "script_location")).toBe("/p/alembic");
  expect(ini.get("alembic", "file_template")).toBe("%(rev)s_%(slug)s");
  expect(ini.get("alembic", "version_locations")).toBe("a\nb");
  expect(() => ini.get("alembic", "url")).toThrow("alembic.ini:7: '%(nope)s' refers to no key of [alembic]");
  expect(ini.get("alembic", "url", (name) => `\${${name}}`)).toBe("${nope}");
});

function body(python: string, dialect: "postgresql" | "mysql" | "sqlite" = "postgresql") {
  const source = `"""m\n"""\nfrom alembic import op\nimport sqlalchemy as sa\nfrom sqlalchemy.dialects import postgresql\nrevision = "r1"\ndown_revision = None\n\ndef upgrade():\n${python.trim().split("\n").map((l) => `    ${l}`).join("\n")}\n`;
  const result = translateScript(source, "v/r1.py", dialect);
  const text = result.source;
  return { code: text.slice(text.indexOf("export function upgrade() {\n") + 28, text.lastIndexOf("\n}")), ...result };
}

test.each([
  [`op.add_column("a", sa.Column("b", sa.String(length=5), nullable=False, server_default="x"))`,
    `  op.addColumn("a", t.column("b", t.string(5), { nullable: false, serverDefault: "x" }));`],
  [`op.alter_column("a", "b", type_=sa.Numeric(10, 2), existing_type=sa.INTEGER(), existing_nullable=True, postgresql_using="b::numeric", server_default=None)`,
    `  op.alterColumn("a", "b", { type: t.numeric(10, 2), using: "b::numeric", serverDefault: null, existingType: t.integer(), existingNullable: true });`],
  [`op.create_index("ix_a", "a", [sa.text("lower(b)")], unique=True, postgresql_where=sa.text("b IS NOT NULL"))`,
    `  op.createIndex("ix_a", "a", [t.sql("lower(b)")], { unique: true, where: t.sql("b IS NOT NULL") });`],
  [`op.create_foreign_key(op.f("fk_a_c"), "a", "c", ["c_id"], ["id"], ondelete="CASCADE", referent_schema="s")`,
    `  op.createForeignKey(op.f("fk_a_c"), "a", "c", ["c_id"], ["id"], { onDelete: "CASCADE", referentSchema: "s" });`],
  [`op.drop_constraint("uq_a", "a", type_="unique")`, `  op.dropConstraint("uq_a", "a", { type: "unique" });`],
  [`op.execute(sa.text("UPDATE a SET b = 1"))`, `  op.execute(t.sql("UPDATE a SET b = 1"));`],
  [`op.create_table_comment("a", "the a's", existing_comment=None)`, `  op.createTableComment("a", "the a's", { existingComment: null });`],
  [`with op.get_context().autocommit_block():\n    op.create_index("ix_b", "a", ["b"], postgresql_concurrently=True)`,
    `  op.autocommitBlock(() => {\n    op.createIndex("ix_b", "a", ["b"], { concurrently: true });\n  });`],
  [`bind = op.get_bind()\nif bind.dialect.name in ("postgresql", "mysql"):\n    op.drop_column("a", "b")\nelif not bind.dialect.name == "sqlite":\n    pass\nelse:\n    op.execute("SELECT 1")`,
    `  if (["postgresql", "mysql"].includes(op.dialect)) {\n    op.dropColumn("a", "b");\n  } else if (!(op.dialect === "sqlite")) {\n  } else {\n    op.execute("SELECT 1");\n  }`],
  [`op.create_table("e", sa.Column("m", postgresql.ENUM("x", "y", name="m", create_type=False)), sa.Column("j", postgresql.JSONB(astext_type=sa.Text())))`,
    `  op.createTable("e", [\n    t.column("m", t.enum(["x", "y"], { name: "m", create: false })),\n    t.column("j", t.raw("JSONB")),\n  ]);`],
])("%s", (python, typescript) => {
  const r = body(python);
  expect(r.code).toBe(typescript);
  expect(r.handWork).toEqual([]);
});

test("what has no mig equivalent is kept as Python with a throw, never guessed", () => {
  const r = body(`op.add_column("a", sa.Column("b", sa.Integer(), sa.Identity()))\nop.execute(f"DROP TABLE {name}")\nop.drop_table("z")`);
  expect(r.code).toBe([
    `  // not converted (v/r1.py:10): sa.Identity in a column: no mig equivalent`,
    `  //   op.add_column("a", sa.Column("b", sa.Integer(), sa.Identity()))`,
    `  throw new ScriptError("not converted: v/r1.py:10");`,
    `  // not converted (v/r1.py:11): op.execute: expected SQL text (a string or sa.text(...))`,
    `  //   op.execute(f"DROP TABLE {name}")`,
    `  throw new ScriptError("not converted: v/r1.py:11");`,
    `  op.dropTable("z");`,
  ].join("\n"));
  expect(r.source).toContain(`import { op, t, ScriptError } from "mig";`);
  expect(r.handWork.map((h) => h.line)).toEqual([10, 11]);
});

test("per-dialect choices follow the project's dialect; other dialects' keywords become notes", () => {
  expect(body(`op.add_column("a", sa.Column("t", sa.DateTime(), server_default=sa.func.now()))`, "sqlite").code)
    .toBe(`  op.addColumn("a", t.column("t", t.dateTime(), { serverDefault: t.sql("(CURRENT_TIMESTAMP)") }));`);
  const r = body(`op.create_index("ix_a", "a", ["b"], postgresql_where=sa.text("b > 0"))`, "mysql");
  expect(r.code).toBe(`  op.createIndex("ix_a", "a", ["b"]);`);
  expect(r.notes.map((n) => n.text)).toEqual(["op.create_index: postgresql_where= left out (applies to postgresql only, as in Alembic)"]);
});

test("mig.toml from alembic.ini: locations, file_template, slug length, timezone, and the URL env.py reads", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-import-settings-"));
  try {
    fs.mkdirSync(path.join(dir, "migrations", "versions"), { recursive: true });
    fs.mkdirSync(path.join(dir, "plugins", "x"), { recursive: true });
    fs.writeFileSync(path.join(dir, "migrations", "env.py"), `import os\nurl = os.environ.get("APP_DB", "postgresql://localhost/app")\ncontext.configure(url=url, version_table="app_versions")\n`);
    fs.writeFileSync(path.join(dir, "alembic.ini"), [
      "[alembic]", "script_location = migrations",
      "file_template = %%(year)d_%%(month).2d_%%(day).2d-%%(rev)s_%%(slug)s",
      "truncate_slug_length = 20", "timezone = Europe/Paris",
      "version_locations = %(here)s/migrations/versions:%(here)s/plugins/x", "version_path_separator = :",
      "sqlalchemy.url = driver://user:pass@localhost/dbname", "",
    ].join("\n"));
    const project = readAlembicProject(dir);
    expect(project.versionLocations).toEqual([path.join(dir, "migrations", "versions"), path.join(dir, "plugins", "x")]);
    const settings = migSettings(project, undefined);
    expect(migToml(project, path.join(dir, "out"), settings).split("\n").filter((l) => !l.startsWith("#"))).toEqual([
      "[mig]",
      `script_location = "migrations"`,
      `url = "\${APP_DB:-postgresql://localhost/app}"`,
      `version_table = "app_versions"`,
      `version_locations = ["migrations/versions", "plugins/x"]`,
      `file_template = "{{year}}_{{month}}_{{day}}-{{rev}}_{{slug}}"`,
      "truncate_slug_length = 20",
      `timezone = "Europe/Paris"`,
      `check_dialect = "postgresql"`,
      "",
    ]);
    expect(settings.notes).toEqual(["url: env.py reads $APP_DB; mig.toml reads it too"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("string constants and enum types bound to names; PostgreSQL enum types created and dropped by hand", () => {
  const r = body(`status = postgresql.ENUM("on", "off", name="status", create_type=False)
status.create(op.get_bind(), checkfirst=True)
op.add_column("a", sa.Column("s", status))
sql = """UPDATE a SET s = 'on'"""
op.execute(sql)
sa.Enum(name="status").drop(op.get_bind())`);
  expect(r.code).toBe([
    `  op.execute("DO $$ BEGIN CREATE TYPE status AS ENUM ('on', 'off'); EXCEPTION WHEN duplicate_object THEN NULL; END $$");`,
    `  op.addColumn("a", t.column("s", t.enum(["on", "off"], { name: "status", create: false })));`,
    `  op.execute("UPDATE a SET s = 'on'");`,
    `  op.execute("DROP TYPE IF EXISTS status");`,
  ].join("\n"));
  expect(body(`sa.Enum("x", name="k").create(op.get_bind())`, "mysql").code).toBe("");
});

test("bulk_insert rows keep the sa.table's columns; plain constraint names get a note", () => {
  const r = body(`t = sa.table("a", sa.column("id"), sa.column("full name"))
op.bulk_insert(t, [{"id": 1, "full name": "x y", "other": 2}])
op.create_unique_constraint("uq_a_id", "a", ["id"])`);
  expect(r.code).toBe([
    `  op.bulkInsert("a", [`,
    `    { id: 1, "full name": "x y" },`,
    `  ]);`,
    `  op.createUniqueConstraint("uq_a_id", "a", ["id"]);`,
  ].join("\n"));
  expect(r.notes.map((n) => `${n.line}: ${n.text}`)).toEqual([
    "11: bulk_insert: 'other' left out: not a column of the sa.table (SQLAlchemy does not insert it either)",
    "12: constraint name 'uq_a_id' is used as given; Alembic rewrites it when target_metadata's naming_convention has a %(constraint_name)s token (op.f() there marks a name as final)",
  ]);
});

test("op.execute text as SQLAlchemy's text() reads it: \\: is a colon, :name a parameter without a value", () => {
  expect(body(`op.execute("UPDATE a SET t = 'x\\\\:y', c = b::text")`).code).toBe(`  op.execute("UPDATE a SET t = 'x:y', c = b::text");`);
  const r = body(`op.execute(sa.text("DELETE FROM a WHERE id = :id"))`);
  expect(r.handWork.map((h) => h.reason)).toEqual(["op.execute: bind parameter :id has no value"]);
});

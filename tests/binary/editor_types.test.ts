/**
 * Editors must type-check scripts that `import ... from "mig"` in a project with no
 * node_modules: mig.d.ts (the script API, core/runtime/script_api.ts, generated at build
 * time) plus the tsconfig.json `mig init` writes. Checked with the real tsc against a
 * temporary project.
 */
import { afterAll, describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { captureOutput } from "../../core/output.ts";
import { TEMPLATE_FILES } from "../../templates/bundle.ts";
import { writeEditorTypes } from "../../core/runtime/editor_types.ts";
import { MIG_DTS } from "../../build/generated/mig_dts.ts";
import { bundleDeclarations } from "../../scripts/binary/bundle_declarations.ts";
import { MIG_DTS_MODULE, migDeclarations, renderMigDtsModule } from "../../scripts/binary/build_mig_dts.ts";

const REPO = path.resolve(import.meta.dir, "..", "..");
const TSC = path.join(REPO, "node_modules", ".bin", "tsc");
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig_types_"));
  dirs.push(dir);
  const scripts = path.join(dir, "migrations");
  fs.mkdirSync(path.join(scripts, "versions"), { recursive: true });
  writeEditorTypes(scripts, captureOutput());
  for (const [rel, content] of Object.entries(files)) fs.writeFileSync(path.join(scripts, rel), content);
  return scripts;
}

function typecheck(dir: string): { status: number; output: string } {
  const result = Bun.spawnSync([TSC, "-p", dir], { stdout: "pipe", stderr: "pipe" });
  return { status: result.exitCode ?? -1, output: result.stdout.toString() + result.stderr.toString() };
}

/** Names the script API exports at run time (types are erased, so these are the values). */
async function runtimeExports(): Promise<string[]> {
  return Object.keys(await import(path.join(REPO, "core", "runtime", "script_api.ts"))).filter((name) => name !== "default").sort();
}

describe("editor types", () => {
  test("build/generated/mig_dts.ts matches the script API (bun scripts/binary/build_mig_dts.ts)", () => {
    const declarations = migDeclarations();
    const current = fs.readFileSync(MIG_DTS_MODULE, "utf8") === renderMigDtsModule(declarations);
    expect(current, "build/generated/mig_dts.ts is stale: run `bun scripts/binary/build_mig_dts.ts` (npm run build does)").toBe(true);
    // The template-literal escaping round-trips (backticks and `${` occur in doc comments).
    expect(MIG_DTS).toBe(declarations);
  }, 30_000);

  test("only the script API is declared: ops, builders and defineEnv, not the library's commands", () => {
    for (const name of ["op", "t", "defineEnv", "RunOptions"]) expect(MIG_DTS).toMatch(new RegExp(`\\b${name}\\b`));
    for (const name of ["autogenerateRevision", "importAlembic", "RevisionMap", "check("]) expect(MIG_DTS).not.toContain(name);
  });

  test("every value the script API exports is declared, and local helpers resolve", async () => {
    const names = await runtimeExports();
    const dir = project({
      "versions/_helpers.ts": 'export const table: string = "account";\n',
      "versions/abc123_check.ts": [
        `import { ${names.join(", ")} } from "mig";`,
        'import { table } from "./_helpers.ts";',
        `export const used: unknown[] = [table, ${names.join(", ")}];`,
      ].join("\n"),
    });
    expect(typecheck(dir)).toEqual({ status: 0, output: "" });
  }, 30_000);

  test("the generated env.ts and a revision script type-check; a wrong option does not", () => {
    const script = (primaryKey: string) => [
      'import { op, t } from "mig";',
      'export const revision = "1975ea83b712";',
      "export const downRevision: string | string[] | null = null;",
      "export function upgrade() {",
      '  op.createTable("account", [',
      `    t.column("id", t.integer(), { primaryKey: ${primaryKey} }),`,
      '    t.column("name", t.string(50), { nullable: false }),',
      '    t.column("created", t.dateTime({ timezone: true }), { serverDefault: t.sql("now()") }),',
      "  ]);",
      '  op.createIndex("ix_account_name", "account", ["name"], { unique: true });',
      "}",
      "export function downgrade() {",
      '  op.dropTable("account");',
      "}",
      "",
    ].join("\n");
    const good = project({ "env.ts": TEMPLATE_FILES["generic"]!["env.ts.mustache"]!, "versions/1975ea83b712_create_account.ts": script("true") });
    expect(typecheck(good)).toEqual({ status: 0, output: "" });
    const bad = project({ "versions/1975ea83b712_create_account.ts": script('"yes"') });
    const result = typecheck(bad);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("1975ea83b712_create_account.ts(6,");
    expect(result.output).toContain("error TS2322");
  }, 30_000);

  test('"mig" resolves to the declaration: an unknown export is TS2305, not a missing module', () => {
    const dir = project({ "versions/abc123_bad.ts": 'import { notAnExport } from "mig";\nexport const x = notAnExport;\n' });
    const result = typecheck(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`error TS2305: Module '"mig"' has no exported member 'notAnExport'`);
  }, 30_000);

  test("an existing tsconfig.json is left alone; mig.d.ts is replaced", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig_types_"));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "tsconfig.json"), "{}\n");
    fs.writeFileSync(path.join(dir, "mig.d.ts"), "old");
    const output = captureOutput();
    writeEditorTypes(dir, output);
    expect(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8")).toBe("{}\n");
    expect(fs.readFileSync(path.join(dir, "mig.d.ts"), "utf8")).toContain('declare module "mig"');
    expect(output.stdout).toBe(
      `Generating ${path.join(dir, "mig.d.ts")} ...  done\nFile ${path.join(dir, "tsconfig.json")} already exists, skipping\n`,
    );
  });
});

describe("bundleDeclarations", () => {
  const files = new Map([
    ["mod.d.ts", 'export { op } from "./core/op.ts";\nexport type { Row } from "./core/row.ts";\n'],
    ["core/op.d.ts", 'import type { Row } from "./row.ts";\nimport type { Bytes } from "node:buffer";\nexport declare const op: { run(row: Row): import("./row.ts").Row; raw?: Bytes };\ndeclare function helper(): void;\n'],
    ["core/row.d.ts", "export interface Row {\n    id: number;\n}\nexport declare class Box {\n}\n"],
  ]);

  test("wraps each file in an ambient module with rewritten imports and no nested declare", () => {
    const { text, externals } = bundleDeclarations(files);
    expect(text).toBe([
      'declare module "mig" {\n    export * from "mig/_internal/mod";\n}',
      'declare module "mig/_internal/mod" {\n    export { op } from "mig/_internal/core/op";\n    export type { Row } from "mig/_internal/core/row";\n}',
      'declare module "mig/_internal/core/op" {\n    import type { Row } from "mig/_internal/core/row";\n    import type { Bytes } from "node:buffer";\n' +
        '    export const op: { run(row: Row): import("mig/_internal/core/row").Row; raw?: Bytes };\n    function helper(): void;\n}',
      'declare module "mig/_internal/core/row" {\n    export interface Row {\n        id: number;\n    }\n    export class Box {\n    }\n}',
    ].join("\n\n") + "\n");
    expect(externals).toEqual(["node:buffer"]);
  });

  test("an import of a file without declarations is an error", () => {
    expect(() => bundleDeclarations(new Map([["mod.d.ts", 'export * from "./gone.ts";\n']]))).toThrow(
      "'mod.d.ts' imports './gone.ts', which has no declarations",
    );
  });
});

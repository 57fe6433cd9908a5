/**
 * Throwaway mig projects for `mig check` tests: a mig.toml and revision scripts written
 * from short specs, in a temporary directory removed by `dispose`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfig } from "../../core/config/load_config.ts";
import type { MigConfig } from "../../core/config/config.ts";
import { check, type CheckOptions } from "../../core/commands/check.ts";
import { captureOutput } from "../../core/output.ts";
import type { CheckReport } from "../../core/check/report.ts";

export interface TsRevision {
  readonly rev: string;
  readonly down?: string | readonly string[] | null;
  /** Body of upgrade() (and downgrade(); `null` leaves the function out). */
  readonly up: string;
  readonly downgrade?: string | null;
  readonly message?: string;
  readonly dependsOn?: readonly string[];
}

export class CheckProject {
  readonly dir: string;

  constructor(settings: string = `url = "postgresql://nobody@localhost/unused"`) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-check-"));
    this.write("mig.toml", `[mig]\nscript_location = "migrations"\n${settings}\n`);
    fs.mkdirSync(this.path("migrations/versions"), { recursive: true });
  }

  path(rel: string): string {
    return path.join(this.dir, rel);
  }

  write(rel: string, text: string): string {
    fs.mkdirSync(path.dirname(this.path(rel)), { recursive: true });
    fs.writeFileSync(this.path(rel), text);
    return this.path(rel);
  }

  /** A TypeScript revision script; returns its absolute path. */
  ts(r: TsRevision): string {
    const down = r.down === undefined || r.down === null ? "null"
      : typeof r.down === "string" ? JSON.stringify(r.down) : JSON.stringify(r.down);
    const lines = [
      `/** ${r.message ?? `revision ${r.rev}`}\n *\n * Revision ID: ${r.rev}\n */`,
      `import { op, t } from "mig";`,
      `export const revision = "${r.rev}";`,
      `export const downRevision: string | string[] | null = ${down};`,
      `export const dependsOn: string[] | null = ${r.dependsOn ? JSON.stringify(r.dependsOn) : "null"};`,
      `export function upgrade() {\n${r.up}\n}`,
      ...(r.downgrade === null ? [] : [`export function downgrade() {\n${r.downgrade ?? ""}\n}`]),
      "",
    ];
    return this.write(`migrations/versions/${r.rev}_script.ts`, lines.join("\n"));
  }

  sql(name: string, text: string): string {
    return this.write(`migrations/versions/${name}`, text);
  }

  config(section?: string): MigConfig {
    return loadConfig({ file: this.path("mig.toml"), ...(section ? { section } : {}), env: {} });
  }

  /** Runs the check in-process; returns the report and what it printed. */
  async check(options: CheckOptions = {}): Promise<{ report: CheckReport; stdout: string }> {
    const output = captureOutput();
    const report = await check(this.config(), { cwd: this.dir, ...options }, output);
    return { report, stdout: output.stdout };
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** `t.column("id", t.integer(), { primaryKey: true })` and friends, for script bodies. */
export const createTable = (table: string, extra = "") =>
  `  op.createTable("${table}", [\n    t.column("id", t.integer(), { primaryKey: true }),\n    t.column("name", t.string(50), { nullable: false }),${extra}\n  ]);`;

/** 1-based line of the first line of `file` containing `needle`. */
export function lineOf(file: string, needle: string): number {
  const index = fs.readFileSync(file, "utf8").split("\n").findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`'${needle}' is not in ${file}`);
  return index + 1;
}

/**
 * Writes a benchmark graph as a mig project: mig.toml, the default env.ts and one
 * TypeScript revision script per revision, shaped like `mig revision` writes them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BenchOp, BenchRevision } from "./shapes.ts";

const ENV_TS = `import { defineEnv } from "mig";

export default defineEnv(async (context) => {
  await context.runMigrations({ url: context.config.url });
});
`;

export function writeMigProject(dir: string, revisions: readonly BenchRevision[], url: string): void {
  const versions = path.join(dir, "migrations", "versions");
  fs.mkdirSync(versions, { recursive: true });
  fs.writeFileSync(path.join(dir, "mig.toml"), `[mig]\nscript_location = "migrations"\nurl = "${url}"\n`);
  fs.writeFileSync(path.join(dir, "migrations", "env.ts"), ENV_TS);
  for (const r of revisions) {
    fs.writeFileSync(path.join(versions, `${r.revision}_change_${r.index}.ts`), script(r));
  }
}

function script(r: BenchRevision): string {
  const down = r.parents.length === 0 ? "null"
    : r.parents.length === 1 ? `"${r.parents[0]}"`
    : `[${r.parents.map((p) => `"${p}"`).join(", ")}]`;
  const [up, undo] = body(r.op);
  return `/** change ${r.index}
 *
 * Revision ID: ${r.revision}
 * Revises: ${r.parents.join(", ") || "None"}
 * Create Date: 2026-01-01 00:00:00
 */
import { op, t } from "mig";

export const revision = "${r.revision}";
export const downRevision: string | string[] | null = ${down};
export const branchLabels: string[] | null = null;
export const dependsOn: string[] | null = null;

export function upgrade() {
  ${up}
}

export function downgrade() {
  ${undo}
}
`;
}

function body(op: BenchOp): [string, string] {
  if (op.kind === "createTable") {
    return [
      `op.createTable("${op.table}", [
    t.column("id", t.integer(), { primaryKey: true }),
    t.column("name", t.string(50), { nullable: false }),
  ]);`,
      `op.dropTable("${op.table}");`,
    ];
  }
  return [
    `op.addColumn("${op.table}", t.column("${op.column}", t.string(50)));`,
    `op.dropColumn("${op.table}", "${op.column}");`,
  ];
}

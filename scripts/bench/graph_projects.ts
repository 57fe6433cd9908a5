/**
 * Revision sets for the graph benchmark (scripts/bench_graph.ts), written out twice with
 * the same ids, parents, labels and dependencies: as a mig project (TypeScript scripts
 * shaped like `mig revision` writes them) and as an Alembic project (.py scripts shaped
 * like `alembic revision` writes them). Only `heads`, `history` and `branches` run on
 * them, so the scripts' bodies are placeholders and Alembic's env.py is never loaded.
 *
 * Kept apart from scripts/bench/shapes.ts (the offline benchmark's graphs, which end in
 * one head and carry ops): this one wants open heads, labels and dependencies, which
 * make the graph commands do their full work.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { random } from "../../tests/graph/random_graphs.ts";

export type GraphShape = "linear" | "branchy";

export interface GraphRevision {
  readonly index: number;
  readonly revision: string;
  readonly parents: readonly string[];
  readonly branchLabels: readonly string[];
  readonly dependsOn: readonly string[];
}

/** 12 hex digits, distinct per index, spread like Alembic's random ids (so file order is not graph order). */
export function graphId(index: number): string {
  const mixed = Math.imul(index ^ 0x2545f491, 0x9e3779b1) >>> 0;
  return (mixed.toString(16).padStart(8, "0") + index.toString(16).padStart(4, "0")).slice(-12);
}


export function buildGraph(shape: GraphShape, size: number): GraphRevision[] {
  return shape === "linear" ? linear(size) : branchy(size);
}

function linear(size: number): GraphRevision[] {
  return Array.from({ length: size }, (_, i) => ({
    index: i,
    revision: graphId(i),
    parents: i === 0 ? [] : [graphId(i - 1)],
    branchLabels: [],
    dependsOn: [],
  }));
}

/**
 * A main line from which a feature branch forks about every ten revisions (at most six
 * open at once), grows for two to seven revisions and merges back. Three labeled lines
 * (`plugin_a`, `plugin_b`, `plugin_c`) fork near the start and grow alongside without
 * ever merging, as plugin or per-database branches do: labels reach every descendant,
 * so labels on merged feature branches would pile up on every later revision, and the
 * output would stop growing linearly. One revision in a hundred also depends on an
 * older revision from anywhere in the graph. Feature branches still open at the end
 * stay open, as extra heads.
 */
function branchy(size: number): GraphRevision[] {
  const next = random(0x6d696721);
  const out: GraphRevision[] = [];
  const add = (parents: readonly string[], options: { label?: string; dependency?: boolean } = {}): string => {
    const index = out.length;
    const revision = graphId(index);
    const dependsOn: string[] = [];
    if (options.dependency && index > 20) {
      const target = out[Math.floor(next() * (index - 10))]!.revision;
      if (!parents.includes(target)) dependsOn.push(target);
    }
    out.push({ index, revision, parents, branchLabels: options.label ? [options.label] : [], dependsOn });
    return revision;
  };
  let main = add([]);
  const labeled: string[] = [];
  const features: { tip: string; remaining: number }[] = [];
  while (out.length < size) {
    const dependency = next() < 0.01;
    const roll = next();
    const ready = features.findIndex((b) => b.remaining <= 0);
    if (labeled.length < 3 && out.length >= 5 * (labeled.length + 1)) {
      labeled.push(add([main], { label: `plugin_${"abc"[labeled.length]}` }));
    } else if (ready >= 0) {
      const [branch] = features.splice(ready, 1);
      main = add([main, branch!.tip]);
    } else if (labeled.length > 0 && roll < 0.05) {
      const k = Math.floor(next() * labeled.length);
      labeled[k] = add([labeled[k]!], { dependency });
    } else if (roll < 0.15 && features.length < 6) {
      features.push({ tip: add([main]), remaining: 2 + Math.floor(next() * 6) });
    } else if (features.length > 0 && roll < 0.6) {
      const branch = features[Math.floor(next() * features.length)]!;
      branch.tip = add([branch.tip], { dependency });
      branch.remaining--;
    } else {
      main = add([main], { dependency });
    }
  }
  return out;
}

/** `mig.toml` and migrations/versions/<rev>_change_<n>.ts, one per revision. */
export function writeMigGraphProject(dir: string, revisions: readonly GraphRevision[]): void {
  const versions = path.join(dir, "migrations", "versions");
  fs.mkdirSync(versions, { recursive: true });
  fs.writeFileSync(path.join(dir, "mig.toml"), `[mig]\nscript_location = "migrations"\n`);
  for (const r of revisions) fs.writeFileSync(path.join(versions, `${r.revision}_change_${r.index}.ts`), migScript(r));
}

/** `alembic.ini` and migrations/versions/<rev>_change_<n>.py, one per revision. */
export function writeAlembicGraphProject(dir: string, revisions: readonly GraphRevision[]): void {
  const versions = path.join(dir, "migrations", "versions");
  fs.mkdirSync(versions, { recursive: true });
  fs.writeFileSync(path.join(dir, "alembic.ini"), "[alembic]\nscript_location = migrations\n");
  // Alembic looks for the template of new scripts here; the read commands do not use it.
  fs.writeFileSync(path.join(dir, "migrations", "script.py.mako"), "");
  for (const r of revisions) fs.writeFileSync(path.join(versions, `${r.revision}_change_${r.index}.py`), alembicScript(r));
}

const tsList = (ids: readonly string[]) =>
  ids.length === 0 ? "null" : `[${ids.map((id) => `"${id}"`).join(", ")}]`;
const tsDown = (ids: readonly string[]) => (ids.length === 1 ? `"${ids[0]}"` : tsList(ids));

function migScript(r: GraphRevision): string {
  return `/** change ${r.index}
 *
 * Revision ID: ${r.revision}
 * Revises: ${r.parents.join(", ") || "None"}
 * Create Date: 2026-01-01 00:00:00
 */
import { op } from "mig";

export const revision = "${r.revision}";
export const downRevision: string | string[] | null = ${tsDown(r.parents)};
export const branchLabels: string[] | null = ${tsList(r.branchLabels)};
export const dependsOn: string[] | null = ${tsList(r.dependsOn)};

export function upgrade() {
  op.execute("SELECT ${r.index}");
}

export function downgrade() {
  op.execute("SELECT ${r.index}");
}
`;
}

const pyTuple = (ids: readonly string[]) =>
  ids.length === 0 ? "None" : `(${ids.map((id) => `'${id}'`).join(", ")}${ids.length === 1 ? "," : ""})`;
const pyDown = (ids: readonly string[]) => (ids.length === 1 ? `'${ids[0]}'` : pyTuple(ids));

function alembicScript(r: GraphRevision): string {
  return `"""change ${r.index}

Revision ID: ${r.revision}
Revises: ${r.parents.join(", ")}
Create Date: 2026-01-01 00:00:00

"""
from alembic import op


revision = '${r.revision}'
down_revision = ${pyDown(r.parents)}
branch_labels = ${pyTuple(r.branchLabels)}
depends_on = ${pyTuple(r.dependsOn)}


def upgrade():
    op.execute("SELECT ${r.index}")


def downgrade():
    op.execute("SELECT ${r.index}")
`;
}

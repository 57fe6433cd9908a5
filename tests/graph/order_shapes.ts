/**
 * Histories on which Alembic's walk order is hard to follow cheaply: long lines that
 * fork near the base and never merge (plugin or per-database branches), with or
 * without dependencies across them, and the graph benchmark's branchy project
 * (scripts/bench/graph_projects.ts) in the order `mig` reads it (file names sorted).
 */
import type { RevisionHeader } from "../../core/script/revision_header.ts";
import { buildGraph } from "../../scripts/bench/graph_projects.ts";
import { revisionId } from "./history_shapes.ts";
import { random } from "./random_graphs.ts";

export interface ForkedShape {
  readonly size: number;
  /** Lines forking from the first few revisions. */
  readonly branches: number;
  /** Chance a revision also depends on an older revision of another line. */
  readonly dependencyRate: number;
  /** Feature branches: chance one forks from a line (merging back into it two to seven revisions later). */
  readonly featureRate?: number;
}

function header(revision: string, downRevisions: string[], dependsOn: string[]): RevisionHeader {
  return { revision, downRevisions, dependsOn, branchLabels: [], message: revision, doc: revision, path: `/versions/${revision}.ts` };
}

interface Feature {
  readonly line: number;
  tip: string;
  left: number;
}

/**
 * A short stem, then `branches` lines growing in random turns, optionally with feature
 * branches (at most six open) that fork from a line and merge back into it; ids sorted,
 * as files are.
 */
export function forkedHistory(shape: ForkedShape, seed = 1): RevisionHeader[] {
  const next = random(seed);
  const out: RevisionHeader[] = [];
  const lines: string[][] = [];
  const features: Feature[] = [];
  const add = (parents: string[], dependsOn: string[] = []): string => {
    const revision = revisionId(out.length, seed + 7);
    out.push(header(revision, parents, dependsOn));
    return revision;
  };
  for (let i = 0; i < shape.branches && out.length < shape.size; i++) add(i === 0 ? [] : [out[i - 1]!.revision]);
  for (let k = 0; k < shape.branches; k++) lines.push([out[Math.min(k, out.length - 1)]!.revision]);
  const tip = (k: number) => lines[k]![lines[k]!.length - 1]!;
  const crossDependency = (k: number): string[] => {
    if (shape.branches < 2 || next() >= shape.dependencyRate) return [];
    const other = lines[(k + 1 + Math.floor(next() * (shape.branches - 1))) % shape.branches]!;
    return [other[Math.floor(next() * other.length)]!];
  };
  while (out.length < shape.size) {
    const k = Math.floor(next() * shape.branches);
    const ready = features.findIndex((f) => f.left <= 0);
    if (ready >= 0) {
      const [f] = features.splice(ready, 1);
      lines[f!.line]!.push(add([tip(f!.line), f!.tip]));
    } else if (features.length < 6 && next() < (shape.featureRate ?? 0)) {
      features.push({ line: k, tip: add([tip(k)]), left: 2 + Math.floor(next() * 6) });
    } else if (features.length > 0 && next() < 0.4) {
      const f = features[Math.floor(next() * features.length)]!;
      f.tip = add([f.tip], crossDependency(f.line));
      f.left--;
    } else {
      lines[k]!.push(add([tip(k)], crossDependency(k)));
    }
  }
  return out.sort((a, b) => (a.revision < b.revision ? -1 : 1));
}

/** The graph benchmark's branchy project as `mig` reads it: headers in file-name order. */
export function projectHistory(size: number): RevisionHeader[] {
  return buildGraph("branchy", size)
    .map((r) => ({ ...header(r.revision, [...r.parents], [...r.dependsOn]), branchLabels: r.branchLabels }))
    .sort((a, b) => (a.revision < b.revision ? -1 : 1));
}

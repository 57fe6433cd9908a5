/**
 * Revision histories shaped like real projects, for benchmarks and large tests: a
 * main line with feature branches that fork from it, grow for a while and merge back,
 * a few left open (extra heads), occasional cross-branch dependencies and labels.
 */
import type { RevisionHeader } from "../../core/script/revision_header.ts";
import { random } from "./random_graphs.ts";

export interface HistoryShape {
  readonly size: number;
  /** Feature branches open at once, on average. */
  readonly parallel: number;
  /** Chance a new revision goes on a feature branch rather than the main line. */
  readonly branchRate: number;
  /** Chance a revision declares a dependency on an older one. */
  readonly dependencyRate?: number;
}

/** 12-hex-digit ids like Alembic's, unique per index. */
export function revisionId(i: number, seed = 0): string {
  const mixed = Math.imul(i ^ (seed * 0x9e3779b9), 0x85ebca6b) >>> 0;
  return (mixed.toString(16).padStart(8, "0") + i.toString(16).padStart(4, "0")).slice(-12);
}

function header(revision: string, downRevisions: string[], dependsOn: string[] = [], branchLabels: string[] = []): RevisionHeader {
  return { revision, downRevisions, dependsOn, branchLabels, message: `change ${revision.slice(0, 4)}`, doc: `change ${revision.slice(0, 4)}`, path: `/versions/${revision}.ts` };
}

/** Linear: each revision on top of the previous one. */
export function linearHistory(size: number, seed = 0): RevisionHeader[] {
  return Array.from({ length: size }, (_, i) => header(revisionId(i, seed), i === 0 ? [] : [revisionId(i - 1, seed)]));
}

export function branchyHistory(shape: HistoryShape, seed = 1): RevisionHeader[] {
  const next = random(seed);
  const out: RevisionHeader[] = [];
  const id = () => revisionId(out.length, seed);
  let main = id();
  out.push(header(main, []));
  const open: string[] = [];
  while (out.length < shape.size) {
    const deps = shape.dependencyRate && next() < shape.dependencyRate
      ? [out[Math.floor(next() * out.length)]!.revision] : [];
    if (open.length < shape.parallel && next() < 0.1) {
      const branch = id();
      // Labels are rare in real projects; every one reaches all later revisions once merged.
      out.push(header(branch, [main], [], next() < 0.002 ? [`feature${out.length}`] : []));
      open.push(branch);
    } else if (open.length > 0 && next() < shape.branchRate) {
      const k = Math.floor(next() * open.length);
      const tip = id();
      out.push(header(tip, [open[k]!], deps.filter((d) => d !== open[k])));
      open[k] = tip;
    } else if (open.length > 0 && next() < 0.05) {
      const [tip] = open.splice(Math.floor(next() * open.length), 1);
      const merge = id();
      out.push(header(merge, next() < 0.5 ? [main, tip!] : [tip!, main]));
      main = merge;
    } else {
      const rev = id();
      out.push(header(rev, [main], deps.filter((d) => d !== main)));
      main = rev;
    }
  }
  return out.sort((a, b) => (a.revision < b.revision ? -1 : 1));
}

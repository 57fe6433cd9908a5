/**
 * Plans on random graphs, from random version-table states to random targets: every
 * step runs only once what it needs is applied (upgrade) or nothing applied needs it
 * any more (downgrade), and after every step the version table's rows imply exactly
 * the applied revisions. Run on both engines.
 */
import { describe, expect, test } from "bun:test";
import type { RevisionMap } from "../../core/graph/mod.ts";
import { wasmEngine } from "../../core/graph/wasm_engine.ts";
import type { EngineFactory } from "../../core/graph/engine.ts";
import { referenceEngine } from "./reference.ts";
import { mapOf, rev } from "./fixtures.ts";
import { random, randomGraph } from "./random_graphs.ts";

/** Everything a set of rows implies: the rows and all their down revisions and dependencies. */
function implied(map: RevisionMap, rows: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...rows];
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const r = map.get(id)!;
    todo.push(...r.downRevisions, ...r.resolvedDependencies);
  }
  return seen;
}

function replay(rows: string[], changes: readonly { kind: string; rev?: string; from?: string; to?: string }[]): string[] {
  let next = [...rows];
  for (const c of changes) {
    if (c.kind === "insert") next.push(c.rev!);
    else if (c.kind === "delete") next = next.filter((r) => r !== c.rev);
    else next = next.map((r) => (r === c.from ? c.to! : r));
  }
  return next;
}

function checkPlan(map: RevisionMap, current: string[], kind: "upgrade" | "downgrade", target: string): boolean {
  let plan;
  try {
    plan = kind === "upgrade" ? map.planUpgrade(current, target) : map.planDowngrade(current, target);
  } catch (error) {
    expect((error as Error).name).toBe("RevisionError");
    return false;
  }
  const applied = implied(map, current);
  let rows = [...current];
  for (const step of plan.steps) {
    const r = step.revision!;
    if (step.upgrade) {
      for (const need of r.normalizedDownRevisions) expect(applied.has(need)).toBe(true);
      applied.add(r.revision);
    } else {
      for (const above of [...r.children, ...r.dependents]) expect(applied.has(above)).toBe(false);
      applied.delete(r.revision);
    }
    rows = replay(rows, step.changes);
    expect(new Set(rows).size).toBe(rows.length);
    expect([...implied(map, rows)].sort()).toEqual([...applied].sort());
  }
  expect([...rows].sort()).toEqual([...plan.headsAfter].sort());
  return true;
}

function scenario(seed: number, engine: EngineFactory): number {
  const next = random(seed);
  const graph = randomGraph({
    size: 2 + Math.floor(next() * 30), baseRate: 0.1, mergeRate: 0.25, dependencyRate: 0.15, reach: 5,
  }, seed);
  const id = (i: number) => `r${i.toString(16).padStart(4, "0")}x${seed}`;
  const headers = graph.parents.map((parents, i) =>
    rev(id(i), parents.map(id), {
      deps: graph.dependencies[i]!.map(id), labels: next() < 0.1 ? [`lbl${i}`] : [],
    }));
  const map = mapOf(headers, engine);
  const pick = () => id(Math.floor(next() * headers.length));
  const labels = map.revisions().flatMap((r) => (r.header.branchLabels.length > 0 ? r.header.branchLabels : []));
  const targets = [
    "heads", "base", "+1", "-1", "+2", "-2", pick(), pick(), `${pick()}+1`, `${pick()}-1`,
    ...labels.flatMap((l) => [`${l}@head`, `${l}@base`, `${l}@-1`, `${l}@+1`]),
  ];
  const states: string[][] = [[]];
  for (let k = 0; k < 3; k++) {
    try {
      states.push([...map.planUpgrade([], pick()).headsAfter]);
    } catch {
      // an unreachable pick is fine; other states remain
    }
  }
  states.push([...map.planUpgrade([], "heads").headsAfter]);
  let plans = 0;
  for (const current of states) {
    for (const target of targets) {
      if (checkPlan(map, current, "upgrade", target)) plans++;
      if (checkPlan(map, current, "downgrade", target)) plans++;
    }
  }
  const all = map.planUpgrade([], "heads");
  expect([...implied(map, all.headsAfter)].sort()).toEqual(map.revisions().map((r) => r.revision).sort());
  expect(map.planDowngrade([...all.headsAfter], "base").headsAfter).toEqual([]);
  return plans;
}

describe("plans keep the version table truthful", () => {
  test("on 400 random graphs (WebAssembly engine)", () => {
    let plans = 0;
    for (let seed = 1; seed <= 400; seed++) plans += scenario(seed, wasmEngine);
    expect(plans).toBeGreaterThan(10_000);
  }, 60_000);

  test("on 60 random graphs (reference engine)", () => {
    for (let seed = 1; seed <= 60; seed++) scenario(seed, referenceEngine);
  }, 60_000);
});

/**
 * mig's revision graph against Alembic itself (Debian's python3-alembic, run through
 * tests/graph/alembic_oracle.py) on random graphs: heads, labels, dependencies, history
 * ranges, identifier lists, upgrade/downgrade/stamp plans and their version-table rows.
 *
 * Deliberate differences, each checked for what mig does instead:
 * - Alembic crashes (AssertionError, KeyError, ...): mig answers or raises a RevisionError.
 * - Which parent row a merge updates (and which it deletes), or which row an unmerge
 *   inserts, follows Python set order in Alembic and declared order in mig: the rows
 *   after every step must be the same set.
 * - `history -r -N:` whose walk from some head reaches base: Alembic reports an
 *   unrelated range error; mig lists from base (or reports the overlap of the
 *   revisions the walks land on).
 * - Relative identifiers that walk off the graph: Alembic lists None, mig leaves them out.
 *
 * Skips only when Alembic is not installed and CI is unset (MIG_TEST_PYTHON picks the
 * interpreter; default /usr/bin/python3).
 */
import { describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { RevisionMap } from "../../core/graph/mod.ts";
import { mapOf, rev } from "./fixtures.ts";
import { random } from "./random_graphs.ts";

const PYTHON = process.env.MIG_TEST_PYTHON ?? "/usr/bin/python3";
const ORACLE = fileURLToPath(new URL("./alembic_oracle.py", import.meta.url));
const available = spawnSync(PYTHON, ["-c", "import alembic"]).status === 0;
const run = available || process.env.CI ? test : test.skip;

interface Spec {
  revisions: { rev: string; down: string[]; deps: string[]; labels: string[] }[];
  ops: Op[];
}
type Op =
  | { op: "upgrade" | "downgrade"; current: string[]; target: string }
  | { op: "stamp"; current: string[]; target: string[] }
  | { op: "history"; base?: string; head?: string }
  | { op: "get_revisions"; id: string }
  | { op: "current"; current: string[] };

function randomSpec(seed: number): Spec {
  const next = random(seed);
  const n = 2 + Math.floor(next() * 14);
  const ids = Array.from({ length: n }, (_, i) => `${(seed * 7919 + i * 104729).toString(16).padStart(6, "0")}${"abcdefghijklmnop"[i]}`);
  const revisions = ids.map((id, i) => {
    const down: string[] = [];
    if (i > 0 && next() > 0.15) {
      down.push(ids[Math.max(0, i - 1 - Math.floor(next() * 4))]!);
      const other = ids[Math.floor(next() * i)]!;
      if (next() < 0.25 && !down.includes(other)) down.push(other);
    }
    const deps: string[] = [];
    const dep = ids[Math.floor(next() * i)];
    if (i > 1 && next() < 0.15 && dep && !down.includes(dep)) deps.push(dep);
    return { rev: id, down, deps, labels: next() < 0.15 ? [`lb${i}`] : [] };
  });
  const pick = () => ids[Math.floor(next() * n)]!;
  const label = revisions.find((r) => r.labels.length > 0)?.labels[0];
  const targets = [
    "heads", "head", "base", "+1", "+2", "-1", pick(), pick(), `${pick()}+1`, `${pick()}-1`, "base+1",
    ...(label ? [`${label}@head`, `${label}@+1`, `${label}@-1`, `${label}@base`, label] : []),
  ];
  const map = tryMap(revisions);
  const states: string[][] = [[]];
  if (map) {
    for (const target of [pick(), pick(), "heads"]) {
      try {
        states.push([...map.planUpgrade([], target).headsAfter]);
      } catch {
        // not every pick is reachable as a target
      }
    }
  }
  const ops: Op[] = [{ op: "history" }];
  for (const current of states) {
    for (const target of targets) {
      ops.push({ op: "upgrade", current, target }, { op: "downgrade", current, target });
      if (next() < 0.3) ops.push({ op: "stamp", current, target: [target] });
    }
  }
  ops.push(
    { op: "history", base: pick(), head: "heads" }, { op: "history", base: "base", head: pick() },
    { op: "history", base: pick(), head: pick() }, { op: "history", base: "-1", head: "heads" },
    ...targets.map((id): Op => ({ op: "get_revisions", id })),
    { op: "current", current: states[states.length - 1]! },
  );
  return { revisions, ops };
}

function tryMap(revisions: Spec["revisions"]): RevisionMap | null {
  try {
    return mapOf(revisions.map((r) => rev(r.rev, r.down, { deps: r.deps, labels: r.labels })));
  } catch {
    return null;
  }
}

type Result = { error?: string; crash?: string; revs?: (string | null)[]; steps?: AlembicStep[]; heads?: string[] };
type AlembicStep = { from: string[]; to: string[]; changes: string[][] };

function mine(map: RevisionMap, op: Op): Result {
  try {
    switch (op.op) {
      case "history":
        return { revs: map.history({ range: op.base === undefined ? null : `${op.base}:${op.head}` }).map((r) => r.revision) };
      case "get_revisions":
        return { revs: map.resolveAll(op.id).map((r) => r.revision) };
      case "current":
        return { revs: map.current(op.current).map((r) => r.revision).sort() };
      default: {
        const plan = op.op === "stamp" ? map.planStamp(op.current, op.target)
          : op.op === "upgrade" ? map.planUpgrade(op.current, op.target)
          : map.planDowngrade(op.current, op.target);
        const steps = plan.steps.map((s): AlembicStep => ({
          from: [...s.from], to: [...s.to],
          changes: s.changes.map((c) => (c.kind === "update" ? ["update", c.from, c.to] : [c.kind, c.rev])),
        }));
        return { steps, heads: [...plan.headsAfter].sort() };
      }
    }
  } catch (error) {
    expect((error as Error).name).toBe("RevisionError");
    return { error: (error as Error).message };
  }
}

/** The version table's rows after each step, as sorted lists. */
function rowsPerStep(current: readonly string[], steps: readonly AlembicStep[]): string[][] {
  let rows = [...current];
  return steps.map((step) => {
    for (const [kind, a, b] of step.changes) {
      if (kind === "insert") rows.push(a!);
      else if (kind === "delete") rows = rows.filter((r) => r !== a);
      else rows = rows.map((r) => (r === a ? b! : r));
    }
    return [...rows].sort();
  });
}

function compare(op: Op, ours: Result, theirs: Result, counts: Record<string, number>): void {
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  if (theirs.crash) {
    count("alembic crashed");
    return;
  }
  const relativeHistory = op.op === "history" && /^-\d+$/.test(op.base ?? "");
  if (theirs.error !== undefined) {
    if (relativeHistory) return void count("history -N: answered differently");
    expect({ op, error: ours.error }).toEqual({ op, error: theirs.error });
    return void count("same error");
  }
  expect({ op, error: ours.error }).toEqual({ op, error: undefined });
  if (theirs.revs) {
    expect({ op, revs: ours.revs }).toEqual({ op, revs: theirs.revs.filter((r) => r !== null) });
    return void count("same revisions");
  }
  const label = (s: AlembicStep) => `${s.from.join(", ")} -> ${s.to.join(", ")}`;
  expect({ op, steps: ours.steps!.map(label) }).toEqual({ op, steps: theirs.steps!.map(label) });
  const current = "current" in op ? op.current : [];
  expect({ op, rows: rowsPerStep(current, ours.steps!) }).toEqual({ op, rows: rowsPerStep(current, theirs.steps!) });
  count("same plan");
}

describe("against Alembic", () => {
  run("250 random graphs agree with Alembic, up to the documented differences", () => {
    expect(available).toBe(true);
    const specs = Array.from({ length: 250 }, (_, i) => randomSpec(i + 1));
    const oracle = spawnSync(PYTHON, [ORACLE], {
      input: JSON.stringify(specs), maxBuffer: 1 << 30, env: { ...process.env, PYTHONHASHSEED: "0" },
    });
    expect(oracle.stderr.toString()).toBe("");
    const answers = JSON.parse(oracle.stdout.toString()) as Array<Record<string, unknown> & { results?: Result[] }>;
    const counts: Record<string, number> = {};
    specs.forEach((spec, i) => {
      const theirs = answers[i]!;
      const map = tryMap(spec.revisions);
      if (theirs.map_error !== undefined || map === null) {
        expect({ i, refused: map === null }).toEqual({ i, refused: theirs.map_error !== undefined });
        return;
      }
      expect(map.heads().map((r) => r.revision)).toEqual(theirs.heads as string[]);
      expect(map.realHeads().map((r) => r.revision)).toEqual(theirs.real_heads as string[]);
      expect(map.bases().map((r) => r.revision)).toEqual(theirs.bases as string[]);
      for (const r of map.revisions()) {
        expect([...r.branchLabels].sort()).toEqual((theirs.labels as Record<string, string[]>)[r.revision]!);
        expect([...r.normalizedDownRevisions].sort()).toEqual((theirs.normalized as Record<string, string[]>)[r.revision]!);
      }
      spec.ops.forEach((op, k) => compare(op, mine(map, op), theirs.results![k]!, counts));
    });
    // The comparison must have had something to compare.
    expect(counts["same plan"] ?? 0).toBeGreaterThan(5000);
    expect(counts["same revisions"] ?? 0).toBeGreaterThan(1000);
  }, 60_000);
});

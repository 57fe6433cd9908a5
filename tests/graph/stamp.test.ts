import { describe, expect, test } from "bun:test";
import { changes, errorOf, logs, mapOf, rev } from "./fixtures.ts";

const sorted = (list: readonly string[]) => [...list].sort();

describe("stamp", () => {
  // a -> b -> c1 (c1branch) -> d1 ; b -> c2 (c2branch) -> d2 ; e merges d1, d2 ; f on e
  const map = mapOf([
    rev("a", []), rev("b", ["a"]), rev("c1", ["b"], { labels: ["c1branch"] }), rev("d1", ["c1"]),
    rev("c2", ["b"], { labels: ["c2branch"] }), rev("d2", ["c2"]), rev("e", ["d1", "d2"]), rev("f", ["e"]),
  ]);

  test("to base deletes every row", () => {
    const plan = map.planStamp(["d1"], ["base"]);
    expect(logs(plan)).toEqual(["stamp_revision d1 -> "]);
    expect(changes(plan)).toEqual([["-d1"]]);
    expect(plan.headsAfter).toEqual([]);
    expect(changes(map.planStamp(["d1", "c2"], []))).toEqual([["-d1"], ["-c2"]]);
  });

  test("down across two branches to their branch point is one step", () => {
    const plan = map.planStamp(["d1", "c2"], ["b"]);
    expect(logs(plan)).toEqual(["stamp_revision d1, c2 -> b"]);
    expect(changes(plan)).toEqual([["-d1", "c2>b"]]);
    expect(plan.headsAfter).toEqual(["b"]);
  });

  test("to one branch's base or head leaves the other branch alone", () => {
    expect(changes(map.planStamp(["d1", "c2"], ["c1branch@base"]))).toEqual([["-d1"]]);
    expect(changes(map.planStamp(["c1", "c2"], ["c2branch@head"]))).toEqual([["-c1", "c2>f"]]);
  });

  test("across a merge point, up and down", () => {
    expect(changes(map.planStamp(["e"], ["c2"]))).toEqual([["e>c2"]]);
    expect(changes(map.planStamp(["e"], ["a"]))).toEqual([["e>a"]]);
    expect(changes(map.planStamp(["c2"], ["e"]))).toEqual([["c2>e"]]);
    expect(changes(map.planStamp(["d1", "c2"], ["e"]))).toEqual([["-d1", "c2>e"]]);
    expect(changes(map.planStamp(["b"], ["e"]))).toEqual([["b>e"]]);
  });

  test("a revision already in the table is left as it is", () => {
    expect(map.planStamp(["f"], ["f"]).steps).toEqual([]);
  });

  test("the log line has no message; from base there are two spaces", () => {
    const plan = map.planStamp([], ["f"]);
    expect(plan.steps[0]!.shortLog).toBe("stamp_revision  -> f");
    expect(plan.steps[0]!.logLine).toBe("stamp_revision  -> f");
    expect(plan.steps[0]!.revision).toBeNull();
    expect(changes(plan)).toEqual([["+f"]]);
  });

  test("head with several heads is refused with stamp's own wording", () => {
    const forked = mapOf([rev("a", []), rev("b1", ["a"]), rev("b2", ["a"])]);
    expect(errorOf(() => forked.planStamp([], ["head"])))
      .toBe("Multiple heads are present; please specify a single target revision");
    expect(errorOf(() => forked.planStamp([], ["nope"]))).toBe("Can't locate revision identified by 'nope'");
  });
});

describe("stamp in a forest and across dependencies", () => {
  test("heads stamps every root's head, each as a new row", () => {
    const map = mapOf([rev("a1", []), rev("b1", ["a1"]), rev("a2", []), rev("b2", ["a2"])]);
    const plan = map.planStamp([], ["heads"]);
    expect(changes(plan)).toEqual([["+b1"], ["+b2"]]);
    expect(map.planStamp(["b1", "b2"], ["heads"]).steps).toEqual([]);
    expect(changes(map.planStamp([], ["b1", "b2"]))).toEqual([["+b1"], ["+b2"]]);
  });

  test("down past a dependency to a single revision", () => {
    const map = mapOf([
      rev("a1", [], { labels: ["lib1"] }), rev("b1", ["a1"]), rev("c1", ["b1"]),
      rev("a2", []), rev("b2", ["a2"]), rev("c2", ["b2"], { deps: ["c1"] }),
      rev("d1", ["c1"]), rev("e1", ["d1"]),
    ]);
    expect(sorted(map.planStamp(["e1", "c2"], ["b1"]).headsAfter)).toEqual(["b1"]);
  });
});

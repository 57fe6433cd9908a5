import { describe, expect, test } from "bun:test";
import { changes, errorOf, logs, mapOf, rev } from "./fixtures.ts";

const steps = (plan: { steps: readonly { revision: { revision: string } | null }[] }) =>
  plan.steps.map((s) => s.revision!.revision);
const sorted = (list: readonly string[]) => [...list].sort();

describe("a linear history a -> b -> c -> d -> e", () => {
  const map = mapOf([rev("a", []), rev("b", ["a"]), rev("c", ["b"]), rev("d", ["c"]), rev("e", ["d"])]);

  test("upgrade to a revision, from the middle and from base", () => {
    const plan = map.planUpgrade(["c"], "e");
    expect(logs(plan)).toEqual(["upgrade c -> d", "upgrade d -> e"]);
    expect(changes(plan)).toEqual([["c>d"], ["d>e"]]);
    expect(plan.headsAfter).toEqual(["e"]);
    const fromBase = map.planUpgrade([], "c");
    expect(logs(fromBase)).toEqual(["upgrade  -> a", "upgrade a -> b", "upgrade b -> c"]);
    expect(changes(fromBase)[0]).toEqual(["+a"]);
  });

  test("relative upgrades", () => {
    expect(steps(map.planUpgrade(["a"], "+2"))).toEqual(["b", "c"]);
    expect(steps(map.planUpgrade(["a"], "+1"))).toEqual(["b"]);
    expect(steps(map.planUpgrade(["b"], "+3"))).toEqual(["c", "d", "e"]);
    expect(steps(map.planUpgrade(["a"], "b+2"))).toEqual(["b", "c", "d"]);
    expect(steps(map.planUpgrade(["a"], "d-2"))).toEqual(["b"]);
    expect(steps(map.planUpgrade([], "base+1"))).toEqual(["a"]);
    expect(steps(map.planUpgrade([], "+1"))).toEqual(["a"]);
  });

  test("relative upgrades that cannot be taken", () => {
    expect(errorOf(() => map.planUpgrade(["b"], "-2"))).toBe("Relative revision -2 didn't produce 2 migrations");
    expect(errorOf(() => map.planUpgrade(["b"], "+5"))).toBe("Relative revision +5 didn't produce 5 migrations");
    // Alembic fails with an AssertionError on these.
    expect(errorOf(() => map.planUpgrade(["e"], "head+1"))).toBe("Relative revision +1 didn't produce 1 migrations");
    expect(errorOf(() => map.planUpgrade([], "e-5"))).toBe("Relative revision -5 didn't produce 5 migrations");
  });

  test("upgrading to something already applied does nothing", () => {
    expect(map.planUpgrade(["e"], "c").steps).toEqual([]);
    expect(map.planUpgrade(["c"], "c").headsAfter).toEqual(["c"]);
  });

  test("downgrades, absolute and to base", () => {
    expect(logs(map.planDowngrade(["e"], "c"))).toEqual(["downgrade e -> d", "downgrade d -> c"]);
    const toBase = map.planDowngrade(["c"], "base");
    expect(logs(toBase)).toEqual(["downgrade c -> b", "downgrade b -> a", "downgrade a -> "]);
    expect(changes(toBase)).toEqual([["c>b"], ["b>a"], ["-a"]]);
    expect(toBase.headsAfter).toEqual([]);
    expect(map.planDowngrade([], "base").steps).toEqual([]);
    expect(map.planDowngrade(["a"], "a").steps).toEqual([]);
    expect(map.planDowngrade(["e"], "e").steps).toEqual([]);
  });

  test("relative downgrades", () => {
    expect(steps(map.planDowngrade(["c"], "-1"))).toEqual(["c"]);
    expect(steps(map.planDowngrade(["e"], "-3"))).toEqual(["e", "d", "c"]);
    expect(steps(map.planDowngrade(["d"], "a+2"))).toEqual(["d"]);
    expect(steps(map.planDowngrade(["d"], "c-2"))).toEqual(["d", "c", "b"]);
    expect(steps(map.planDowngrade(["c"], "-3"))).toEqual(["c", "b", "a"]);
  });

  test("downgrades that cannot be taken", () => {
    expect(errorOf(() => map.planDowngrade(["b"], "-5"))).toBe("Relative revision -5 didn't produce 5 migrations");
    expect(errorOf(() => map.planDowngrade(["b"], "+2"))).toBe("Relative revision +2 didn't produce 2 migrations");
    expect(errorOf(() => map.planDowngrade([], "-1"))).toBe("Relative revision -1 didn't produce 1 migrations");
    expect(errorOf(() => map.planDowngrade(["e"], "a+9"))).toBe("Walked too far");
    expect(errorOf(() => map.planDowngrade(["b"], "c"))).toBe("Destination c is not a valid downgrade target from current head(s)");
    expect(errorOf(() => map.planDowngrade([], "b"))).toBe("Destination b is not a valid downgrade target from current head(s)");
  });

  test("a version table naming an unknown revision", () => {
    expect(errorOf(() => map.planUpgrade(["zzzz"], "heads"))).toBe("Can't locate revision identified by 'zzzz'");
  });
});

describe("two labeled branches from b", () => {
  // a -> b -> c1 (c1branch) -> d1 ;  b -> c2 (c2branch) -> d2
  const map = mapOf([
    rev("a", []), rev("b", ["a"]), rev("c1", ["b"], { labels: ["c1branch"] }), rev("d1", ["c1"]),
    rev("c2", ["b"], { labels: ["c2branch"] }), rev("d2", ["c2"]),
  ]);

  test("upgrade one branch, or both", () => {
    expect(steps(map.planUpgrade(["b"], "d1"))).toEqual(["c1", "d1"]);
    const both = map.planUpgrade(["a"], "heads");
    expect(steps(both)).toEqual(["b", "c2", "d2", "c1", "d1"]);
    expect(changes(both)).toEqual([["a>b"], ["b>c2"], ["c2>d2"], ["+c1"], ["c1>d1"]]);
    expect(sorted(both.headsAfter)).toEqual(["d1", "d2"]);
  });

  test("head is ambiguous; label@head is not", () => {
    const message = errorOf(() => map.planUpgrade(["a"], "head"));
    expect(message).toStartWith("Multiple head revisions are present for given argument 'head'");
    expect(steps(map.planUpgrade(["b"], "c2branch@head"))).toEqual(["c2", "d2"]);
    expect(steps(map.planUpgrade(["b"], "c2branch@head-1"))).toEqual(["c2"]);
  });

  test("downgrade both branches, or one by label", () => {
    expect(steps(map.planDowngrade(["d1", "d2"], "a"))).toEqual(["d1", "c1", "d2", "c2", "b"]);
    expect(steps(map.planDowngrade(["d2", "d1"], "base+2"))).toEqual(["d1", "c1", "d2", "c2"]);
    const one = map.planDowngrade(["d2", "d1"], "c2branch@base+2");
    expect(steps(one)).toEqual(["d2", "c2"]);
    expect(changes(one)).toEqual([["d2>c2"], ["-c2"]]);
    expect(one.headsAfter).toEqual(["d1"]);
    expect(sorted(map.planDowngrade(["d2", "d1"], "c2branch@base+3").headsAfter)).toEqual(["c2", "d1"]);
  });

  test("downgrade -1 with several heads walks the first and warns", () => {
    const plan = map.planDowngrade(["d2", "d1"], "-1");
    expect(steps(plan)).toEqual(["d2"]);
    expect(sorted(plan.headsAfter)).toEqual(["c2", "d1"]);
    expect(plan.warnings).toEqual([
      "downgrade -1 from multiple heads is ambiguous; this usage will be disallowed in a future release.",
    ]);
    expect(steps(map.planDowngrade(["c1", "d2"], "-1"))).toEqual(["c1"]);
    expect(map.planDowngrade(["c1", "d2"], "-1").headsAfter).toEqual(["d2"]);
  });

  test("downgrades limited to one branch", () => {
    expect(steps(map.planDowngrade(["d1", "d2"], "c1branch@-1"))).toEqual(["d1"]);
    expect(steps(map.planDowngrade(["d2", "c1"], "d2-1"))).toEqual(["d2"]);
    expect(steps(map.planDowngrade(["c1", "d2"], "c1branch@b"))).toEqual(["c1"]);
    expect(steps(map.planDowngrade(["c1", "d2"], "c2branch@b"))).toEqual(["d2", "c2"]);
    expect(steps(map.planDowngrade(["d1", "d2"], "c2@b"))).toEqual(["d2", "c2"]);
    expect(steps(map.planDowngrade(["d1", "d2"], "d1@b"))).toEqual(["d1", "c1"]);
    expect(steps(map.planDowngrade(["d1", "d2"], "c1branch@head-1"))).toEqual(["d1"]);
  });

  test("a branch not applied at all has no -1 (Alembic fails with an AssertionError)", () => {
    expect(errorOf(() => map.planDowngrade([], "c1branch@-1")))
      .toBe("Destination c1branch@-1 is not a valid downgrade target from current head(s)");
  });

  test("relative upgrades along a branch", () => {
    const into = map.planUpgrade(["c1"], "c2branch@+1");
    expect(steps(into)).toEqual(["c2"]);
    expect(changes(into)).toEqual([["+c2"]]);
    expect(steps(map.planUpgrade(["c1", "c2"], "c2branch@+1"))).toEqual(["d2"]);
    expect(errorOf(() => map.planUpgrade(["c1", "c2"], "+1"))).toBe("Ambiguous upgrade from multiple current revisions");
  });

  test("downgrading to a current head does nothing", () => {
    expect(map.planDowngrade(["d1", "c2"], "c2").steps).toEqual([]);
    expect(map.planDowngrade(["d1", "c2"], "d1").steps).toEqual([]);
  });
});

describe("across a merge point", () => {
  // a -> b -> c1 -> d1 ; b -> c2 (c2branch) -> d2 ; e merges d1, d2 ; f on e
  const map = mapOf([
    rev("a", []), rev("b", ["a"]), rev("c1", ["b"]), rev("d1", ["c1"]),
    rev("c2", ["b"], { labels: ["c2branch"] }), rev("d2", ["c2"]), rev("e", ["d1", "d2"]), rev("f", ["e"]),
  ]);

  test("upgrade through the merge: a new branch row, then DELETE + UPDATE at the merge", () => {
    const plan = map.planUpgrade(["b"], "f");
    expect(logs(plan)).toEqual([
      "upgrade b -> c2", "upgrade c2 -> d2", "upgrade b -> c1", "upgrade c1 -> d1", "upgrade d1, d2 -> e", "upgrade e -> f",
    ]);
    expect(changes(plan)).toEqual([["b>c2"], ["c2>d2"], ["+c1"], ["c1>d1"], ["-d1", "d2>e"], ["e>f"]]);
  });

  test("downgrade through the merge: INSERT + UPDATE at the unmerge, DELETE where a branch ends", () => {
    const plan = map.planDowngrade(["f"], "b");
    expect(logs(plan)).toEqual([
      "downgrade f -> e", "downgrade e -> d1, d2", "downgrade d1 -> c1", "downgrade c1 -> b", "downgrade d2 -> c2", "downgrade c2 -> b",
    ]);
    expect(changes(plan)).toEqual([["f>e"], ["+d1", "e>d2"], ["d1>c1"], ["-c1"], ["d2>c2"], ["c2>b"]]);
    expect(plan.headsAfter).toEqual(["b"]);
  });

  test("log lines carry the message; from base there are two spaces", () => {
    const plan = map.planUpgrade([], "a");
    expect(plan.steps[0]!.shortLog).toBe("upgrade  -> a");
    expect(plan.steps[0]!.logLine).toBe("upgrade  -> a, a message");
    expect(map.planDowngrade(["a"], "base").steps[0]!.logLine).toBe("downgrade a -> , a message");
  });
});

describe("merge points feeding a branch that keeps going", () => {
  // a1->b1->c1 ; a2->b2->c2 ; d1 merges c1, c2 ; d2 continues from c2
  const map = mapOf([
    rev("a1", []), rev("b1", ["a1"]), rev("c1", ["b1"]),
    rev("a2", []), rev("b2", ["a2"]), rev("c2", ["b2"]),
    rev("d1", ["c1", "c2"]), rev("d2", ["c2"]),
  ]);

  test("upgrade to the merge from one side", () => {
    const plan = map.planUpgrade(["d2", "b1"], "d1");
    expect(steps(plan)).toEqual(["c1", "d1"]);
    expect(sorted(plan.headsAfter)).toEqual(["d1", "d2"]);
  });

  test("downgrade below the merge on one side", () => {
    const plan = map.planDowngrade(["d2", "d1"], "b1");
    expect(steps(plan)).toEqual(["d1", "c1"]);
    expect(sorted(plan.headsAfter)).toEqual(["b1", "d2"]);
  });
});

describe("dependencies", () => {
  test("a dependency on the down revision itself", () => {
    const map = mapOf([rev("a1", []), rev("a2", ["a1"], { deps: ["a1"] })]);
    expect(steps(map.planUpgrade([], "a2"))).toEqual(["a1", "a2"]);
    expect(map.planDowngrade(["a2"], "a1").headsAfter).toEqual(["a1"]);
  });

  test("downgrading a head that another head depends on through a dependency deletes its row", () => {
    const map = mapOf([
      rev("a1", [], { labels: ["lib1"] }), rev("b1", ["a1"]), rev("c1", ["b1"]),
      rev("a2", []), rev("b2", ["a2"]), rev("c2", ["b2"], { deps: ["c1"] }), rev("d1", ["c1"]),
    ]);
    const plan = map.planDowngrade(["c2", "d1"], "c1");
    expect(steps(plan)).toEqual(["d1"]);
    expect(changes(plan)).toEqual([["-d1"]]);
    expect(plan.headsAfter).toEqual(["c2"]);
  });

  test("criss-crossing dependencies: remove half of a merge-like pair", () => {
    // a1 -> a2 -> a3 (depends b1) ; b1 -> b2 (depends a2) -> b3
    const map = mapOf([
      rev("a1", []), rev("a2", ["a1"]), rev("b1", []), rev("b2", ["b1"], { deps: ["a2"] }), rev("b3", ["b2"]),
      rev("a3", ["a2"], { deps: ["b1"] }),
    ]);
    const plan = map.planDowngrade(["a3", "b2"], "b1");
    expect(steps(plan)).toEqual(["b2"]);
    expect(plan.headsAfter).toEqual(["a3"]);
  });

  test("normalized dependencies: an inherited dependency does not keep a row", () => {
    const map = mapOf([
      rev("a1", []), rev("a2", ["a1"]), rev("a3", ["a2"]),
      rev("b1", []), rev("b2", ["b1"], { deps: ["a3"] }), rev("b3", ["b2"]), rev("b4", ["b3"], { deps: ["a3"] }),
    ]);
    expect(map.planDowngrade(["b4"], "b3").headsAfter).toEqual(["b3"]);
  });

  test("a merge of a revision and its own dependent", () => {
    // a1 ; b1 (base, depends a1) ; bmerge merges a1 and b1
    const map = mapOf([rev("a1", []), rev("b1", [], { deps: ["a1"] }), rev("bmerge", ["a1", "b1"])]);
    expect(map.planUpgrade(["a1"], "b1").headsAfter).toEqual(["b1"]);
    expect(map.planUpgrade(["b1"], "bmerge").headsAfter).toEqual(["bmerge"]);
    expect(map.planDowngrade(["bmerge"], "a1").headsAfter).toEqual(["b1"]);
    expect(map.planDowngrade(["bmerge"], "b1").headsAfter).toEqual(["b1"]);
  });

  test("upgrading pulls in a labelled dependency on another branch first", () => {
    const map = mapOf([
      rev("a1", [], { labels: ["lib1"] }), rev("b1", ["a1"]), rev("c1", ["b1"], { labels: ["c1lib"] }),
      rev("a2", []), rev("b2", ["a2"]), rev("c2", ["b2"], { deps: ["c1lib"] }), rev("d1", ["c1"]),
    ]);
    const plan = map.planUpgrade(["a2"], "c2");
    expect(steps(plan)).toEqual(["a1", "b1", "c1", "b2", "c2"]);
    expect(plan.headsAfter).toEqual(["c2"]);
  });
});

describe("a forest", () => {
  const map = mapOf([rev("a1", []), rev("b1", ["a1"]), rev("a2", []), rev("b2", ["a2"])]);

  test("upgrade every root to its head", () => {
    const plan = map.planUpgrade([], "heads");
    expect(steps(plan)).toEqual(["a2", "b2", "a1", "b1"]);
    expect(changes(plan)).toEqual([["+a2"], ["a2>b2"], ["+a1"], ["a1>b1"]]);
  });

  test("downgrade everything to base", () => {
    const plan = map.planDowngrade(["b1", "b2"], "base");
    expect(steps(plan)).toEqual(["b1", "a1", "b2", "a2"]);
    expect(plan.headsAfter).toEqual([]);
  });
});

describe("three branches merged twice", () => {
  // a ; b1, b2, b3 from a ; c1 and c2 both merge b1, b2, b3 ; d1 on c1 ; d2 on c2
  const map = mapOf([
    rev("a", []), rev("b1", ["a"]), rev("b2", ["a"]), rev("b3", ["a"]),
    rev("c1", ["b1", "b2", "b3"]), rev("c2", ["b1", "b2", "b3"]), rev("d1", ["c1"]), rev("d2", ["c2"]),
  ]);

  test("the second merge starts a new row; the first merge folds three rows into one", () => {
    const plan = map.planUpgrade(["a"], "heads");
    expect(steps(plan)).toEqual(["b3", "b2", "b1", "c2", "d2", "c1", "d1"]);
    expect(changes(plan)).toEqual([
      ["a>b3"], ["+b2"], ["+b1"], ["-b1", "-b2", "b3>c2"], ["c2>d2"], ["+c1"], ["c1>d1"],
    ]);
    expect(sorted(plan.headsAfter)).toEqual(["d1", "d2"]);
  });
});

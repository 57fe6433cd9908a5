import { describe, expect, test } from "bun:test";
import { errorOf, ids, mapOf, rev } from "./fixtures.ts";

describe("heads, bases and classifications", () => {
  // y1 <- y2 (depends on x1); x1 <- x2; x1 is a head nothing else builds on except via y2's dependency
  const map = mapOf([
    rev("y1", [], { labels: ["ybranch"] }),
    rev("x1", [], { labels: ["xbranch"] }),
    rev("y2", ["y1"], { deps: ["x1"] }),
    rev("w1", []),
    rev("w2", ["w1"]),
    rev("w3", ["w1"]),
    rev("wm", ["w2", "w3"]),
  ]);

  test("heads are revisions no down revision names, in map order", () => {
    expect(ids(map.heads())).toEqual(["x1", "y2", "wm"]);
  });

  test("real heads also leave out what others depend on", () => {
    expect(ids(map.realHeads())).toEqual(["y2", "wm"]);
    expect(map.get("x1")!.isEffectiveHead).toBe(true);
    expect(map.get("y2")!.isRealHead).toBe(true);
  });

  test("bases, branch points and merge points", () => {
    expect(ids(map.bases())).toEqual(["y1", "x1", "w1"]);
    expect(ids(map.branchPoints())).toEqual(["w1"]);
    expect(map.get("wm")!.isMergePoint).toBe(true);
    expect(map.get("w1")!.children).toEqual(["w2", "w3"]);
    expect(map.get("x1")!.dependents).toEqual(["y2"]);
  });

  test("an empty map has no heads and resolves base to nothing", () => {
    const empty = mapOf([]);
    expect(empty.heads()).toEqual([]);
    expect(empty.resolve("heads")).toBeNull();
    expect(empty.history()).toEqual([]);
  });
});

describe("warnings", () => {
  test("a duplicate id warns and the later header wins, keeping the first position", () => {
    const map = mapOf([rev("aaaa", []), rev("bbbb", ["aaaa"]), rev("aaaa", [], { message: "second" })]);
    expect(map.warnings).toEqual(["Revision aaaa is present more than once"]);
    expect(ids(map.revisions())).toEqual(["aaaa", "bbbb"]);
    expect(map.get("aaaa")!.message).toBe("second");
  });

  test("a reference to a missing revision warns; the rest of the graph still works", () => {
    const map = mapOf([rev("aaaa", []), rev("bbbb", ["aaaa", "gone"]), rev("cccc", ["bbbb"], { deps: ["nowhere"] })]);
    expect(map.warnings).toEqual([
      "Revision gone referenced from bbbb is not present",
      "Revision nowhere referenced from cccc is not present",
    ]);
    expect(ids(map.history())).toEqual(["cccc", "bbbb", "aaaa"]);
  });
});

describe("graph errors", () => {
  test("cycles list the revisions outside every head-to-base line, sorted", () => {
    expect(errorOf(() => mapOf([rev("a", ["c"]), rev("b", ["a"]), rev("c", ["b"]), rev("d", []), rev("e", ["d"])])))
      .toBe("Cycle is detected in revisions (a, b, c)");
    expect(errorOf(() => mapOf([rev("a", ["c"]), rev("b", ["a"]), rev("c", ["b"]), rev("d", ["c"]), rev("e", ["d"])])))
      .toBe("Cycle is detected in revisions (a, b, c, d, e)");
  });

  test("with no head at all every revision is listed, in map order", () => {
    expect(errorOf(() => mapOf([rev("b", ["a"]), rev("a", []), rev("c", ["b", "e"]), rev("d", ["c"]), rev("e", ["d"])])))
      .toBe("Cycle is detected in revisions (b, a, c, d, e)");
  });

  test("a cycle reachable from both a head and a base is still found", () => {
    expect(errorOf(() => mapOf([rev("x", []), rev("a", ["x", "c"]), rev("b", ["a"]), rev("c", ["b"]), rev("d", ["c"])])))
      .toBe("Cycle is detected in revisions (a, b, c)");
  });

  test("dependency cycles and self-loops", () => {
    expect(errorOf(() => mapOf([rev("a", [], { deps: ["c"] }), rev("b", ["a"]), rev("c", ["b"])])))
      .toBe("Dependency cycle is detected in revisions (a, b, c)");
    expect(errorOf(() => mapOf([rev("a", []), rev("b", ["a", "b"])]))).toBe("Self-loop is detected in revisions (b)");
    expect(errorOf(() => mapOf([rev("a", [], { deps: ["a"] })]))).toBe("Dependency self-loop is detected in revisions (a)");
    expect(errorOf(() => mapOf([rev("a", [], { labels: ["lab"] }), rev("b", ["a"], { deps: ["b"] })])))
      .toBe("Dependency self-loop is detected in revisions (b)");
  });

  test("a branch label used twice, or shadowing a revision id", () => {
    expect(errorOf(() => mapOf([rev("c", [], { labels: ["xy1"] }), rev("e", [], { labels: ["xy1"] })])))
      .toBe("Branch name 'xy1' in revision e already used by revision c");
    expect(errorOf(() => mapOf([rev("abcd", []), rev("efgh", ["abcd"], { labels: ["abcd"] })])))
      .toBe("Branch name 'abcd' in revision efgh already used by revision abcd");
  });

  test("forbidden characters in ids", () => {
    expect(errorOf(() => mapOf([rev("a-b", [])]))).toBe("Character(s) '-' not allowed in revision identifier 'a-b'");
    expect(errorOf(() => mapOf([rev("a+b-c@d:e", [])])))
      .toBe("Character(s) '+, -, :, @' not allowed in revision identifier 'a+b-c@d:e'");
  });
});

describe("branch labels", () => {
  test("a label on a plain line applies to the whole line", () => {
    const map = mapOf([rev("a", []), rev("b", ["a"], { labels: ["lbl"] }), rev("c", ["b"])]);
    expect(map.revisions().map((r) => r.branchLabels)).toEqual([["lbl"], ["lbl"], ["lbl"]]);
  });

  test("a label on a branch reaches down to its branch point, not past it", () => {
    const map = mapOf([
      rev("base", []), rev("m1", ["base"]), rev("f1", ["base"]), rev("f2", ["f1"], { labels: ["feature"] }),
    ]);
    expect(map.get("f1")!.branchLabels).toEqual(["feature"]);
    expect(map.get("base")!.branchLabels).toEqual([]);
    expect(map.get("m1")!.branchLabels).toEqual([]);
  });

  test("a label above a fork does not reach down; it does reach everything above, across merges", () => {
    const map = mapOf([
      rev("a", []), rev("b", ["a"], { labels: ["top"] }), rev("c1", ["b"]), rev("c2", ["b"]),
      rev("z", []), rev("m", ["c1", "z"]),
    ]);
    expect(ids(map.revisions().filter((r) => r.branchLabels.includes("top")))).toEqual(["b", "c1", "c2", "m"]);
  });

  test("labels come in declaration order; label@head finds the branch's head from any member", () => {
    const map = mapOf([
      rev("a", [], { labels: ["zeta"] }), rev("b", ["a"]), rev("c", ["b"], { labels: ["alpha"] }), rev("d", ["c"]),
    ]);
    expect(map.get("d")!.branchLabels).toEqual(["zeta", "alpha"]);
    expect(map.resolve("zeta@head")!.revision).toBe("d");
  });
});

describe("dependencies", () => {
  const map = mapOf([
    rev("a1", []), rev("a2", ["a1"]), rev("a3", ["a2"]),
    rev("b1", []), rev("b2", ["b1"], { deps: ["a3"] }), rev("b3", ["b2"]),
    rev("b4", ["b3"], { deps: ["a3"] }), rev("b5", ["b4"], { deps: ["b4"] }),
  ]);

  test("a dependency an ancestor already declares is not the revision's own", () => {
    expect(map.get("b4")!.resolvedDependencies).toEqual(["a3"]);
    expect(map.get("b4")!.normalizedDownRevisions).toEqual(["b3"]);
    expect(map.get("b2")!.normalizedDownRevisions).toEqual(["b1", "a3"]);
  });

  test("a dependency repeating a down revision adds nothing", () => {
    expect(map.get("b5")!.resolvedDependencies).toEqual([]);
    expect(map.get("b5")!.normalizedDownRevisions).toEqual(["b4"]);
  });

  test("dependencies may name a branch label or a unique partial id", () => {
    const labelled = mapOf([
      rev("aaaa1111", [], { labels: ["lib"] }), rev("bbbb2222", ["aaaa1111"]),
      rev("cccc3333", [], { deps: ["lib"] }), rev("dddd4444", [], { deps: ["bbbb"] }),
    ]);
    expect(labelled.get("cccc3333")!.resolvedDependencies).toEqual(["aaaa1111"]);
    expect(labelled.get("dddd4444")!.resolvedDependencies).toEqual(["bbbb2222"]);
    expect(labelled.warnings).toEqual([]);
  });
});

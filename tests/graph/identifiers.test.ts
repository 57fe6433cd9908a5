import { describe, expect, test } from "bun:test";
import { errorOf, ids, mapOf, rev } from "./fixtures.ts";

/**
 *   abranch: a -> b -> somelongername -> c
 *   ebranch: d -> e -> someothername -> f      (label on e)
 */
const labeled = mapOf([
  rev("a", [], { labels: ["abranch"] }),
  rev("b", ["a"]),
  rev("somelongername", ["b"]),
  rev("c", ["somelongername"]),
  rev("d", []),
  rev("e", ["d"], { labels: ["ebranch"] }),
  rev("someothername", ["e"]),
  rev("f", ["someothername"]),
]);

const MULTIPLE = (arg: string) =>
  `Multiple head revisions are present for given argument '${arg}'; please specify a specific target ` +
  `revision, '<branchname>@${arg}' to narrow to a specific head, or 'heads' for all heads`;

describe("plain identifiers", () => {
  test("full ids, including ids shorter than four characters", () => {
    expect(labeled.resolve("e")!.revision).toBe("e");
    expect(labeled.resolve("somelongername")!.revision).toBe("somelongername");
  });

  test("a unique prefix of four or more characters", () => {
    expect(labeled.resolve("someo")!.revision).toBe("someothername");
    expect(labeled.resolve("somel")!.revision).toBe("somelongername");
  });

  test("an ambiguous or unknown prefix cannot be located", () => {
    expect(errorOf(() => labeled.resolve("some"))).toBe("Can't locate revision identified by 'some'");
    expect(errorOf(() => labeled.resolve("qprstuv"))).toBe("Can't locate revision identified by 'qprstuv'");
  });

  test("prefixes shorter than four characters never match (DESIGN §4)", () => {
    expect(errorOf(() => labeled.resolve("som"))).toBe("Can't locate revision identified by 'som'");
  });

  test("head, heads and base", () => {
    expect(errorOf(() => labeled.resolve("head"))).toBe(MULTIPLE("head"));
    expect(errorOf(() => labeled.resolve("heads"))).toBe(MULTIPLE("heads"));
    expect(ids(labeled.resolveAll("heads"))).toEqual(["c", "f"]);
    expect(labeled.resolve("base")).toBeNull();
    expect(labeled.resolveAll("base")).toEqual([]);
    expect(mapOf([rev("x", []), rev("y", ["x"])]).resolve("head")!.revision).toBe("y");
  });
});

describe("branch labels", () => {
  test("a bare label is the revision declaring it", () => {
    expect(labeled.resolve("abranch")!.revision).toBe("a");
    expect(labeled.resolve("ebranch")!.revision).toBe("e");
  });

  test("label@head, label@heads, label@base, label@self", () => {
    expect(labeled.resolve("abranch@head")!.revision).toBe("c");
    expect(labeled.resolve("ebranch@head")!.revision).toBe("f");
    expect(labeled.resolve("abranch@heads")!.revision).toBe("c");
    expect(labeled.resolve("abranch@base")).toBeNull();
    expect(labeled.resolve("ebranch@ebranch")!.revision).toBe("e");
  });

  test("label@prefix looks only within the branch", () => {
    expect(labeled.resolve("ebranch@some")!.revision).toBe("someothername");
    expect(labeled.resolve("abranch@some")!.revision).toBe("somelongername");
  });

  test("label@id requires the revision to be on the branch", () => {
    expect(labeled.resolve("ebranch@d")!.revision).toBe("d");
    expect(errorOf(() => labeled.resolve("ebranch@b"))).toBe("Can't locate revision identified by 'b'");
    expect(errorOf(() => labeled.resolve("abranch@qpr"))).toBe("Can't locate revision identified by 'qpr'");
  });

  test("a revision id or prefix works as a branch name; an unknown one cannot be located", () => {
    expect(labeled.resolve("e@d")!.revision).toBe("d");
    expect(labeled.resolve("someoth@d")!.revision).toBe("d");
    expect(errorOf(() => labeled.resolve("x@d"))).toBe("Can't locate revision identified by 'x'");
  });

  test("label@head with several heads on the branch names the argument as given", () => {
    const forked = mapOf([
      rev("base1", [], { labels: ["lbl"] }), rev("left", ["base1"]), rev("right", ["base1"]),
    ]);
    expect(errorOf(() => forked.resolve("lbl@head"))).toBe(MULTIPLE("lbl@head"));
    expect(ids(forked.resolveAll("lbl@heads"))).toEqual(["left", "right"]);
  });
});

describe("relative identifiers", () => {
  test("-N walks down from every head", () => {
    expect(ids(labeled.resolveAll("-1"))).toEqual(["somelongername", "someothername"]);
    expect(ids(labeled.resolveAll("ebranch@-2"))).toEqual(["e"]);
  });

  test("an ambiguous walk is refused", () => {
    const merged = mapOf([rev("a", []), rev("b1", ["a"]), rev("b2", ["a"]), rev("c", ["b1", "b2"])]);
    expect(errorOf(() => merged.resolveAll("-1"))).toBe("Ambiguous walk");
  });
});

describe("current heads", () => {
  test("reduces what the version table implies to branch tips", () => {
    const map = mapOf([
      rev("a", []), rev("b", ["a"]), rev("x", []), rev("y", ["x"], { deps: ["b"] }),
      rev("p", []), rev("q", ["p"]),
    ]);
    expect(ids(map.current(["q"]))).toEqual(["q"]);
    expect(ids(map.current(["p", "q"]))).toEqual(["q"]);
    // As in Alembic: b is the tip of its own line; y only depends on it.
    expect(ids(map.current(["y"]))).toEqual(["b", "y"]);
    expect(ids(map.current(["a", "y"]))).toEqual(["b", "y"]);
    expect(errorOf(() => map.current(["nope"]))).toBe("Can't locate revision identified by 'nope'");
  });

  test("startingHeads for --sql ranges", () => {
    expect(labeled.startingHeads("base")).toEqual([]);
    expect(labeled.startingHeads(null)).toEqual([]);
    expect(labeled.startingHeads("someo")).toEqual(["someothername"]);
    expect(labeled.startingHeads("ebranch@head")).toEqual(["f"]);
  });
});

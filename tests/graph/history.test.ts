import { describe, expect, test } from "bun:test";
import { historyNeedsCurrent, parseHistoryRange } from "../../core/graph/mod.ts";
import { errorOf, ids, mapOf, rev } from "./fixtures.ts";

// The tutorial's graph, in file-name order as the script directory lists it.
const tutorial = mapOf([
  rev("1975ea83b712", []),
  rev("27c6a30d7c24", ["1975ea83b712"]),
  rev("3cac04ae8714", ["27c6a30d7c24", "ae1027a6acf0"]),
  rev("ae1027a6acf0", ["1975ea83b712"]),
]);

describe("history", () => {
  test("newest first, each branch down to where it meets the other", () => {
    expect(ids(tutorial.history())).toEqual(["3cac04ae8714", "27c6a30d7c24", "ae1027a6acf0", "1975ea83b712"]);
  });

  test("ranges with open ends are inclusive", () => {
    expect(ids(tutorial.history({ range: "ae10:" }))).toEqual(["3cac04ae8714", "ae1027a6acf0"]);
    expect(ids(tutorial.history({ range: ":ae10" }))).toEqual(["ae1027a6acf0", "1975ea83b712"]);
    expect(ids(tutorial.history({ range: "1975:27c6" }))).toEqual(["27c6a30d7c24", "1975ea83b712"]);
    expect(ids(tutorial.history({ range: "base:heads" }))).toHaveLength(4);
  });

  test("a range off one line of descent", () => {
    expect(errorOf(() => tutorial.history({ range: "ae1027a6acf0:27c6a30d7c24" }))).toBe(
      "Requested range ae1027a6acf0:27c6a30d7c24 does not refer to ancestor/descendant revisions along the same branch",
    );
    expect(errorOf(() => tutorial.history({ range: "3cac:1975" }))).toBe(
      "Requested range 3cac:1975 does not refer to ancestor/descendant revisions along the same branch",
    );
  });

  test("a range without a colon", () => {
    expect(errorOf(() => tutorial.history({ range: "ae10" })))
      .toBe("History range requires [start]:[end], [start]:, or :[end]");
  });

  test("current as either end", () => {
    expect(ids(tutorial.history({ range: "current:", current: ["ae1027a6acf0"] })))
      .toEqual(["3cac04ae8714", "ae1027a6acf0"]);
    expect(ids(tutorial.history({ range: ":current", current: ["ae1027a6acf0"] })))
      .toEqual(["ae1027a6acf0", "1975ea83b712"]);
    expect(ids(tutorial.history({ range: "current:", current: [] }))).toHaveLength(4);
    expect(ids(tutorial.history({ range: ":current", current: [] }))).toEqual([]);
    expect(ids(tutorial.history({ range: "current:", current: ["ae1027a6acf0", "27c6a30d7c24"] })))
      .toEqual(["3cac04ae8714", "27c6a30d7c24", "ae1027a6acf0"]);
    expect(errorOf(() => tutorial.history({ range: "current:" })))
      .toBe("History range with 'current' requires the database's current revision");
  });

  test("historyNeedsCurrent and parseHistoryRange", () => {
    expect(historyNeedsCurrent("current:")).toBe(true);
    expect(historyNeedsCurrent(":current")).toBe(true);
    expect(historyNeedsCurrent("ae10:")).toBe(false);
    expect(historyNeedsCurrent(null)).toBe(false);
    expect(parseHistoryRange(" a:b ")).toEqual({ start: "a", end: "b" });
    expect(parseHistoryRange(":")).toEqual({ start: null, end: null });
  });

  test("relative starts walk down from the heads; too far means from base", () => {
    const chain = mapOf([rev("aaaa1", []), rev("bbbb2", ["aaaa1"]), rev("cccc3", ["bbbb2"])]);
    expect(ids(chain.history({ range: "-1:" }))).toEqual(["cccc3", "bbbb2"]);
    expect(ids(chain.history({ range: "-2:" }))).toEqual(["cccc3", "bbbb2", "aaaa1"]);
    // Alembic fails on these two with unrelated messages.
    expect(ids(chain.history({ range: "-3:" }))).toEqual(["cccc3", "bbbb2", "aaaa1"]);
    expect(ids(chain.history({ range: "-10:" }))).toEqual(["cccc3", "bbbb2", "aaaa1"]);
    expect(ids(chain.history({ range: "base:+1" }))).toEqual(["aaaa1"]);
    expect(ids(chain.history({ range: "bbbb2:+1" }))).toEqual(["cccc3", "bbbb2"]);
    expect(errorOf(() => tutorial.history({ range: "-1:" }))).toBe("Ambiguous walk");
  });

  test("a range whose upper end only depends on the lower one", () => {
    // Alembic fails with an AssertionError; the range is the lower end itself.
    const map = mapOf([rev("aaaa", []), rev("bbbb", [], { deps: ["aaaa"] })]);
    expect(ids(map.history({ range: "aaaa:bbbb" }))).toEqual(["aaaa"]);
  });
});

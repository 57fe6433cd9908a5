/**
 * Output lines, character for character as ALEMBIC.md gives them, on the tutorial's
 * branch example (headers in file-name order, as the script directory lists them).
 */
import { describe, expect, test } from "bun:test";
import {
  branchesEntry, currentEntry, currentHeader, headsEntry, historyEntry, revisionLine, verboseEntry,
} from "../../core/graph/mod.ts";
import { mapOf, rev } from "./fixtures.ts";

const doc = (message: string, id: string, down: string) =>
  `${message}\n\nRevision ID: ${id}\nRevises: ${down}\nCreate Date: 2026-11-21 10:00:00`;

const tutorialHeaders = [
  rev("1975ea83b712", [], { message: "create account table", doc: doc("create account table", "1975ea83b712", "None") }),
  rev("27c6a30d7c24", ["1975ea83b712"], { message: "create other branch" }),
  rev("3cac04ae8714", ["27c6a30d7c24", "ae1027a6acf0"], { message: "merge branches" }),
  rev("ae1027a6acf0", ["1975ea83b712"], { message: "add a column" }),
];
const tutorial = mapOf(tutorialHeaders);

const print = (entries: string[]) => entries.map((e) => `${e}\n`).join("");

describe("the tutorial's branch example", () => {
  test("mig history", () => {
    expect(print(tutorial.history().map((r) => historyEntry(r)))).toBe(
      "27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714 (head) (mergepoint), merge branches\n" +
        "1975ea83b712 -> 27c6a30d7c24, create other branch\n" +
        "1975ea83b712 -> ae1027a6acf0, add a column\n" +
        "<base> -> 1975ea83b712 (branchpoint), create account table\n",
    );
  });

  test("mig history -i with the database at the merge", () => {
    const current = new Set(["3cac04ae8714"]);
    const lines = tutorial.history().map((r) => historyEntry(r, { current: current.has(r.revision) }));
    expect(lines[0]).toBe("27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714 (head) (current) (mergepoint), merge branches");
    expect(lines.slice(1).some((line) => line.includes("(current)"))).toBe(false);
  });

  test("mig heads before the merge", () => {
    const before = mapOf(tutorialHeaders.filter((h) => h.revision !== "3cac04ae8714"));
    expect(print(before.heads().map((r) => headsEntry(r)))).toBe("27c6a30d7c24 (head)\nae1027a6acf0 (head)\n");
  });

  test("mig branches", () => {
    const [point] = tutorial.branchPoints();
    const children = point!.children.map((id) => tutorial.get(id)!);
    expect(print([branchesEntry(point!, children)])).toBe(
      "1975ea83b712 (branchpoint)\n" +
        "             -> 27c6a30d7c24\n" +
        "             -> ae1027a6acf0\n" +
        "\n",
    );
  });

  test("mig current", () => {
    const [head] = tutorial.current(["3cac04ae8714"]);
    expect(currentEntry(head!)).toBe("3cac04ae8714 (head) (mergepoint)");
    expect(currentHeader("postgresql://scott:***@localhost/test")).toBe(
      "Current revision(s) for postgresql://scott:***@localhost/test:",
    );
  });

  test("mig show of the merge", () => {
    expect(verboseEntry(tutorial.get("3cac04ae8714")!)).toBe(
      "Rev: 3cac04ae8714 (head) (mergepoint)\n" +
        "Merges: 27c6a30d7c24, ae1027a6acf0\n" +
        "Path: /project/migrations/versions/3cac04ae8714.ts\n" +
        "\n" +
        "    merge branches\n",
    );
  });

  test("mig show of the base: parent, branches, the indented docstring", () => {
    expect(verboseEntry(tutorial.get("1975ea83b712")!)).toBe(
      "Rev: 1975ea83b712 (branchpoint)\n" +
        "Parent: <base>\n" +
        "Branches into: 27c6a30d7c24, ae1027a6acf0\n" +
        "Path: /project/migrations/versions/1975ea83b712.ts\n" +
        "\n" +
        "    create account table\n" +
        "    \n" +
        "    Revision ID: 1975ea83b712\n" +
        "    Revises: None\n" +
        "    Create Date: 2026-11-21 10:00:00\n",
    );
  });

  test("verbose branches: the branch point's block, then children with messages", () => {
    const [point] = tutorial.branchPoints();
    const children = point!.children.map((id) => tutorial.get(id)!);
    const block = branchesEntry(point!, children, { verbose: true });
    expect(block.startsWith("Rev: 1975ea83b712 (branchpoint)\nParent: <base>\n")).toBe(true);
    expect(block.endsWith(
      "\n             -> 27c6a30d7c24, create other branch\n             -> ae1027a6acf0, add a column\n",
    )).toBe(true);
  });
});

describe("dependencies, labels and effective heads", () => {
  const map = mapOf([
    rev("cccc4444", [], { message: "other base" }),
    rev("dddd5555", [], { message: "second base" }),
    rev("eeee6666", ["dddd5555"], { deps: ["cccc4444"], labels: ["other"], message: "depends" }),
  ]);

  test("history line with a dependency and a label", () => {
    expect(historyEntry(map.get("eeee6666")!)).toBe("dddd5555 (cccc4444) -> eeee6666 (other) (head), depends");
    expect(historyEntry(map.get("cccc4444")!)).toBe("<base> -> cccc4444 (effective head), other base");
  });

  test("heads: a head another revision depends on is an effective head", () => {
    expect(map.heads().map((r) => headsEntry(r))).toEqual(["cccc4444 (effective head)", "eeee6666 (other) (head)"]);
    expect(map.realHeads().map((r) => headsEntry(r))).toEqual(["eeee6666 (other) (head)"]);
  });

  test("the verbose block lists dependencies and branch names", () => {
    expect(verboseEntry(map.get("eeee6666")!, { current: true })).toBe(
      "Rev: eeee6666 (head) (current)\n" +
        "Parent: dddd5555\n" +
        "Also depends on: cccc4444\n" +
        "Branch names: other\n" +
        "Path: /project/migrations/versions/eeee6666.ts\n" +
        "\n" +
        "    depends\n",
    );
  });

  test("the one-line form with every option off but tree indicators", () => {
    expect(revisionLine(map.get("eeee6666")!, { headIndicators: false, treeIndicators: false })).toBe("eeee6666");
  });

  test("the JSON view", () => {
    expect(JSON.parse(JSON.stringify(map.get("eeee6666")))).toEqual({
      revision: "eeee6666",
      downRevisions: ["dddd5555"],
      dependsOn: ["cccc4444"],
      branchLabels: ["other"],
      children: [],
      message: "depends",
      path: "/project/migrations/versions/eeee6666.ts",
      isHead: true,
      isEffectiveHead: false,
      isBase: false,
      isBranchPoint: false,
      isMergePoint: false,
    });
  });
});

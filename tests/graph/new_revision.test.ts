import { describe, expect, test } from "bun:test";
import { errorOf, mapOf, rev } from "./fixtures.ts";

describe("newRevision: what revision and merge write", () => {
  const single = mapOf([rev("aaaa1111", []), rev("bbbb2222", ["aaaa1111"], { labels: ["lib"] })]);
  const forked = mapOf([rev("aaaa1111", []), rev("bbbb2222", ["aaaa1111"]), rev("cccc3333", ["aaaa1111"])]);

  test("on the single head by default", () => {
    expect(single.newRevision({ revision: "dddd4444" })).toEqual({ downRevisions: ["bbbb2222"], dependsOn: [] });
  });

  test("several heads need --head, a merge, or --splice for a non-head", () => {
    expect(errorOf(() => forked.newRevision({ revision: "dddd4444" }))).toBe(
      "Multiple heads are present; please specify the head revision on which the new revision should be " +
        "based, or perform a merge.",
    );
    expect(forked.newRevision({ revision: "dddd4444", head: "cccc" }).downRevisions).toEqual(["cccc3333"]);
    expect(forked.newRevision({ revision: "dddd4444", head: ["bbbb2222", "cccc3333"] }).downRevisions)
      .toEqual(["bbbb2222", "cccc3333"]);
    expect(errorOf(() => forked.newRevision({ revision: "dddd4444", head: "aaaa1111" }))).toBe(
      "Revision aaaa1111 is not a head revision; please specify --splice to create a new branch from this revision",
    );
    expect(forked.newRevision({ revision: "dddd4444", head: "aaaa1111", splice: true }).downRevisions)
      .toEqual(["aaaa1111"]);
  });

  test("--head base starts a new root; label@head picks the branch's head", () => {
    expect(forked.newRevision({ revision: "dddd4444", head: "base" }).downRevisions).toEqual([]);
    expect(single.newRevision({ revision: "dddd4444", head: "lib@head" }).downRevisions).toEqual(["bbbb2222"]);
  });

  test("merging the same revision twice is refused", () => {
    expect(errorOf(() => forked.newRevision({ revision: "dddd4444", head: ["bbbb2222", "bbbb"] })))
      .toBe("Duplicate head revisions specified");
  });

  test("dependencies keep labels and complete partial ids", () => {
    expect(single.newRevision({ revision: "dddd4444", head: "base", dependsOn: ["lib", "aaaa"] }).dependsOn)
      .toEqual(["lib", "aaaa1111"]);
    expect(errorOf(() => single.newRevision({ revision: "dddd4444", dependsOn: ["zzzz"] })))
      .toBe("Can't locate revision identified by 'zzzz'");
  });

  test("a branch label already in use, or an id with forbidden characters, is refused before writing", () => {
    expect(errorOf(() => single.newRevision({ revision: "dddd4444", branchLabels: ["lib"] })))
      .toBe("Branch name 'lib' in revision dddd4444 already used by revision bbbb2222");
    expect(errorOf(() => single.newRevision({ revision: "dddd4444", branchLabels: ["aaaa1111"] })))
      .toBe("Branch name 'aaaa1111' in revision dddd4444 already used by revision aaaa1111");
    expect(errorOf(() => single.newRevision({ revision: "dd-44" })))
      .toBe("Character(s) '-' not allowed in revision identifier 'dd-44'");
  });
});

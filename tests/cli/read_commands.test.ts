/** The seed tutorial's branch example: the lines Alembic prints, character for character. */
import { afterAll, describe, expect, test } from "bun:test";
import { CliProject, tutorialProject } from "../support/cli.ts";

const project = tutorialProject();
afterAll(() => project.dispose());
const path = (rev: string, slug: string) => project.path(`migrations/versions/${rev}_${slug}.ts`);

describe("tutorial graph", () => {
  test("history", () => {
    expect(project.ok(["history"])).toBe(
      [
        "27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714 (head) (mergepoint), merge branches",
        "1975ea83b712 -> 27c6a30d7c24, create other branch",
        "1975ea83b712 -> ae1027a6acf0, add a column",
        "<base> -> 1975ea83b712 (branchpoint), create account table",
        "",
      ].join("\n"),
    );
  });

  test("heads before and after the merge", () => {
    expect(project.ok(["heads"])).toBe("3cac04ae8714 (head)\n");
    expect(project.ok(["heads", "--json"])).toContain('"revision": "3cac04ae8714"');
  });

  test("branches", () => {
    expect(project.ok(["branches"])).toBe(
      ["1975ea83b712 (branchpoint)", "             -> 27c6a30d7c24", "             -> ae1027a6acf0", "", ""].join("\n"),
    );
  });

  test("show", () => {
    const out = project.ok(["show", "3cac04ae8714"]);
    expect(out).toStartWith(
      [
        "Rev: 3cac04ae8714 (head) (mergepoint)",
        "Merges: 27c6a30d7c24, ae1027a6acf0",
        `Path: ${path("3cac04ae8714", "merge_branches")}`,
        "",
        "    merge branches",
        "    ",
        "    Revision ID: 3cac04ae8714",
        "    Revises: 27c6a30d7c24, ae1027a6acf0",
        "    Create Date: ",
      ].join("\n"),
    );
    const base = project.ok(["show", "1975"]);
    expect(base).toContain("Rev: 1975ea83b712 (branchpoint)\nParent: <base>\nBranches into: 27c6a30d7c24, ae1027a6acf0\n");
  });

  test("history ranges and verbose", () => {
    expect(project.ok(["history", "-r", "ae1027a6acf0:"])).toBe(
      "27c6a30d7c24, ae1027a6acf0 -> 3cac04ae8714 (head) (mergepoint), merge branches\n" +
        "1975ea83b712 -> ae1027a6acf0, add a column\n",
    );
    const bad = project.mig(["history", "-r", "ae1027a6acf0:27c6a30d7c24"]);
    expect(bad.status).toBe(255);
    expect(bad.stderr).toBe(
      "FAILED: Requested range ae1027a6acf0:27c6a30d7c24 does not refer to ancestor/descendant revisions along the same branch\n",
    );
    expect(project.ok(["history", "-v", "-r", "3cac:"])).toStartWith("Rev: 3cac04ae8714 (head) (mergepoint)\n");
    // As in Alembic: one step back from a merge point has two answers.
    expect(project.mig(["history", "-r", "-1:"]).stderr).toBe("FAILED: Ambiguous walk\n");
  });
});

test("a reader that closes the pipe early ends mig quietly", () => {
  // More output than a pipe holds (64 KiB), so mig is still writing when head exits.
  const big = new CliProject();
  big.ok(["init", "migrations"]);
  const long = "x".repeat(120);
  for (let i = 0; i < 2000; i++) {
    const rev = `r${String(i).padStart(11, "0")}`;
    const down = i === 0 ? "null" : `"r${String(i - 1).padStart(11, "0")}"`;
    big.write(`migrations/versions/${rev}.ts`, `/** step ${i} ${long} */\nexport const revision = "${rev}";\nexport const downRevision = ${down};\n`);
  }
  const script = `${process.execPath} ${import.meta.dir}/../../cli.ts history | head -1; echo "status \${PIPESTATUS[0]}"`;
  const r = Bun.spawnSync(["bash", "-c", script], { cwd: big.dir, stdout: "pipe", stderr: "pipe" });
  expect(r.stderr.toString()).not.toContain("EPIPE");
  expect(r.stdout.toString().split("\n")[1]).toBe("status 0");
  big.dispose();
}, 60_000);

/** `revision` and `merge`: file names, headers, and every refusal leaving no file behind. */
import { afterAll, describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import { CliProject, tutorialProject } from "../support/cli.ts";

const project = tutorialProject();
afterAll(() => project.dispose());
const versions = () => project.files("migrations/versions");

function refuses(args: string[], message: string | RegExp) {
  const before = versions();
  const r = project.mig(args);
  if (typeof message === "string") expect(r.stderr).toBe(`FAILED: ${message}\n`);
  else expect(r.stderr).toMatch(message);
  expect(r.status).toBe(255);
  expect(versions()).toEqual(before);
}

describe("refusals write nothing", () => {
  test("a duplicate branch label", () => {
    project.ok(["revision", "-m", "labelled", "--rev-id", "aaaa00000001", "--branch-label", "feature"]);
    refuses(
      ["revision", "-m", "again", "--rev-id", "bbbb00000002", "--head", "1975ea83b712", "--splice", "--branch-label", "feature"],
      "Branch name 'feature' in revision bbbb00000002 already used by revision aaaa00000001",
    );
  });

  test("a --head that is not a head, without --splice", () => {
    refuses(
      ["revision", "-m", "x", "--head", "ae1027a6acf0"],
      "Revision ae1027a6acf0 is not a head revision; please specify --splice to create a new branch from this revision",
    );
  });

  test("an id already present", () => {
    refuses(["revision", "-m", "x", "--rev-id", "3cac04ae8714", "--head", "aaaa00000001"], /^FAILED: Revision 3cac04ae8714 is already present in \/.*3cac04ae8714_merge_branches\.ts\n$/);
  });

  test("forbidden characters", () => {
    refuses(["revision", "-m", "x", "--rev-id", "a-b"], "Character(s) '-' not allowed in revision identifier 'a-b'");
  });

  test("an id is one safe part of a file name: nothing written outside versions/ (issue 10, class 7)", () => {
    const outside = project.path("x.ts");
    for (const id of ["../../x", "sub/dir", "a.b", " "]) {
      refuses(["revision", "-m", "x", "--rev-id", id], `Revision identifier '${id}' may contain only letters, digits and '_' (it names the script file)`);
    }
    expect(fs.existsSync(outside)).toBe(false);
  });

  test("several heads and no --head", () => {
    project.ok(["revision", "-m", "second head", "--rev-id", "cccc00000003", "--head", "1975ea83b712", "--splice"]);
    refuses(
      ["revision", "-m", "x"],
      "Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge.",
    );
  });

  test("an unknown --depends-on", () => {
    refuses(["revision", "-m", "x", "--head", "cccc00000003", "--depends-on", "zzzz"], "Can't locate revision identified by 'zzzz'");
  });
});

describe("what gets written", () => {
  test("labels, dependencies, slug and a .sql script", () => {
    const out = project.ok([
      "revision", "-m", "Add the user's e-mail address (and index it) please", "--rev-id", "dddd00000004",
      "--head", "feature@head", "--depends-on", "ae10", "--depends-on", "feature",
    ]);
    const file = project.path("migrations/versions/dddd00000004_add_the_user_s_e_mail_address_and_index_.ts");
    expect(out).toBe(`Generating ${file} ...  done\n`);
    const text = project.read("migrations/versions/dddd00000004_add_the_user_s_e_mail_address_and_index_.ts");
    expect(text).toContain('export const downRevision: string | string[] | null = "aaaa00000001";');
    expect(text).toContain('export const dependsOn: string[] | null = ["ae1027a6acf0", "feature"];');
    expect(project.ok(["history", "-r", "dddd:"])).toBe(
      "aaaa00000001 (ae1027a6acf0, feature) -> dddd00000004 (feature) (head), Add the user's e-mail address (and index it) please\n",
    );

    project.ok(["revision", "-m", "plain sql", "--rev-id", "eeee00000005", "--head", "cccc00000003", "--sql"]);
    const sql = project.read("migrations/versions/eeee00000005_plain_sql.sql");
    expect(sql).toContain("-- revision: eeee00000005\n-- down_revision: cccc00000003\n");
    expect(sql).toContain("-- migrate:up\n");
    expect(project.ok(["heads"])).toContain("eeee00000005 (head)");
  });

  test("merge of the remaining heads", () => {
    project.ok(["merge", "-m", "join all", "--rev-id", "ffff00000006", "heads"]);
    expect(project.ok(["heads"])).toBe("ffff00000006 (feature) (head)\n");
  });

  test("file_template and a version path that is not configured", () => {
    const p = new CliProject();
    p.ok(["init", "migrations"]);
    p.write("mig.toml", p.read("mig.toml").replace('# file_template = "{{rev}}_{{slug}}"', 'file_template = "{{year}}{{month}}{{day}}_{{rev}}_{{slug}}"'));
    p.ok(["revision", "-m", "first", "--rev-id", "abcd00000001"]);
    expect(p.files("migrations/versions")[0]).toMatch(/^\d{8}_abcd00000001_first\.ts$/);
    const r = p.mig(["revision", "-m", "x", "--version-path", "elsewhere"]);
    expect(r.stderr).toBe("FAILED: Path elsewhere is not represented in current version locations\n");
    p.dispose();
  });
});

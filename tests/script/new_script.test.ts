/** New scripts: slugs, file names from file_template, Create Date with a timezone. */
import { describe, expect, test } from "bun:test";
import { formatCreateDate, renderScript, scriptFileName, slugify } from "../../core/script/new_script.ts";
import { readHeader } from "../../core/script/script_directory.ts";
import { builtinScriptTemplate } from "../../core/templates.ts";

const at = new Date("2026-03-04T05:06:07Z");

describe("slugify (Alembic's rules)", () => {
  test.each([
    ["create account table", 40, "create_account_table"],
    ["Add the user's e-mail address (and index it) please", 40, "add_the_user_s_e_mail_address_and_index_"],
    ["Größe ändern", 40, "größe_ändern"],
    ["short", 3, "sho_"],
    ["", 40, ""],
  ])("%s", (message, length, slug) => expect(slugify(message, length)).toBe(slug));
});

describe("Create Date", () => {
  test("with a timezone, the wall clock there and its offset", () => {
    expect(formatCreateDate(at, "UTC")).toBe("2026-03-04 05:06:07+00:00");
    expect(formatCreateDate(at, "Asia/Kolkata")).toBe("2026-03-04 10:36:07+05:30");
    expect(formatCreateDate(at, "America/New_York")).toBe("2026-03-04 00:06:07-05:00");
  });
  test("without one, local time and no offset", () => {
    expect(formatCreateDate(at)).toMatch(/^2026-03-0[34] \d\d:\d6:07$/);
  });
});

test("file_template tokens", () => {
  const script = { revision: "ab12cd34ef56", message: "add a column", downRevisions: [], branchLabels: [], dependsOn: [], createDate: at, timezone: "UTC" };
  const options = { truncateSlugLength: 40, extension: "ts" as const };
  expect(scriptFileName(script, { ...options, fileTemplate: "{{rev}}_{{slug}}" })).toBe("ab12cd34ef56_add_a_column.ts");
  expect(scriptFileName(script, { ...options, fileTemplate: "{{year}}{{month}}{{day}}_{{hour}}{{minute}}{{second}}_{{rev}}" }))
    .toBe("20260304_050607_ab12cd34ef56.ts");
  expect(scriptFileName(script, { ...options, fileTemplate: "{{epoch}}-{{slug}}" })).toBe("1772600767-add_a_column.ts");
});

test("a rendered script reads back with the same header, whatever the message holds", () => {
  const message = "close */ comments, \"quotes\" and\nnew lines";
  const text = renderScript(builtinScriptTemplate("ts"), {
    revision: "ab12cd34ef56", message, downRevisions: ["aaaa", "bbbb"], branchLabels: ["feature"], dependsOn: ["cccc"], createDate: at,
  });
  const header = readHeader("/x/ab12cd34ef56_x.ts", text);
  expect(header).toMatchObject({ revision: "ab12cd34ef56", downRevisions: ["aaaa", "bbbb"], branchLabels: ["feature"], dependsOn: ["cccc"] });
  expect(header.doc.split("\n")[0]).toBe("close */ comments, \"quotes\" and");
});

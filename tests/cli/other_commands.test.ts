/** ensure_version, edit, --tag, -x, --raiseerr and the usage errors. */
import { afterAll, expect, test } from "bun:test";
import * as fs from "node:fs";
import { CliProject, tutorialProject } from "../support/cli.ts";

const project = tutorialProject();
afterAll(() => project.dispose());

test("ensure_version creates the table once, never a row; --sql prints the CREATE", () => {
  project.ok(["ensure_version"]);
  project.ok(["ensure_version"]);
  expect(project.ok(["current"])).toBe("");
  expect(project.ok(["ensure_version", "--sql"])).toBe(
    "CREATE TABLE mig_version (\n    version_num VARCHAR(32) NOT NULL,\n    CONSTRAINT mig_version_pkc PRIMARY KEY (version_num)\n);\n\n",
  );
});

test("edit opens the resolved script in $EDITOR", () => {
  const log = project.path("edited.txt");
  const editor = project.path("fake-editor.sh");
  fs.writeFileSync(editor, `#!/bin/sh\necho "$1" >> ${log}\n`, { mode: 0o755 });
  project.ok(["edit", "ae10"], { env: { EDITOR: editor, VISUAL: "" } });
  expect(fs.readFileSync(log, "utf8")).toBe(`${project.path("migrations/versions/ae1027a6acf0_add_a_column.ts")}\n`);
  const failing = project.mig(["edit", "ae10"], { env: { EDITOR: "false", VISUAL: "" } });
  expect(failing.stderr).toBe("FAILED: Editor 'false' exited with status 1\n");
});

test("--tag and -x reach env.ts", () => {
  const p = new CliProject();
  p.ok(["init", "migrations"]);
  p.write("migrations/env.ts", `import { defineEnv } from "mig";
export default defineEnv(async (context) => {
  console.error(\`tag=\${context.tag} tenant=\${context.xArgs.tenant} offline=\${context.isOfflineMode()}\`);
  await context.runMigrations();
});
`);
  const r = p.mig(["-x", "tenant=acme", "upgrade", "head", "--sql", "--tag", "release-7"]);
  expect(r.status).toBe(0);
  expect(r.stderr).toContain("tag=release-7 tenant=acme offline=true");
  p.dispose();
});

test("--raiseerr shows the stack; usage errors exit 2", () => {
  const plain = project.mig(["show", "zzzz"]);
  expect(plain.stderr).toBe("FAILED: Can't locate revision identified by 'zzzz'\n");
  const raised = project.mig(["--raiseerr", "show", "zzzz"]);
  expect(raised.status).toBe(255);
  expect(raised.stderr).toContain("Can't locate revision identified by 'zzzz'");
  expect(raised.stderr).toMatch(/\n\s+at /);
  expect(project.mig(["upgrade"]).status).toBe(2);
  expect(project.mig(["upgrade", "head", "--no-such-flag"]).status).toBe(2);
  const range = project.mig(["upgrade", "1975:ae10"]);
  expect(range.stderr).toBe("FAILED: Range revision not allowed\n");
  expect(project.mig(["downgrade", "base", "--sql"]).stderr).toBe("FAILED: downgrade with --sql requires <fromrev>:<torev>\n");
});

/**
 * The graph half of `mig check` (no database): each failure class names the right
 * revision and file, every unreadable header is reported (not just the first), and a
 * graph that cannot run skips the dry run.
 */
import { afterEach, describe, expect, test } from "bun:test";
import { lintGraph } from "../../core/check/lint_graph.ts";
import { CheckProject, createTable } from "./project.ts";

let project: CheckProject;
afterEach(() => project?.dispose());

const kinds = (p: CheckProject) => lintGraph(p.config()).findings.map((f) => `${f.severity} ${f.kind} ${f.revision ?? "-"}`);

describe("graph lint", () => {
  test("a linear project is clean", () => {
    project = new CheckProject();
    project.ts({ rev: "a1", up: createTable("account"), downgrade: `op.dropTable("account");` });
    project.ts({ rev: "b2", down: "a1", up: `op.addColumn("account", t.column("note", t.text()));`, downgrade: `op.dropColumn("account", "note");` });
    const lint = lintGraph(project.config());
    expect(lint.findings).toEqual([]);
    expect(lint.runnable).toBe(true);
    expect(lint.map?.heads().map((h) => h.revision)).toEqual(["b2"]);
  });

  test("two heads are an error naming both, and still runnable", () => {
    project = new CheckProject();
    project.ts({ rev: "a1", up: "" });
    project.ts({ rev: "b2", down: "a1", up: "" });
    project.ts({ rev: "c3", down: "a1", up: "" });
    const lint = lintGraph(project.config());
    expect(lint.findings.map((f) => f.kind)).toEqual(["multiple-heads"]);
    expect(lint.findings[0]!.message).toStartWith("Multiple heads are present: b2, c3; merge them with 'mig merge heads'");
    expect(lint.findings[0]!.details).toEqual([`b2: ${project.path("migrations/versions/b2_script.ts")}`, `c3: ${project.path("migrations/versions/c3_script.ts")}`]);
    expect(lint.runnable).toBe(true);
  });

  test("heads named in mig.toml are accepted, and a mismatch is reported", () => {
    project = new CheckProject(`url = "sqlite://"\nheads = ["b2", "c3"]`);
    project.ts({ rev: "a1", up: "" });
    project.ts({ rev: "b2", down: "a1", up: "" });
    project.ts({ rev: "c3", down: "a1", up: "" });
    expect(kinds(project)).toEqual([]);
    project.ts({ rev: "d4", down: "c3", up: "" });
    const [f] = lintGraph(project.config()).findings;
    expect(f!.kind).toBe("unexpected-heads");
    expect(f!.message).toBe("The heads are b2, d4, but 'heads' in mig.toml names b2, c3");
  });

  test("a cycle stops the graph and names its revisions and files", () => {
    project = new CheckProject();
    project.ts({ rev: "a1", down: "b2", up: "" });
    project.ts({ rev: "b2", down: "a1", up: "" });
    const lint = lintGraph(project.config());
    expect(lint.map).toBeUndefined();
    expect(lint.runnable).toBe(false);
    const [f] = lint.findings;
    expect(f!.kind).toBe("broken-graph");
    expect(f!.message).toMatch(/^Cycle is detected in revisions \((a1, b2|b2, a1)\)$/);
    expect(f!.details).toHaveLength(2);
  });

  test("every broken header is reported with its file and line, and the dry run is skipped", () => {
    project = new CheckProject();
    project.ts({ rev: "a1", up: "" });
    project.write("migrations/versions/b2_bad.ts", `export const revision = makeId();\nexport const downRevision = "a1";\n`);
    project.write("migrations/versions/c3_bad.ts", `\n\nexport const revision = "c3";\nexport const downRevision = ["a1", ;\n`);
    project.write("migrations/versions/d4_bad.ts", `export const downRevision = "a1";\n`);
    const lint = lintGraph(project.config());
    const broken = lint.findings.filter((f) => f.kind === "unreadable-header");
    expect(broken.map((f) => [f.file, f.line])).toEqual([
      [project.path("migrations/versions/b2_bad.ts"), 1],
      [project.path("migrations/versions/c3_bad.ts"), 4],
      [project.path("migrations/versions/d4_bad.ts"), undefined],
    ]);
    expect(broken[0]!.message).toContain("Header constant 'revision'");
    expect(broken[2]!.message).toContain("Could not determine revision id");
    expect(lint.runnable).toBe(false);
  });

  test("a duplicate and a missing revision point at their scripts", () => {
    project = new CheckProject();
    project.ts({ rev: "a1", up: "" });
    project.write("migrations/versions/a1_again.ts", `export const revision = "a1";\nexport function upgrade() {}\nexport function downgrade() {}\n`);
    project.ts({ rev: "b2", down: "zz9", up: "" });
    const lint = lintGraph(project.config());
    const duplicate = lint.findings.find((f) => f.kind === "duplicate-revision")!;
    expect(duplicate.message).toBe("Revision a1 is present more than once");
    expect(duplicate.details).toHaveLength(2);
    const missing = lint.findings.find((f) => f.kind === "missing-revision")!;
    expect(missing.message).toBe("Revision zz9 referenced from b2 is not present");
    expect(missing.file).toBe(project.path("migrations/versions/b2_script.ts"));
    expect(lint.runnable).toBe(false);
  });

  test("a script without upgrade() is an error; without downgrade() a warning", () => {
    project = new CheckProject();
    project.write("migrations/versions/a1.ts", `export const revision = "a1";\nexport function downgrade() {}\n`);
    project.ts({ rev: "b2", down: "a1", up: "", downgrade: null });
    project.sql("c3.sql", "-- revision: c3\n-- down_revision: b2\n-- migrate:up\nSELECT 1;\n");
    expect(kinds(project)).toEqual(["error missing-upgrade a1", "warning missing-downgrade b2", "warning missing-downgrade c3"]);
    const lint = lintGraph(project.config());
    expect([...lint.withoutDowngrade].sort()).toEqual(["b2", "c3"]);
  });
});

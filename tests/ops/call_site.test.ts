/** Every op node records the user's file:line:column, including ops inside batches and autocommit blocks. */

import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CallSite, formatCallSite, op, t } from "../../core/ops/mod.ts";
import { record } from "./sink.ts";

const SOURCE = readFileSync(import.meta.path, "utf8").split("\n");
/** 1-based line and column of `marker` in this file, where the op call is. */
function where(marker: string, call: string): { line: number; column: number } {
  const index = SOURCE.findIndex((l) => l.includes(marker));
  return { line: index + 1, column: (SOURCE[index] ?? "").indexOf(call) + 1 };
}

const dir = mkdtempSync(join(tmpdir(), "mig-site-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("call sites", () => {
  test("a direct op call points at the calling line of this file", () => {
    const { nodes } = record(() => {
      op.dropTable("x"); // marker: direct
    });
    const expected = where("marker: direct", "op.dropTable");
    expect(nodes[0]?.site?.file).toBe(import.meta.path);
    expect(nodes[0]?.site?.line).toBe(expected.line);
    // Engines report the call's column at the callee name or at the receiver; both sit on the call.
    expect([expected.column, expected.column + "op.".length]).toContain(nodes[0]?.site?.column ?? 0);
  });

  test("batch sub-ops carry their own lines", () => {
    const { nodes } = record(() =>
      op.batchAlterTable("t", (batch) => {
        batch.addColumn(t.column("a", t.integer())); // marker: batch-add
        batch.dropColumn("b"); // marker: batch-drop
      })
    );
    const batch = nodes[0];
    if (batch?.kind !== "batchAlterTable") throw new Error("expected a batch node");
    expect(batch.ops.map((o) => o.site?.line)).toEqual([where("marker: batch-add", "").line, where("marker: batch-drop", "").line]);
  });

  test("a script module elsewhere gets its own path, for ops and for its helpers", async () => {
    const ops = join(import.meta.dir, "../../core/ops/mod.ts");
    const script = join(dir, "1234_script.ts");
    writeFileSync(script, [
      `import { op, t } from ${JSON.stringify(ops)};`,
      "export function upgrade() {",
      "  op.createTable('a', [t.column('id', t.integer())]);",
      "  helper();",
      "}",
      "function helper() {",
      "    op.execute('SELECT 1');",
      "}",
    ].join("\n"));
    const module = await import(script);
    const { nodes } = record(() => module.upgrade());
    const sites = nodes.map((n) => n.site as CallSite);
    expect(sites.map((s) => [s.file, s.line])).toEqual([[script, 3], [script, 7]]);
    expect(formatCallSite(sites[1] as CallSite)).toMatch(new RegExp(`^${script.replaceAll(".", "\\.")}:7:\\d+$`));
  });

  test("capturing a site is cheap", () => {
    const started = performance.now();
    record(() => {
      for (let i = 0; i < 2000; i++) op.execute("SELECT 1");
    });
    // Generous bound: about 2 µs per op locally; this only guards against pathological cost.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

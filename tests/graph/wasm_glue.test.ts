import { describe, expect, test } from "bun:test";
import { readFile } from "node:fs/promises";
import { freshGlue, GLUE_PATH } from "../../scripts/build_wasm.ts";

describe("wasm/graph_wasm.ts", () => {
  test("is what compiling wasm/graph.ts gives today (run `bun run build:wasm`)", async () => {
    const committed = await readFile(GLUE_PATH, "utf8");
    expect(committed).toBe(await freshGlue());
  }, 60_000);

  test("is deterministic: two builds are byte-identical", async () => {
    expect(await freshGlue()).toBe(await freshGlue());
  }, 60_000);

  test("decodes to a module with no imports and only numeric exports", async () => {
    const { GRAPH_WASM_BASE64 } = await import("../../wasm/graph_wasm.ts");
    const bytes = Uint8Array.from(atob(GRAPH_WASM_BASE64), (c) => c.charCodeAt(0));
    const module = new WebAssembly.Module(bytes);
    expect(WebAssembly.Module.imports(module)).toEqual([]);
    const kinds = new Set(WebAssembly.Module.exports(module).map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["function", "memory"]);
  });
});

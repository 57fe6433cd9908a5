/**
 * A case's golden text: each variant's statements (each ending in `;`, like offline output)
 * or its error, under a `-- <variant>` heading. MariaDB is spelled out only where it differs
 * from MySQL.
 */

import type { GoldenCase } from "./case.ts";
import { capture, type Compiled, compileAll, offlineContext, type Variant, VARIANTS } from "./capture.ts";

/** Compile setup then run (one context, so state like the enum memo carries); only run's SQL is kept. */
export function compileCase(c: GoldenCase, variant: Variant): { setup: Compiled; run: Compiled } {
  const ctx = offlineContext();
  const setup = compileAll(variant, c.setup ? capture(variant, c.setup) : [], ctx);
  const run = compileAll(variant, capture(variant, c.run), ctx);
  return { setup, run };
}

function body(result: Compiled): string {
  if (!result.ok) return `-- error: ${result.error.name}: ${result.error.message}\n`;
  return result.statements.length === 0 ? "-- (no statements)\n" : result.statements.map((s) => `${s};\n`).join("\n");
}

export function renderCase(c: GoldenCase): string {
  const parts = [`-- ${c.name}: ${c.doc}\n`];
  const bodies = new Map(VARIANTS.map((v) => [v, body(compileCase(c, v).run)]));
  for (const v of VARIANTS) {
    if (v === "mariadb" && bodies.get(v) === bodies.get("mysql")) {
      parts.push("-- mariadb: same as mysql\n");
      continue;
    }
    parts.push(`-- ${v}\n${bodies.get(v)}`);
  }
  return parts.join("\n");
}

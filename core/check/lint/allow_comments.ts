/**
 * `-- mig:allow rule-id reason` in SQL: on the comment lines right above a statement of
 * a `.sql` script, or inside the statement's text (also in `op.execute`).
 */
import * as fs from "node:fs";
import type { Allowance } from "../../ops/allowance.ts";

const ALLOW = /--\s*mig:allow\s+([a-z][a-z0-9-]*)[ \t]*([^\n]*)/g;

export function commentAllowances(sql: string, file: string, line: number | undefined, lines: (file: string) => readonly string[]): Allowance[] {
  const found: Allowance[] = [];
  const add = (text: string, at: number | undefined) => {
    for (const m of text.matchAll(ALLOW)) {
      const reason = m[2]!.trim();
      found.push({ rule: m[1]!, ...(reason ? { reason } : {}), ...(at !== undefined ? { site: { file, line: at, column: 1 } } : {}) });
    }
  };
  if (file.endsWith(".sql") && line !== undefined) {
    const text = lines(file);
    // Comment lines directly above the statement (line is 1-based; text is 0-based).
    for (let i = line - 2; i >= 0 && /^\s*--/.test(text[i] ?? ""); i--) add(text[i]!, i + 1);
  }
  add(sql, line);
  return found;
}

/** Reads each file once per lint run. */
export function fileLines(): (file: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (file) => {
    let lines = cache.get(file);
    if (!lines) {
      try {
        lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
      } catch {
        lines = [];
      }
      cache.set(file, lines);
    }
    return lines;
  };
}

/**
 * The header reader must accept, refuse and return exactly what the reader it
 * replaced did: both run on realistic scripts mutated at random with the characters
 * and words the grammar turns on.
 */
import { expect, test } from "bun:test";
import { readTsHeader } from "../../core/script/ts_header.ts";
import { random } from "../graph/random_graphs.ts";
import { readTsHeaderByRegex } from "./ts_header_regex.ts";

const SCRIPT = `/** create account table
 *
 * Revision ID: 1975ea83b712
 * Revises: None
 */
import { op } from "mig";

export const revision = "1975ea83b712";
export const downRevision: string | string[] | null = ["ae10", 'bf22'];
export const branchLabels: string[] | null = null;
export const dependsOn = \`c3d4\` as const;

export function upgrade() {}
`;

const PIECES = [
  "export ", "export const revision = ", "export let dependsOn: string[] = ", "var ", "branchLabels", ":", "=",
  '"', "'", "`", "\\", "${", "}", "[", "]", ",", ";", "null", "as const", "/**", "*/", " * ", "*", " ", "  ",
  "\n", "\r", "\r\n", "\t", "\u00a0", "\u2028", "\ufeff", "ab12", "é", "\n\n", " |", "string[]",
  "const ", "let", "revisions", "dependsOn", "downRevision", " = ", "==", "\n=", "constant", "exportconst",
  "export const downRevision: string | null = ",
];

function outcome(read: () => unknown): unknown {
  try {
    return { value: read() };
  } catch (error) {
    return { error: (error as Error).message, line: (error as { line?: number }).line };
  }
}

test("the reader and the one it replaced agree on 20,000 mutated scripts", () => {
  const next = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  for (let n = 0; n < 20_000; n++) {
    let source = SCRIPT;
    const edits = 1 + Math.floor(next() * 6);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(next() * (source.length + 1));
      const cut = next() < 0.3 ? Math.floor(next() * 4) : 0;
      source = source.slice(0, at) + (next() < 0.8 ? pick(PIECES) : "") + source.slice(at + cut);
    }
    const expected = outcome(() => readTsHeaderByRegex(source, "v/x.ts"));
    const actual = outcome(() => ({ ...readTsHeader(source, "v/x.ts") }));
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      expect({ source, actual }).toEqual({ source, actual: expected });
    }
  }
});

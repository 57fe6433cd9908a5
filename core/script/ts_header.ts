import { ScriptError } from "../errors.ts";
import { isJsSpace } from "./js_space.ts";

/**
 * Reads the four header constants of a `.ts` revision script without importing it, so
 * graph commands never execute user code. Only literal values are accepted: a string,
 * an array of strings, or null.
 *
 * Graph commands read every script, 100,000 of them in a large project, so this is a
 * hand-written scanner (indexOf and char codes) rather than regexes run over whole
 * files and strings built a character at a time; it accepts exactly what the regexes
 * did (tests/script/ts_header_equivalence.test.ts compares it with them).
 */

const CONSTANTS = ["revision", "downRevision", "branchLabels", "dependsOn"] as const;
type ConstantName = (typeof CONSTANTS)[number];
export type HeaderValues = { [K in ConstantName]?: string[] | null } & { docstring: string };

// `export const name[: type] = ` up to the value; the type annotation may hold `|`, `[]`, spaces.
// Sticky: tried only where a line starts with `export`.
const DECLARATION = /export\s+(?:const|let|var)\s+(revision|downRevision|branchLabels|dependsOn)\s*(?::[^=\n]*)?=\s*/y;

export function readTsHeader(source: string, file: string): HeaderValues {
  const out: HeaderValues = { docstring: leadingDocComment(source) };
  for (let from = 0; ;) {
    const at = source.indexOf("export", from);
    if (at === -1) break;
    from = at + 1;
    if (at > 0 && !isLineTerminator(source.charCodeAt(at - 1))) continue;
    DECLARATION.lastIndex = at;
    const match = DECLARATION.exec(source);
    if (!match) continue;
    from = at + match[0].length;
    const name = match[1] as ConstantName;
    const parsed = parseLiteral(source, from);
    if (!parsed) {
      const line = lineAt(source, at);
      throw new ScriptError(
        `Header constant '${name}' in ${file}:${line} must be a literal (a string, an array of strings or null)`,
        file,
        line,
      );
    }
    out[name] = parsed.value;
  }
  return out;
}

export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < index; i = source.indexOf("\n", i + 1)) line++;
  return line;
}

/** Where a multiline `^` matches: after \n, \r, U+2028 or U+2029. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** The first `/** ... *\/` block before any code, with the leading ` * ` of each line removed. */
function leadingDocComment(source: string): string {
  let start = 0;
  while (start < source.length && isJsSpace(source.charCodeAt(start))) start++;
  if (!source.startsWith("/**", start)) return "";
  const end = source.indexOf("*/", start + 3);
  if (end === -1) return "";
  const lines: string[] = [];
  for (let line = start + 3; ;) {
    const newline = source.indexOf("\n", line);
    const stop = newline === -1 || newline > end ? end : newline;
    lines.push(withoutStar(source.slice(line, stop)).trimEnd());
    if (stop === end) break;
    line = stop + 1;
  }
  return lines.join("\n").trim();
}

/** A line of the doc comment without its leading `\s*\* ?`. */
function withoutStar(line: string): string {
  let i = 0;
  while (i < line.length && isJsSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 42 /* * */) return line;
  return line.slice(line.charCodeAt(i + 1) === 32 ? i + 2 : i + 1);
}

/** A literal ending with `;`, a newline or end of input: null, "x", 'x', `x` (no ${}), or an array of strings. */
function parseLiteral(src: string, start: number): { value: string[] | null } | undefined {
  if (src.startsWith("null", start)) return atEnd(src, start + 4) ? { value: null } : undefined;
  if (src.charCodeAt(start) === 91 /* [ */) {
    const items: string[] = [];
    let i = start + 1;
    for (;;) {
      i = skipSpace(src, i);
      if (src.charCodeAt(i) === 93 /* ] */) break;
      i = readString(src, i);
      if (i === -1) return undefined;
      items.push(lastString);
      i = skipSpace(src, i);
      const next = src.charCodeAt(i);
      if (next === 44 /* , */) i++;
      else if (next !== 93) return undefined;
    }
    return atEnd(src, i + 1) ? { value: items } : undefined;
  }
  const end = readString(src, start);
  return end !== -1 && atEnd(src, end) ? { value: [lastString] } : undefined;
}

function skipSpace(src: string, i: number): number {
  while (i < src.length && isJsSpace(src.charCodeAt(i))) i++;
  return i;
}

/** What may follow a literal: end of input, `;`, `as const`, or the next `export`. */
function atEnd(src: string, i: number): boolean {
  i = skipSpace(src, i);
  return i >= src.length || src.charCodeAt(i) === 59 /* ; */ || src.startsWith("as const", i) || src.startsWith("export", i);
}

/** The value of the string literal readString last read (saves an object per string). */
let lastString = "";

/** Reads a quoted string at `i` into lastString; the index after it, or -1 when it is not a plain literal. */
function readString(src: string, i: number): number {
  const quote = src[i];
  if (quote !== '"' && quote !== "'" && quote !== "`") return -1;
  // Almost every id is a plain string: one slice. Escapes and template holes go the long way.
  const close = src.indexOf(quote, i + 1);
  if (close !== -1) {
    const text = src.slice(i + 1, close);
    if (!text.includes("\\") && !text.includes(quote === "`" ? "${" : "\n")) {
      lastString = text;
      return close + 1;
    }
  }
  let out = "";
  for (i++; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === quote) {
      lastString = out;
      return i + 1;
    }
    if (ch === "\\") {
      out += src[++i] ?? "";
      continue;
    }
    if (quote === "`" && ch === "$" && src[i + 1] === "{") return -1;
    if (ch === "\n" && quote !== "`") return -1;
    out += ch;
  }
  return -1;
}

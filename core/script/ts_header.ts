import { ScriptError } from "../errors.ts";
import { isJsSpace } from "./js_space.ts";

/**
 * Reads the four header constants of a `.ts` revision script without importing it, so
 * graph commands never execute user code. Only literal values are accepted: a string,
 * an array of strings, or null.
 *
 * Graph commands read every script (100,000 in a large project) in a process that
 * lives for a second, so most of this runs before the JIT has warmed up: the bulk
 * scanning is left to regexes (compiled to native code on first use) and native
 * string methods, and the JavaScript left per file is a few calls. Literal values are
 * read with char codes and slices, never a string built a character at a time.
 * tests/script/ts_header_equivalence.test.ts holds it to the regex reader it replaced.
 */

const CONSTANTS = ["revision", "downRevision", "branchLabels", "dependsOn"] as const;
type ConstantName = (typeof CONSTANTS)[number];
export type HeaderValues = { [K in ConstantName]?: string[] | null } & { docstring: string };

// `export const name[: type] = ` up to the value; the type annotation may hold `|`, `[]`, spaces.
const DECLARATION = /^export\s+(?:const|let|var)\s+(revision|downRevision|branchLabels|dependsOn)\s*(?::[^=\n]*)?=\s*/gm;

export function readTsHeader(source: string, file: string): HeaderValues {
  const out: HeaderValues = { docstring: leadingDocComment(source) };
  DECLARATION.lastIndex = 0;
  for (let match = DECLARATION.exec(source); match !== null; match = DECLARATION.exec(source)) {
    const name = match[1] as ConstantName;
    const value = parseLiteral(source, DECLARATION.lastIndex);
    if (value === undefined) {
      const line = lineAt(source, match.index);
      throw new ScriptError(
        `Header constant '${name}' in ${file}:${line} must be a literal (a string, an array of strings or null)`,
        file,
        line,
      );
    }
    out[name] = value;
  }
  return out;
}

export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < index; i = source.indexOf("\n", i + 1)) line++;
  return line;
}

const DOC_COMMENT = /^\s*\/\*\*([\s\S]*?)\*\//;
/** Line breaks other than \n, where a multiline regex's ^ and $ would see lines that split("\n") does not. */
const OTHER_BREAKS = /[\r\u2028\u2029]/;
/** Per line: a leading `\s*\* ?` (first alternative) and trailing whitespace (second). */
const STAR_AND_TRAILING_SPACE = /^[^\S\n]*\* ?|[^\S\n]+$/gm;

/** The first `/** ... *\/` block before any code, with the leading ` * ` of each line removed. */
function leadingDocComment(source: string): string {
  const comment = DOC_COMMENT.exec(source);
  if (!comment) return "";
  const body = comment[1]!;
  // One native replace over the whole comment when lines are \n-separated only.
  const text = !OTHER_BREAKS.test(body)
    ? body.replace(STAR_AND_TRAILING_SPACE, "").trim()
    : body.split("\n").map((line) => line.replace(/^\s*\* ?/, "").trimEnd()).join("\n").trim();
  // new_script.ts writes a message's `*/` as `*\/` so it cannot end the comment: read it back as written.
  return text.includes("*\\/") ? text.replaceAll("*\\/", "*/") : text;
}

/**
 * A literal ending with `;`, a newline or end of input: null, "x", 'x', `x` (no ${}), or
 * an array of strings; undefined when the value is anything else.
 */
function parseLiteral(src: string, start: number): string[] | null | undefined {
  if (src.startsWith("null", start)) return atEnd(src, start + 4) ? null : undefined;
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
    return atEnd(src, i + 1) ? items : undefined;
  }
  const end = readString(src, start);
  return end !== -1 && atEnd(src, end) ? [lastString] : undefined;
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

/**
 * A copy of a short slice that does not share the file's text: a slice keeps its whole
 * source alive, and ids live as long as the graph (~40 MB at 100,000 scripts). Joining
 * two pieces builds a new string; there is no more direct way to ask for one.
 */
function detached(text: string): string {
  return text.length < 2 ? text : [text[0], text.slice(1)].join("");
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
      lastString = detached(text);
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

import { ScriptError } from "../errors.ts";

/**
 * Reads the four header constants of a `.ts` revision script without importing it, so
 * graph commands never execute user code. Only literal values are accepted: a string,
 * an array of strings, or null.
 */

const CONSTANTS = ["revision", "downRevision", "branchLabels", "dependsOn"] as const;
type ConstantName = (typeof CONSTANTS)[number];
export type HeaderValues = { [K in ConstantName]?: string[] | null } & { docstring: string };

// `export const name[: type] = ` up to the value; the type annotation may hold `|`, `[]`, spaces.
const DECLARATION = /^export\s+(?:const|let|var)\s+(revision|downRevision|branchLabels|dependsOn)\s*(?::[^=\n]*)?=\s*/gm;

export function readTsHeader(source: string, file: string): HeaderValues {
  const out: HeaderValues = { docstring: leadingDocComment(source) };
  for (const match of source.matchAll(DECLARATION)) {
    const name = match[1] as ConstantName;
    const start = match.index! + match[0].length;
    const parsed = parseLiteral(source, start);
    if (!parsed) {
      const line = lineAt(source, match.index!);
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

/** The first `/** ... *\/` block before any code, with the leading ` * ` of each line removed. */
function leadingDocComment(source: string): string {
  const m = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!m) return "";
  return m[1]!
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, "").trimEnd())
    .join("\n")
    .trim();
}

/** A literal ending with `;`, a newline or end of input: null, "x", 'x', `x` (no ${}), or an array of strings. */
function parseLiteral(src: string, start: number): { value: string[] | null } | undefined {
  let i = start;
  const skipSpace = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const readString = (): string | undefined => {
    const quote = src[i];
    if (quote !== '"' && quote !== "'" && quote !== "`") return undefined;
    let out = "";
    for (i++; i < src.length; i++) {
      const ch = src[i]!;
      if (ch === quote) {
        i++;
        return out;
      }
      if (ch === "\\") {
        out += src[++i] ?? "";
        continue;
      }
      if (quote === "`" && ch === "$" && src[i + 1] === "{") return undefined;
      if (ch === "\n" && quote !== "`") return undefined;
      out += ch;
    }
    return undefined;
  };
  const atEnd = () => {
    skipSpace();
    return i >= src.length || src[i] === ";" || src.startsWith("as const", i) || src.startsWith("export", i);
  };

  if (src.startsWith("null", i)) {
    i += 4;
    return atEnd() ? { value: null } : undefined;
  }
  if (src[i] === "[") {
    i++;
    const items: string[] = [];
    for (;;) {
      skipSpace();
      if (src[i] === "]") break;
      const s = readString();
      if (s === undefined) return undefined;
      items.push(s);
      skipSpace();
      if (src[i] === ",") i++;
      else if (src[i] !== "]") return undefined;
    }
    i++;
    return atEnd() ? { value: items } : undefined;
  }
  const s = readString();
  if (s === undefined) return undefined;
  return atEnd() ? { value: [s] } : undefined;
}

/**
 * The first reader of TypeScript headers (a regex per line, strings built a character
 * at a time), kept as the oracle for the faster one in core/script/ts_header.ts.
 */
import { ScriptError } from "../../core/errors.ts";

const DECLARATION = /^export\s+(?:const|let|var)\s+(revision|downRevision|branchLabels|dependsOn)\s*(?::[^=\n]*)?=\s*/gm;

export function readTsHeaderByRegex(source: string, file: string): Record<string, unknown> {
  const out: Record<string, unknown> = { docstring: leadingDocComment(source) };
  for (const match of source.matchAll(DECLARATION)) {
    const parsed = parseLiteral(source, match.index! + match[0].length);
    if (!parsed) {
      const line = source.slice(0, match.index!).split("\n").length;
      throw new ScriptError(
        `Header constant '${match[1]}' in ${file}:${line} must be a literal (a string, an array of strings or null)`,
        file,
        line,
      );
    }
    out[match[1]!] = parsed.value;
  }
  return out;
}

function leadingDocComment(source: string): string {
  const m = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!m) return "";
  // A message's `*/` is written `*\/` (it would end the comment) and read back as written.
  return m[1]!.split("\n").map((line) => line.replace(/^\s*\* ?/, "").trimEnd()).join("\n").trim().replaceAll("*\\/", "*/");
}

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

/**
 * The value of one Python string literal token as the parser delimits it (prefixes, single
 * or triple quotes, escapes). f-strings and bytes are not plain text: undefined.
 */

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
};

export function pythonStringValue(token: string): string | undefined {
  const prefix = /^[rRbBuUfF]*/.exec(token)![0].toLowerCase();
  if (prefix.includes("f") || prefix.includes("b")) return undefined;
  const body = token.slice(prefix.length);
  const quote = body.startsWith('"""') || body.startsWith("'''") ? body.slice(0, 3) : body[0];
  if (quote === undefined || !body.endsWith(quote) || body.length < quote.length * 2) return undefined;
  const inner = body.slice(quote.length, body.length - quote.length);
  return prefix.includes("r") ? inner : unescape(inner);
}

function unescape(text: string): string | undefined {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const next = text[++i];
    if (next === undefined) return undefined;
    if (next === "\n") continue; // a backslash at the end of a line continues it
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
    } else if (next === "x" || next === "u" || next === "U") {
      const width = next === "x" ? 2 : next === "u" ? 4 : 8;
      const hex = text.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return undefined;
      out += String.fromCodePoint(parseInt(hex, 16));
      i += width;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(text.slice(i))![0];
      out += String.fromCharCode(parseInt(octal, 8));
      i += octal.length - 1;
    } else {
      out += "\\" + next; // Python keeps unknown escapes as written
    }
  }
  return out;
}

/** Small helpers for reading DDL text: comments out, identifiers unquoted, lists split. */

/** Comments removed (string literals kept), whitespace collapsed. */
export function normalizeSql(sql: string): string {
  return sql
    .replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, (m) => (m.startsWith("-") || m.startsWith("/") ? " " : m))
    .replace(/\s+/g, " ")
    .trim()
    .replace(/;$/, "")
    .trim();
}

/** An identifier, quoted or not, optionally schema-qualified. */
export const IDENT = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
export const QNAME = String.raw`${IDENT}(?:\s*\.\s*${IDENT})?`;

/** `"Orders"` -> `Orders`, `Orders` -> `orders`, `public.x` -> `x`. */
export function nameOf(text: string): string {
  const parts = [...text.matchAll(new RegExp(IDENT, "g"))].map((m) => unquote(m[0]));
  if (parts.length === 2 && parts[0] === "public") return parts[1]!;
  return parts.join(".");
}

export function unquote(ident: string): string {
  return ident.startsWith('"') ? ident.slice(1, -1).replace(/""/g, '"') : ident.toLowerCase();
}

/** Splits on `sep` outside parentheses and quotes. */
export function splitTopLevel(text: string, sep = ","): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === sep && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

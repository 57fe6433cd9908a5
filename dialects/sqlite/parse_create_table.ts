/**
 * A small reader for SQLite's stored `CREATE TABLE` text, for what its PRAGMAs don't
 * report: CHECK constraints, constraint names, FK deferrability and AUTOINCREMENT. It
 * tokenizes (respecting quotes and nesting) and splits the body at top-level commas;
 * anything it doesn't recognize is ignored rather than guessed.
 */

export interface ParsedConstraint {
  readonly kind: "primaryKey" | "unique" | "check" | "foreignKey";
  readonly name?: string;
  /** Local columns (for a column-level constraint: that column). */
  readonly columns: readonly string[];
  /** CHECK expression text as written. */
  readonly condition?: string;
  readonly deferrable?: boolean;
  readonly initially?: string;
}

export interface ParsedTable {
  readonly constraints: readonly ParsedConstraint[];
  readonly autoincrement: ReadonlySet<string>;
}

export interface Token { readonly text: string; readonly start: number; readonly end: number; readonly word?: string }

const TOKEN = /\s+|--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*|\d+(?:\.\d*)?|./gy;

export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sql); m !== null && m[0] !== ""; m = TOKEN.exec(sql)) {
    const text = m[0];
    if (/^\s|^--|^\/\*/.test(text)) continue;
    out.push({ text, start: m.index, end: m.index + text.length, ...(/^[A-Za-z_]/.test(text) ? { word: text.toUpperCase() } : {}) });
  }
  return out;
}

/** Unquote an identifier token. */
export function identifier(text: string): string {
  const q = text[0];
  if (q === '"' || q === "`") return text.slice(1, -1).replaceAll(q + q, q);
  if (q === "[") return text.slice(1, -1);
  if (q === "'") return text.slice(1, -1).replaceAll("''", "'");
  return text;
}

/** Split tokens at top-level commas inside the first parenthesized group. */
function bodyItems(tokens: Token[]): Token[][] {
  const open = tokens.findIndex((t) => t.text === "(");
  const items: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens.slice(open + 1)) {
    if (t.text === "(") depth++;
    if (t.text === ")" && depth-- === 0) break;
    if (t.text === "," && depth === 0) items.push([]);
    else items.at(-1)?.push(t);
  }
  return items.filter((i) => i.length > 0);
}

/** Tokens of the group opening at `i` (exclusive), and the index after it. */
function group(tokens: Token[], i: number): { inner: Token[]; next: number } {
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    if (tokens[j]?.text === "(") depth++;
    if (tokens[j]?.text === ")" && --depth === 0) return { inner: tokens.slice(i + 1, j), next: j + 1 };
  }
  return { inner: tokens.slice(i + 1), next: tokens.length };
}

const names = (inner: Token[]) => inner.filter((t) => t.text !== ",").map((t) => identifier(t.text));

export function parseCreateTable(sql: string): ParsedTable {
  const constraints: ParsedConstraint[] = [];
  const autoincrement = new Set<string>();
  for (const item of bodyItems(tokenize(sql))) {
    const isTable = ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"].includes(item[0]?.word ?? "");
    const column = isTable ? undefined : identifier(item[0]?.text ?? "");
    let name: string | undefined;
    for (let i = isTable ? 0 : 1; i < item.length; i++) {
      const word = item[i]?.word;
      const at = (k: number) => item[i + k];
      const push = (c: Omit<ParsedConstraint, "name">) => {
        constraints.push({ ...c, ...(name === undefined ? {} : { name }) });
        name = undefined;
      };
      const localColumns = (k: number) => (column !== undefined ? { cols: [column], next: i + k } : (() => {
        const g = group(item, i + k);
        return { cols: names(g.inner), next: g.next };
      })());
      if (word === "CONSTRAINT") {
        name = identifier(at(1)?.text ?? "");
        i++;
      } else if (word === "PRIMARY" && at(1)?.word === "KEY") {
        const { cols, next } = localColumns(2);
        push({ kind: "primaryKey", columns: cols });
        if (column !== undefined && item.slice(next).some((t) => t.word === "AUTOINCREMENT")) autoincrement.add(column);
        i = next - 1;
      } else if (word === "UNIQUE") {
        const { cols, next } = localColumns(1);
        push({ kind: "unique", columns: cols });
        i = next - 1;
      } else if (word === "CHECK" && at(1)?.text === "(") {
        const g = group(item, i + 1);
        const first = g.inner[0];
        const last = g.inner.at(-1);
        const condition = first && last ? sql.slice(first.start, last.end) : "";
        push({ kind: "check", columns: column === undefined ? [] : [column], condition });
        i = g.next - 1;
      } else if (word === "FOREIGN" || word === "REFERENCES") {
        const { cols, next } = word === "FOREIGN" ? localColumns(2) : { cols: [column as string], next: i };
        const rest = item.slice(next);
        const deferrable = rest.findIndex((t) => t.word === "DEFERRABLE");
        const initially = rest.findIndex((t) => t.word === "INITIALLY");
        push({
          kind: "foreignKey", columns: cols,
          ...(deferrable >= 0 ? { deferrable: rest[deferrable - 1]?.word !== "NOT" } : {}),
          ...(initially >= 0 ? { initially: rest[initially + 1]?.word ?? "" } : {}),
        });
        break;
      }
    }
  }
  return { constraints, autoincrement };
}

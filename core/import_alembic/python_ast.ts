/**
 * A small Python syntax tree built from @lezer/python's concrete tree: the shapes Alembic
 * scripts use (calls, literals, attribute chains, assignments, with/if blocks, defs).
 * Anything else is kept as `other` with its source text and lines, so the translator
 * can quote it rather than guess.
 */
import { parser } from "@lezer/python";
import { Reader } from "./python_reader.ts";

export interface Span {
  /** 1-based first and last line in the file. */
  readonly line: number;
  readonly endLine: number;
  /** The source text of the node. */
  readonly text: string;
}

export type PyExpr = Span & (
  | { kind: "str"; value: string }
  | { kind: "num"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "none" }
  | { kind: "name"; id: string }
  | { kind: "attr"; object: PyExpr; name: string }
  | { kind: "call"; callee: PyExpr; args: PyExpr[]; kwargs: PyKeyword[]; spread: boolean }
  | { kind: "list" | "tuple"; items: PyExpr[] }
  | { kind: "dict"; entries: { key: PyExpr; value: PyExpr }[] }
  | { kind: "compare"; op: string; left: PyExpr; right: PyExpr }
  | { kind: "logic"; op: "and" | "or"; left: PyExpr; right: PyExpr }
  | { kind: "not"; operand: PyExpr }
  | { kind: "other" }
);

/** One imported name: `from module import name as alias` (name undefined for `import module as alias`). */
export interface PyImport {
  readonly module: string;
  readonly name: string | undefined;
  readonly alias: string;
}

export interface PyKeyword {
  readonly name: string;
  readonly value: PyExpr;
}

export type PyStmt = Span & (
  | { kind: "expr"; expr: PyExpr }
  | { kind: "assign"; target: string | undefined; value: PyExpr }
  | { kind: "with"; items: { expr: PyExpr; alias: string | undefined }[]; body: PyStmt[] }
  | { kind: "if"; branches: { test: PyExpr | undefined; body: PyStmt[] }[] }
  | { kind: "def"; name: string; params: string; body: PyStmt[] }
  | { kind: "import"; names: PyImport[] }
  | { kind: "return" }
  | { kind: "pass" }
  | { kind: "comment" }
  | { kind: "other" }
);

export interface PyModule {
  readonly body: PyStmt[];
  /** Lines of the file where the parser found a syntax error. */
  readonly errorLines: number[];
}

export function parsePython(source: string): PyModule {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
  const tree = parser.parse(source);
  const errorLines: number[] = [];
  tree.iterate({ enter: (n) => void (n.type.isError && errorLines.push(lineOf(n.from))) });
  const reader = new Reader(source, lineOf);
  return { body: reader.statements(tree.topNode), errorLines: [...new Set(errorLines)] };
}

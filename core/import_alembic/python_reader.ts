/**
 * Builds the small Python tree of python_ast.ts from @lezer/python's concrete syntax
 * tree, node by node; what it does not know becomes `other`.
 */
import type { SyntaxNode } from "@lezer/common";
import type { PyExpr, PyImport, PyKeyword, PyStmt, Span } from "./python_ast.ts";
import { pythonStringValue } from "./python_string.ts";

const children = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};
const PUNCTUATION = new Set(["(", ")", "[", "]", "{", "}", ",", ":", "."]);

export class Reader {
  constructor(readonly source: string, readonly lineOf: (offset: number) => number) {}

  span(node: SyntaxNode): Span {
    const end = this.source.slice(node.from, node.to).trimEnd();
    return { line: this.lineOf(node.from), endLine: this.lineOf(node.from + Math.max(end.length - 1, 0)), text: end };
  }

  statements(parent: SyntaxNode): PyStmt[] {
    return children(parent).filter((c) => !PUNCTUATION.has(c.name)).map((c) => this.statement(c));
  }

  statement(node: SyntaxNode): PyStmt {
    const span = this.span(node);
    const parts = children(node);
    switch (node.name) {
      case "ExpressionStatement":
        return parts.length === 1 ? { ...span, kind: "expr", expr: this.expr(parts[0]!) } : { ...span, kind: "other" };
      case "AssignStatement": {
        const ops = parts.filter((p) => p.name === "AssignOp");
        if (ops.length !== 1) return { ...span, kind: "other" };
        const target = parts[0]!.name === "VariableName" ? this.text(parts[0]!) : undefined;
        return { ...span, kind: "assign", target, value: this.expr(parts[parts.length - 1]!) };
      }
      case "WithStatement": return this.withStatement(node, span);
      case "IfStatement": return this.ifStatement(node, span);
      case "FunctionDefinition": {
        const name = parts.find((p) => p.name === "VariableName");
        const params = parts.find((p) => p.name === "ParamList");
        const body = parts.find((p) => p.name === "Body");
        if (!name || !body) return { ...span, kind: "other" };
        return { ...span, kind: "def", name: this.text(name), params: params ? this.text(params) : "()", body: this.statements(body) };
      }
      case "ImportStatement": return { ...span, kind: "import", names: this.imports(parts) };
      case "ReturnStatement": return parts.length === 1 ? { ...span, kind: "return" } : { ...span, kind: "other" };
      case "PassStatement": return { ...span, kind: "pass" };
      case "Comment": return { ...span, kind: "comment" };
      default: return { ...span, kind: "other" };
    }
  }

  withStatement(node: SyntaxNode, span: Span): PyStmt {
    const items: { expr: PyExpr; alias: string | undefined }[] = [];
    let body: PyStmt[] | undefined;
    const parts = children(node);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === "with" || p.name === ",") continue;
      if (p.name === "Body") body = this.statements(p);
      else if (p.name === "as") items[items.length - 1] = { ...items[items.length - 1]!, alias: this.text(parts[++i]!) };
      else items.push({ expr: this.expr(p), alias: undefined });
    }
    return body === undefined ? { ...span, kind: "other" } : { ...span, kind: "with", items, body };
  }

  ifStatement(node: SyntaxNode, span: Span): PyStmt {
    const branches: { test: PyExpr | undefined; body: PyStmt[] }[] = [];
    let test: PyExpr | undefined;
    for (const p of children(node)) {
      if (p.name === "if" || p.name === "elif" || p.name === "else") test = undefined;
      else if (p.name === "Body") branches.push({ test, body: this.statements(p) });
      else test = this.expr(p);
    }
    return { ...span, kind: "if", branches };
  }

  /** `import a.b as c, d` / `from a.b import (c as d, e)`, token by token. */
  imports(parts: SyntaxNode[]): PyImport[] {
    const tokens = parts.filter((p) => !["(", ")", "Comment"].includes(p.name)).map((p) => this.text(p));
    const out: PyImport[] = [];
    const dotted = (i: number): [string, number] => {
      let name = "";
      while (i < tokens.length && tokens[i] !== "," && tokens[i] !== "as" && tokens[i] !== "import") name += tokens[i++];
      return [name, i];
    };
    let i = 0;
    let from: string | undefined;
    if (tokens[0] === "from") [from, i] = dotted(1);
    i++; // "import"
    while (i < tokens.length) {
      const [name, next] = dotted(i);
      i = next;
      // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
      let alias = from === undefined ? name.split(".")[0]! : name;
      let module = from ?? alias;
      if (tokens[i] === "as") {
        alias = tokens[i + 1]!;
        if (from === undefined) module = name;
        i += 2;
      }
      out.push({ module, name: from === undefined ? undefined : name, alias });
      if (tokens[i] === ",") i++;
    }
    return out;
  }

  text(node: SyntaxNode): string {
    return this.source.slice(node.from, node.to);
  }

  expr(node: SyntaxNode): PyExpr {
    const span = this.span(node);
    const parts = children(node).filter((c) => !PUNCTUATION.has(c.name) && c.name !== "Comment");
    const other: PyExpr = { ...span, kind: "other" };
    switch (node.name) {
      case "String": {
        const value = pythonStringValue(span.text);
        return value === undefined ? other : { ...span, kind: "str", value };
      }
      case "ContinuedString": {
        const values = parts.map((p) => pythonStringValue(this.text(p)));
        return values.some((v) => v === undefined) ? other : { ...span, kind: "str", value: values.join("") };
      }
      case "Number": {
        const value = Number(span.text.replaceAll("_", ""));
        return Number.isFinite(value) && !/[jJ]$/.test(span.text) ? { ...span, kind: "num", value } : other;
      }
      case "Boolean": return { ...span, kind: "bool", value: span.text === "True" };
      case "None": return { ...span, kind: "none" };
      case "VariableName": return { ...span, kind: "name", id: span.text };
      case "ParenthesizedExpression": return parts.length === 1 ? this.expr(parts[0]!) : other;
      case "UnaryExpression": {
        const operand = parts[1] ? this.expr(parts[1]) : undefined;
        if (this.text(parts[0]!) === "-" && operand?.kind === "num") return { ...span, kind: "num", value: -operand.value };
        if (parts[0]!.name === "not" && operand) return { ...span, kind: "not", operand };
        return other;
      }
      case "MemberExpression": {
        const property = parts[1];
        if (parts.length !== 2 || property?.name !== "PropertyName") return other;
        return { ...span, kind: "attr", object: this.expr(parts[0]!), name: this.text(property) };
      }
      case "CallExpression": return this.call(node, span);
      case "ArrayExpression": return { ...span, kind: "list", items: parts.map((p) => this.expr(p)) };
      case "TupleExpression": return { ...span, kind: "tuple", items: parts.map((p) => this.expr(p)) };
      case "DictionaryExpression": {
        if (parts.length % 2 !== 0) return other;
        const entries = [];
        for (let i = 0; i < parts.length; i += 2) entries.push({ key: this.expr(parts[i]!), value: this.expr(parts[i + 1]!) });
        return { ...span, kind: "dict", entries };
      }
      case "BinaryExpression": {
        if (parts.length < 3) return other;
        const last = parts[parts.length - 1]!;
        const op = this.source.slice(parts[0]!.to, last.from).trim().replace(/\s+/g, " ");
        const [left, right] = [this.expr(parts[0]!), this.expr(last)];
        if (op === "and" || op === "or") return { ...span, kind: "logic", op, left, right };
        if (["==", "!=", "in", "not in", "is", "is not"].includes(op)) return { ...span, kind: "compare", op, left, right };
        return other;
      }
      default: return other;
    }
  }

  call(node: SyntaxNode, span: Span): PyExpr {
    const [calleeNode, argList] = children(node);
    if (!calleeNode || argList?.name !== "ArgList") return { ...span, kind: "other" };
    const args: PyExpr[] = [];
    const kwargs: PyKeyword[] = [];
    let spread = false;
    const parts = children(argList).filter((c) => !PUNCTUATION.has(c.name) && c.name !== "Comment");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === "*" || p.name === "**") {
        spread = true;
        i++;
      } else if (p.name === "VariableName" && parts[i + 1]?.name === "AssignOp") {
        kwargs.push({ name: this.text(p), value: this.expr(parts[i + 2]!) });
        i += 2;
      } else {
        args.push(this.expr(p));
      }
    }
    return { ...span, kind: "call", callee: this.expr(calleeNode), args, kwargs, spread };
  }
}

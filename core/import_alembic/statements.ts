/**
 * The statements of `upgrade()` / `downgrade()` as TypeScript lines. What has a mig
 * equivalent is translated; a statement that has none is never dropped or guessed: its
 * Python is kept as a comment at that spot, followed by
 * `throw new ScriptError("not converted: <file>:<line>")`, so the script fails loudly
 * until a person ports it.
 */
import { Expressions } from "./expressions.ts";
import { translateEnumLifecycle } from "./enum_types.ts";
import { readTableCall } from "./data_ops.ts";
import { translateOpCall } from "./op_call.ts";
import { dialectName, dialectTest, isBind, isType } from "./bindings.ts";
import type { PyExpr, PyStmt } from "./python_ast.ts";
import type { Scope } from "./scope.ts";
import { js, NotConverted, type TranslateContext } from "./translate_context.ts";

/** A statement left for a person: where it is, its Python, and why. */
export interface HandWork {
  readonly line: number;
  readonly endLine: number;
  readonly python: string[];
  readonly reason: string;
}

const INDENT = "  ";

export class StatementTranslator {
  readonly handWork: HandWork[] = [];

  constructor(readonly ctx: TranslateContext, readonly file: string, readonly sourceLines: readonly string[]) {}

  /** `batch`: the Python name of the batch_op inside a batch_alter_table block. */
  block(statements: readonly PyStmt[], scope: Scope, batch?: string): string[] {
    return statements.flatMap((s) => this.statement(s, scope, batch)).flatMap((l) => l.split("\n"));
  }

  statement(stmt: PyStmt, scope: Scope, batch: string | undefined): string[] {
    const x = new Expressions(this.ctx, scope);
    try {
      switch (stmt.kind) {
        case "comment": return [`//${stmt.text.slice(1)}`];
        case "pass": return [];
        case "return": return ["return;"];
        case "expr": {
          if (stmt.expr.kind === "str") return stmt.expr.value.trim().split("\n").map((l) => `// ${l.trim()}`.trimEnd());
          if (stmt.expr.kind !== "call") break;
          return this.call(x, stmt.expr, batch);
        }
        case "assign": return this.assign(x, stmt, scope);
        case "with": return this.with(x, stmt, scope, batch);
        case "if": return this.if(x, stmt, scope, batch);
      }
      const keyword = stmt.text.split(/\s/)[0];
      return this.notConverted(stmt, stmt.kind === "other" || stmt.kind === "def" || stmt.kind === "import" ? `Python ${keyword} statement` : "no mig equivalent");
    } catch (error) {
      if (!(error instanceof NotConverted)) throw error;
      return this.notConverted(stmt, error.message);
    }
  }

  call(x: Expressions, call: Extract<PyExpr, { kind: "call" }>, batch: string | undefined): string[] {
    const callee = call.callee;
    if (callee.kind === "attr" && batch !== undefined && callee.object.kind === "name" && callee.object.id === batch) {
      return translateOpCall(x, call, callee.name, "batch");
    }
    const lifecycle = translateEnumLifecycle(x, call, (e) => isBind(x, e));
    if (lifecycle !== undefined) return lifecycle;
    const qualified = x.scope.qualified(callee);
    const method = qualified?.startsWith("op.") ? qualified.slice(3) : undefined;
    if (method === undefined || method.includes(".")) return x.ctx.fail(call, `${callee.text}(...): not an Alembic operation`);
    return translateOpCall(x, call, method, undefined);
  }

  assign(x: Expressions, stmt: Extract<PyStmt, { kind: "assign" }>, scope: Scope): string[] {
    if (stmt.target === undefined) return x.ctx.fail(stmt.value, "assignment to something other than a name");
    const table = readTableCall(x, stmt.value);
    if (table) {
      scope.bindTable(stmt.target, table);
      return [];
    }
    if (stmt.value.kind === "str") {
      scope.bindString(stmt.target, stmt.value.value);
      return [];
    }
    if (isType(x, stmt.value)) {
      scope.bindType(stmt.target, stmt.value);
      return [];
    }
    if (isBind(x, stmt.value)) {
      scope.bindHandle(stmt.target, "bind");
      return [];
    }
    if (dialectName(x, stmt.value)) {
      scope.bindHandle(stmt.target, "dialect");
      return [];
    }
    return x.ctx.fail(stmt.value, "assignment of a value mig scripts do not have");
  }

  with(x: Expressions, stmt: Extract<PyStmt, { kind: "with" }>, scope: Scope, batch: string | undefined): string[] {
    const [item] = stmt.items;
    if (stmt.items.length !== 1 || item!.expr.kind !== "call") return x.ctx.fail(stmt.items[0]?.expr ?? (stmt as never), "with: no mig equivalent");
    const call = item!.expr;
    const callee = call.callee;
    // op.get_context().autocommit_block()
    if (callee.kind === "attr" && callee.name === "autocommit_block" && call.args.length === 0 && isBind(x, callee.object)) {
      this.ctx.uses.add("op");
      return ["op.autocommitBlock(() => {", ...this.indent(this.block(stmt.body, scope, batch)), "});"];
    }
    if (batch === undefined && x.scope.qualified(callee) === "op.batch_alter_table" && item!.alias !== undefined) {
      const table = call.args[0] ?? call.kwargs.find((k) => k.name === "table_name")?.value;
      if (table === undefined) return x.ctx.fail(call, "batch_alter_table without a table name");
      const opts: string[] = [];
      for (const k of call.kwargs) {
        if (k.name === "table_name" || k.value.kind === "none") continue;
        if (k.name === "schema") opts.push(`schema: ${js(x.str(k.value, "schema"))}`);
        else if (k.name === "recreate") opts.push(`recreate: ${js(x.str(k.value, "recreate"))}`);
        else x.ctx.fail(k.value, `batch_alter_table(${k.name}=...): no mig equivalent`);
      }
      if (call.args.length > 1 || call.spread) x.ctx.fail(call, "batch_alter_table: only table_name, schema and recreate can be converted");
      this.ctx.uses.add("op");
      const inner = scope.child();
      inner.bindHandle(item!.alias, "batch");
      const body = this.block(stmt.body, inner, item!.alias);
      const tail = opts.length > 0 ? `}, { ${opts.join(", ")} });` : "});";
      return [`op.batchAlterTable(${js(x.str(table, "table name"))}, (batch) => {`, ...this.indent(body), tail];
    }
    return x.ctx.fail(call, "with: no mig equivalent");
  }

  if(x: Expressions, stmt: Extract<PyStmt, { kind: "if" }>, scope: Scope, batch: string | undefined): string[] {
    const tests = stmt.branches.map((b) => (b.test === undefined ? undefined : dialectTest(x, b.test)));
    const out: string[] = [];
    stmt.branches.forEach((branch, i) => {
      // A name bound inside one branch is not known after the if: the branch's own scope.
      const body = this.block(branch.body, scope.child(), batch);
      if (i > 0 && tests[i] === undefined && body.length === 0) return;
      const head = i === 0 ? `if (${tests[i]}) {` : tests[i] === undefined ? "} else {" : `} else if (${tests[i]}) {`;
      out.push(head, ...this.indent(body));
    });
    out.push("}");
    return out;
  }

  indent(lines: readonly string[]): string[] {
    return lines.map((l) => (l === "" ? l : INDENT + l));
  }

  notConverted(stmt: PyStmt, reason: string): string[] {
    const python = this.sourceLines.slice(stmt.line - 1, stmt.endLine);
    const margin = Math.min(...python.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length));
    const kept = python.map((l) => l.slice(margin).trimEnd());
    this.handWork.push({ line: stmt.line, endLine: stmt.endLine, python: kept, reason });
    this.ctx.uses.add("ScriptError");
    const where = stmt.endLine > stmt.line ? `${this.file}:${stmt.line}-${stmt.endLine}` : `${this.file}:${stmt.line}`;
    return [
      `// not converted (${where}): ${reason}`,
      ...kept.map((l) => `//   ${l}`.trimEnd()),
      `throw new ScriptError(${js(`not converted: ${this.file}:${stmt.line}`)});`,
    ];
  }
}

/**
 * Python literals and the small expressions Alembic scripts pass to ops: names (`op.f`),
 * column lists, SQL text (`sa.text`), server defaults and bulk-insert values, as TypeScript
 * source. Anything else throws NotConverted.
 */
import type { PyExpr } from "./python_ast.ts";
import type { Scope } from "./scope.ts";
import { js, type TranslateContext } from "./translate_context.ts";

export class Expressions {
  constructor(readonly ctx: TranslateContext, readonly scope: Scope) {}

  /** A name bound to a string literal earlier in the script, as that literal. */
  resolve(expr: PyExpr): PyExpr {
    const value = expr.kind === "name" ? this.scope.string(expr.id) : undefined;
    return value === undefined ? expr : { ...expr, kind: "str", value };
  }

  str(expr: PyExpr, what: string): string {
    const e = this.resolve(expr);
    return e.kind === "str" ? e.value : this.ctx.fail(expr, `${what}: expected a string literal`);
  }

  bool(expr: PyExpr, what: string): boolean {
    return expr.kind === "bool" ? expr.value : this.ctx.fail(expr, `${what}: expected True or False`);
  }

  int(expr: PyExpr, what: string): number {
    return expr.kind === "num" && Number.isInteger(expr.value) ? expr.value : this.ctx.fail(expr, `${what}: expected an integer`);
  }

  /** A name: a string literal or `op.f("...")`. */
  name(expr: PyExpr, what: string): string {
    if (expr.kind === "str") return js(expr.value);
    if (expr.kind === "call" && this.#isF(expr.callee) && expr.args.length === 1 && expr.kwargs.length === 0) {
      this.ctx.uses.add("op");
      return `op.f(${js(this.str(expr.args[0]!, what))})`;
    }
    return this.ctx.fail(expr, `${what}: expected a name (a string or op.f(...))`);
  }

  /** `op.f`, or `batch_op.f` inside a batch block. */
  #isF(callee: PyExpr): boolean {
    if (callee.kind === "attr" && callee.name === "f" && callee.object.kind === "name" && this.scope.handle(callee.object.id) === "batch") return true;
    return this.scope.qualified(callee) === "op.f";
  }

  /** A name that may be None (`null`), as constraint names are. */
  optionalName(expr: PyExpr | undefined, what: string): string {
    return expr === undefined || expr.kind === "none" ? "null" : this.name(expr, what);
  }

  /**
   * A constraint's name given to an op. Alembic passes a plain string through the naming
   * convention of env.py's target_metadata (a `%(constraint_name)s` token rewrites it);
   * mig uses names as given, as Alembic does for op.f(...): worth a note.
   */
  constraintName(expr: PyExpr | undefined, what: string): string {
    if (expr?.kind === "str") {
      this.ctx.note(expr.line, `${what} '${expr.value}' is used as given; Alembic rewrites it when target_metadata's naming_convention has a %(constraint_name)s token (op.f() there marks a name as final)`);
    }
    return this.optionalName(expr, what);
  }

  /** A list or tuple of plain strings: `["a", "b"]`. */
  strings(expr: PyExpr, what: string): string[] {
    if (expr.kind !== "list" && expr.kind !== "tuple") return this.ctx.fail(expr, `${what}: expected a list of names`);
    return expr.items.map((i) => this.str(i, what));
  }

  /** SQL text: a string literal or `sa.text("...")` / `sa.literal_column("...")`, as `t.sql(...)`. */
  sql(expr: PyExpr, what: string): string {
    expr = this.resolve(expr);
    if (expr.kind === "str") return js(expr.value);
    const text = this.sqlCall(expr);
    return text ?? this.ctx.fail(expr, `${what}: expected SQL text (a string or sa.text(...))`);
  }

  /** `sa.text("x")` and friends as `t.sql("x")`; undefined for anything else. */
  sqlCall(expr: PyExpr): string | undefined {
    if (expr.kind !== "call") return undefined;
    const callee = this.scope.qualified(expr.callee);
    if ((callee === "sa.text" || callee === "sa.literal_column") && expr.args.length === 1 && expr.kwargs.length === 0) {
      this.ctx.uses.add("t");
      return `t.sql(${js(this.str(expr.args[0]!, callee))})`;
    }
    if ((callee === "sa.func.now" || callee === "sa.func.current_timestamp") && expr.args.length === 0) {
      this.ctx.uses.add("t");
      return `t.sql(${js(this.nowFunction(expr))})`;
    }
    return undefined;
  }

  /** `func.now()` compiles per dialect in SQLAlchemy: CURRENT_TIMESTAMP on SQLite, now() elsewhere. */
  nowFunction(expr: PyExpr): string {
    if (this.ctx.dialect === undefined) return this.ctx.fail(expr, "func.now() renders per dialect: give --dialect");
    return this.ctx.dialect === "sqlite" ? "(CURRENT_TIMESTAMP)" : "now()";
  }

  /** A server default: a string is a quoted literal (as in SQLAlchemy), `sa.text` an expression. */
  serverDefault(expr: PyExpr, what: string): string {
    if (expr.kind === "none") return "null";
    if (expr.kind === "str") return js(expr.value);
    if (expr.kind === "call" && this.scope.qualified(expr.callee) === "sa.DefaultClause" && expr.args.length === 1) {
      return this.serverDefault(expr.args[0]!, what);
    }
    return this.sqlCall(expr) ?? this.ctx.fail(expr, `${what}: expected a string or sa.text(...)`);
  }

  /** A literal value for bulk_insert rows. */
  value(expr: PyExpr): string {
    expr = this.resolve(expr);
    switch (expr.kind) {
      case "str": return js(expr.value);
      case "num": return String(expr.value);
      case "bool": return String(expr.value);
      case "none": return "null";
      default: return this.sqlCall(expr) ?? this.ctx.fail(expr, "only literal values can be converted");
    }
  }

  /** A comment or other optional text argument: a string, or None as null. */
  optionalText(expr: PyExpr, what: string): string {
    return expr.kind === "none" ? "null" : js(this.str(expr, what));
  }
}

/**
 * What names and conditions in a script stand for: SQLAlchemy types bound to names,
 * `op.get_bind()` / `op.get_context()` handles, and tests of the dialect's name
 * (`bind.dialect.name == "sqlite"`), which become tests of `op.dialect`.
 */
import { Expressions } from "./expressions.ts";
import type { PyExpr } from "./python_ast.ts";
import { js, NotConverted, TranslateContext as ScratchContext } from "./translate_context.ts";
import { translateType } from "./type_map.ts";

/** A SQLAlchemy type expression mig translates (`mood = postgresql.ENUM(...)`), tried without side effects. */
export function isType(x: Expressions, expr: PyExpr): boolean {
  if (expr.kind !== "call") return false;
  try {
    translateType(new Expressions(new ScratchContext(x.ctx.dialect), x.scope), expr);
    return true;
  } catch (error) {
    if (error instanceof NotConverted) return false;
    throw error;
  }
}

/** `op.get_bind()`, `op.get_context()`, or a name bound to one of them. */
export function isBind(x: Expressions, expr: PyExpr): boolean {
  if (expr.kind === "name") return x.scope.handle(expr.id) === "bind";
  if (expr.kind !== "call" || expr.args.length > 0 || expr.kwargs.length > 0) return false;
  const callee = x.scope.qualified(expr.callee);
  return callee === "op.get_bind" || callee === "op.get_context";
}

/** `<bind>.dialect.name`, or a name bound to it. */
export function dialectName(x: Expressions, expr: PyExpr): boolean {
  if (expr.kind === "name") return x.scope.handle(expr.id) === "dialect";
  return expr.kind === "attr" && expr.name === "name" && expr.object.kind === "attr" && expr.object.name === "dialect" &&
    isBind(x, expr.object.object);
}

/** A condition on the dialect's name, as a test of `op.dialect`. */
export function dialectTest(x: Expressions, expr: PyExpr): string {
  if (expr.kind === "not") return `!(${dialectTest(x, expr.operand)})`;
  if (expr.kind === "logic") return `(${dialectTest(x, expr.left)}) ${expr.op === "and" ? "&&" : "||"} (${dialectTest(x, expr.right)})`;
  if (expr.kind !== "compare") return x.ctx.fail(expr, "a condition other than a test of the dialect's name");
  const [name, value] = dialectName(x, expr.left) ? [expr.left, expr.right] : [expr.right, expr.left];
  if (!dialectName(x, name)) return x.ctx.fail(expr, "a condition other than a test of the dialect's name");
  const dialect = (v: PyExpr) => {
    const text = x.str(v, "dialect name");
    return js(text === "mariadb" ? "mysql" : text);
  };
  x.ctx.uses.add("op");
  switch (expr.op) {
    case "==": case "is": return `op.dialect === ${dialect(value)}`;
    case "!=": case "is not": return `op.dialect !== ${dialect(value)}`;
    case "in": case "not in": {
      if (value.kind !== "tuple" && value.kind !== "list") return x.ctx.fail(value, "expected a tuple of dialect names");
      const test = `[${value.items.map(dialect).join(", ")}].includes(op.dialect)`;
      return expr.op === "in" ? test : `!${test}`;
    }
  }
  return x.ctx.fail(expr, `comparison ${expr.op} on the dialect's name`);
}

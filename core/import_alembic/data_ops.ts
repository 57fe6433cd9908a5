/** Data: op.execute with SQL text, op.bulk_insert with literal rows and a sa.table(...). */
import { CallArgs } from "./call_args.ts";
import type { Expressions } from "./expressions.ts";
import type { OpCall } from "./op_call.ts";
import type { PyExpr } from "./python_ast.ts";
import type { TableBinding } from "./scope.ts";
import { js, options } from "./translate_context.ts";

/** The TypeScript for `c`'s call when it is one of these ops; undefined when it is not. */
export function dataOp(c: OpCall): string[] | undefined {
  const { x } = c;
  switch (c.method) {
    case "execute": {
      if (c.batch) return undefined;
      const args = c.a(["sqltext", "execution_options"]);
      const given = x.resolve(args.require("sqltext"));
      const text = given.kind === "str" ? given : given.kind === "call" && given.args.length === 1 && x.scope.qualified(given.callee) === "sa.text"
        ? x.resolve(given.args[0]!) : undefined;
      if (text?.kind !== "str" || (given.kind === "call" && given.kwargs.length > 0)) return x.ctx.fail(given, "op.execute: expected SQL text (a string or sa.text(...))");
      if (args.get("execution_options") !== undefined) x.ctx.fail(c.call, "op.execute(execution_options=...): no mig equivalent");
      const sql = js(textClause(x, text));
      if (given.kind === "call") x.ctx.uses.add("t");
      return c.emit(args, "execute", [given.kind === "call" ? `t.sql(${sql})` : sql]);
    }
    case "bulk_insert": {
      if (c.batch) return undefined;
      const args = c.a(["table", "rows", "multiinsert"]);
      const target = tableBinding(x, args.require("table"));
      const rowsExpr = args.require("rows");
      if (rowsExpr.kind !== "list" && rowsExpr.kind !== "tuple") return x.ctx.fail(rowsExpr, "bulk_insert rows: expected a list of dicts");
      const rows = rowsExpr.items.map((row) => {
        if (row.kind !== "dict") return x.ctx.fail(row, "bulk_insert row: expected a dict literal");
        const entries = row.entries.filter((e) => {
          const known = target.columns.includes(x.str(e.key, "column name"));
          if (!known) x.ctx.note(e.key.line, `bulk_insert: '${x.str(e.key, "column name")}' left out: not a column of the sa.table (SQLAlchemy does not insert it either)`);
          return known;
        });
        return `{ ${entries.map((e) => `${propertyName(x.str(e.key, "column name"))}: ${x.value(e.value)}`).join(", ")} }`;
      });
      args.ignore({ multiinsert: "is not needed (rows with the same keys share one INSERT)" });
      const list = rows.map((r) => `  ${r},`).join("\n");
      return c.emit(args, "bulkInsert", [js(target.name), `[\n${list}\n]`, options([["schema", target.schema && js(target.schema)]])]);
    }
  }
  return undefined;
}

/** The table of bulk_insert: a name bound to `sa.table(...)`, or the call itself. */
function tableBinding(x: Expressions, expr: PyExpr): TableBinding {
  if (expr.kind === "name") return x.scope.table(expr.id) ?? x.ctx.fail(expr, `bulk_insert: '${expr.id}' is not a sa.table(...) of this script`);
  return readTableCall(x, expr) ?? x.ctx.fail(expr, "bulk_insert: expected a sa.table(...)");
}

/** `sa.table("name", sa.column(...), ..., schema="s")`: the name and schema (column types do not reach the SQL). */
export function readTableCall(x: Expressions, expr: PyExpr): TableBinding | undefined {
  if (expr.kind !== "call") return undefined;
  const callee = x.scope.qualified(expr.callee);
  if (callee !== "sa.table" && callee !== "sa.Table") return undefined;
  const args = new CallArgs(expr, x.ctx, callee, ["name"]);
  const name = x.str(args.require("name"), "table name");
  const columns = args.rest().map((column) => {
    const ok = column.kind === "call" && ["sa.column", "sa.Column"].includes(x.scope.qualified(column.callee) ?? "");
    if (!ok || column.kind !== "call" || column.args[0] === undefined) return x.ctx.fail(column, `${callee}: expected sa.column(...) entries`);
    return x.str(column.args[0], "column name");
  });
  const schema = args.get("schema");
  args.finish();
  return schema === undefined ? { name, columns } : { name, schema: x.str(schema, "schema"), columns };
}

/** A row key as an object property: bare when it is an identifier, quoted otherwise. */
function propertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : js(key);
}

/**
 * The SQL a string passed to op.execute becomes: Alembic wraps it in SQLAlchemy's text(),
 * where a backslash-colon is a literal colon and `:name` a bind parameter needing a value (which
 * op.execute cannot give: Alembic itself would fail there).
 */
function textClause(x: Expressions, text: Extract<PyExpr, { kind: "str" }>): string {
  const parameter = /(?<![:\w\\]):(\w+)(?!:)/.exec(text.value);
  if (parameter) return x.ctx.fail(text, `op.execute: bind parameter :${parameter[1]} has no value`);
  return text.value.replaceAll("\\:", ":");
}

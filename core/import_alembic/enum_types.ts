/**
 * PostgreSQL enum types created or dropped by hand, as Alembic scripts do around tables
 * that use `create_type=False`: `mood.create(op.get_bind(), checkfirst=True)` and
 * `sa.Enum(name="mood").drop(op.get_bind())`. SQLAlchemy does this on PostgreSQL only
 * (elsewhere an enum is a column type), so the statements run there only.
 */
import { CallArgs } from "./call_args.ts";
import type { Expressions } from "./expressions.ts";
import type { PyExpr } from "./python_ast.ts";
import { js } from "./translate_context.ts";

type Call = Extract<PyExpr, { kind: "call" }>;

const ENUM_TYPES = new Set(["sa.Enum", "postgresql.ENUM"]);

/** The enum a call's receiver stands for: `sa.Enum(...)` itself or a name bound to one. */
function enumOf(x: Expressions, expr: PyExpr): Call | undefined {
  const e = expr.kind === "name" ? x.scope.type(expr.id) ?? expr : expr;
  return e.kind === "call" && ENUM_TYPES.has(x.scope.qualified(e.callee) ?? "") ? e : undefined;
}

/** `<enum>.create(bind, checkfirst=...)` / `.drop(...)` as op.execute on PostgreSQL; undefined when the call is not one. */
export function translateEnumLifecycle(x: Expressions, call: Call, isBind: (e: PyExpr) => boolean): string[] | undefined {
  if (call.callee.kind !== "attr" || (call.callee.name !== "create" && call.callee.name !== "drop")) return undefined;
  const type = enumOf(x, call.callee.object);
  if (type === undefined) return undefined;
  const verb = call.callee.name;
  const args = new CallArgs(call, x.ctx, `Enum.${verb}`, ["bind", "checkfirst"]);
  if (!isBind(args.require("bind"))) x.ctx.fail(call, `Enum.${verb}: expected op.get_bind()`);
  const checkfirst = args.get("checkfirst");
  const check = checkfirst !== undefined && x.bool(checkfirst, "checkfirst");
  args.finish();
  const name = type.kwargs.find((k) => k.name === "name")?.value;
  if (name === undefined) return x.ctx.fail(type, "an enum without name= cannot be created or dropped");
  const schema = type.kwargs.find((k) => k.name === "schema")?.value;
  const qualified = [schema && x.str(schema, "schema"), x.str(name, "enum name")].filter((p): p is string => Boolean(p)).map(quoteName).join(".");
  let sql: string;
  if (verb === "create") {
    const values = type.args.map((v) => `'${x.str(v, "enum value").replaceAll("'", "''")}'`).join(", ");
    const create = `CREATE TYPE ${qualified} AS ENUM (${values})`;
    sql = check ? `DO $$ BEGIN ${create}; EXCEPTION WHEN duplicate_object THEN NULL; END $$` : create;
  } else {
    // mig drops an enum with the last table using it, so the type may be gone already.
    sql = `DROP TYPE IF EXISTS ${qualified}`;
    if (!check) x.ctx.note(call.line, "Enum.drop: DROP TYPE IF EXISTS (mig drops an enum type with the last table that used it)");
  }
  x.ctx.uses.add("op");
  if (x.ctx.dialect === "postgresql") return [`op.execute(${js(sql)});`];
  if (x.ctx.dialect !== undefined) {
    x.ctx.note(call.line, `Enum.${verb}: nothing to do on ${x.ctx.dialect} (an enum is a column type there)`);
    return [];
  }
  return [`if (op.dialect === "postgresql") op.execute(${js(sql)});`];
}

/** A name PostgreSQL takes as written (lowercase identifier), else double-quoted. */
function quoteName(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

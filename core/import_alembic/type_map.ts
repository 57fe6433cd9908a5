/**
 * SQLAlchemy types as mig's `t.*` type builders, chosen so that each renders the DDL
 * SQLAlchemy renders on the project's dialect. A type (or an argument of one) with no
 * faithful equivalent throws NotConverted rather than being approximated.
 */
import { CallArgs } from "./call_args.ts";
import type { Expressions } from "./expressions.ts";
import type { PyExpr } from "./python_ast.ts";
import { js, options } from "./translate_context.ts";

type Call = Extract<PyExpr, { kind: "call" }>;

/** Types that take no arguments that change their DDL, by canonical name. */
const PLAIN: Record<string, string> = {
  Integer: "t.integer()", INTEGER: "t.integer()", INT: "t.integer()",
  BigInteger: "t.bigInteger()", BIGINT: "t.bigInteger()",
  SmallInteger: "t.smallInteger()", SMALLINT: "t.smallInteger()",
  Text: "t.text()", UnicodeText: "t.text()", TEXT: "t.text()",
  Boolean: "t.boolean()", BOOLEAN: "t.boolean()",
  Date: "t.date()", DATE: "t.date()",
  JSON: "t.json()",
  LargeBinary: "t.binary()",
  Uuid: "t.uuid()",
};

/** Types PostgreSQL spells in its own words (sqlalchemy.dialects.postgresql). */
const POSTGRESQL_RAW = new Set(["JSONB", "INET", "CIDR", "MACADDR", "TSVECTOR", "MONEY", "HSTORE", "INTERVAL", "OID", "REGCLASS"]);
/** MySQL's own types that take an optional display length. */
const MYSQL_RAW = new Set(["TINYINT", "MEDIUMINT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "YEAR", "DOUBLE", "LONGBLOB", "MEDIUMBLOB", "TINYBLOB"]);

export function translateType(x: Expressions, expr: PyExpr): string {
  const bound = expr.kind === "name" ? x.scope.type(expr.id) : undefined;
  if (bound !== undefined) return translateType(x, bound);
  const call: Call = expr.kind === "call" ? expr : { ...expr, kind: "call", callee: expr, args: [], kwargs: [], spread: false };
  const qualified = x.scope.qualified(call.callee);
  if (qualified === undefined) return x.ctx.fail(expr, `type ${expr.text}: not a SQLAlchemy type`);
  const [namespace, name] = splitName(qualified);
  x.ctx.uses.add("t");
  const a = (signature: string[]) => new CallArgs(call, x.ctx, qualified, signature);
  const done = (args: CallArgs, code: string) => (args.finish(), code);

  if (namespace === "postgresql" && (name === "JSON" || name === "BYTEA")) {
    const args = a([]);
    args.pythonOnly("astext_type", "none_as_null");
    return done(args, name === "JSON" ? "t.json()" : "t.binary()");
  }
  if ((namespace === "postgresql" || namespace === "sa") && name === "ARRAY") {
    const args = a(["item_type"]);
    args.pythonOnly("as_tuple", "zero_indexes");
    const dimensions = args.get("dimensions");
    const element = arrayElement(x, args.require("item_type"));
    const depth = dimensions === undefined ? 1 : x.int(dimensions, "dimensions");
    return done(args, `t.raw(${js(element + "[]".repeat(depth))})`);
  }
  if (namespace === "postgresql" && name === "UUID") return uuid(a(["as_uuid"]));
  if (namespace === "postgresql" && name === "ENUM") return enumType(x, a([]), true);
  if (namespace === "postgresql" && name === "DOUBLE_PRECISION") return done(a([]), `t.raw("DOUBLE PRECISION")`);
  if (namespace === "postgresql" && name === "JSONB") {
    const args = a([]);
    args.pythonOnly("astext_type", "none_as_null");
    return done(args, `t.raw("JSONB")`);
  }
  if (namespace === "postgresql" && POSTGRESQL_RAW.has(name)) return done(a([]), `t.raw(${js(name)})`);
  if (namespace === "mysql" && MYSQL_RAW.has(name)) {
    const args = a(["display_width"]);
    const width = args.get("display_width") ?? args.get("length");
    const sql = width === undefined ? name : `${name}(${x.int(width, name)})`;
    return done(args, `t.raw(${js(sql)})`);
  }
  if (namespace !== "sa" && namespace !== "postgresql" && namespace !== "mysql" && namespace !== "sqlite") {
    return x.ctx.fail(expr, `type ${qualified}: not a SQLAlchemy type mig knows`);
  }
  if (PLAIN[name] !== undefined) {
    const args = a([]);
    args.pythonOnly("none_as_null", "_expect_unicode", "as_uuid");
    return done(args, PLAIN[name]!);
  }
  switch (name) {
    case "String": case "VARCHAR": case "Unicode": case "NVARCHAR": {
      const args = a(["length"]);
      const length = args.get("length");
      return done(args, length === undefined ? "t.string()" : `t.string(${x.int(length, name)})`);
    }
    case "CHAR": case "NCHAR": {
      const args = a(["length"]);
      const length = args.get("length");
      return done(args, `t.raw(${js(length === undefined ? "CHAR" : `CHAR(${x.int(length, name)})`)})`);
    }
    case "Numeric": case "NUMERIC": case "DECIMAL": {
      const args = a(["precision", "scale", "decimal_return_scale", "asdecimal"]);
      args.pythonOnly("asdecimal", "decimal_return_scale");
      const p = args.get("precision"), s = args.get("scale");
      const parts = [p && String(x.int(p, name)), s && String(x.int(s, name))].filter((v) => v !== undefined);
      return done(args, `t.numeric(${parts.join(", ")})`);
    }
    case "Float": case "FLOAT": {
      const args = a(["precision", "asdecimal", "decimal_return_scale"]);
      args.pythonOnly("asdecimal", "decimal_return_scale");
      const precision = args.get("precision");
      return done(args, precision === undefined ? "t.float()" : `t.raw(${js(`FLOAT(${x.int(precision, name)})`)})`);
    }
    case "REAL": return done(a([]), `t.raw("REAL")`);
    case "DateTime": case "DATETIME": {
      const args = a(["timezone"]);
      const tz = args.get("timezone");
      return done(args, tz !== undefined && x.bool(tz, name) ? "t.dateTime({ timezone: true })" : "t.dateTime()");
    }
    case "TIMESTAMP": case "Time": case "TIME": {
      const args = a(["timezone"]);
      const tz = args.get("timezone");
      const withZone = tz !== undefined && x.bool(tz, name);
      if (name !== "TIMESTAMP" && !withZone) return done(args, "t.time()");
      const sql = name === "TIMESTAMP" ? "TIMESTAMP" : "TIME";
      if (!withZone) return done(args, `t.raw("TIMESTAMP")`);
      if (x.ctx.dialect === undefined) return x.ctx.fail(expr, `${name}(timezone=True) renders per dialect: give --dialect`);
      return done(args, `t.raw(${js(x.ctx.dialect === "postgresql" ? `${sql} WITH TIME ZONE` : sql)})`);
    }
    case "Enum": return enumType(x, a([]), false);
    default: return x.ctx.fail(expr, `type ${qualified}: no mig equivalent`);
  }
}

/** PostgreSQL's name for an array's element type, for the types SQLAlchemy spells the same way. */
function arrayElement(x: Expressions, expr: PyExpr): string {
  const call = expr.kind === "call" ? expr : undefined;
  const name = x.scope.qualified(call ? call.callee : expr)?.split(".").at(-1);
  const simple: Record<string, string> = {
    Integer: "INTEGER", INTEGER: "INTEGER", BigInteger: "BIGINT", BIGINT: "BIGINT", SmallInteger: "SMALLINT",
    Text: "TEXT", TEXT: "TEXT", Boolean: "BOOLEAN", Float: "FLOAT", Date: "DATE", UUID: "UUID", JSONB: "JSONB",
  };
  const length = call?.args[0] ?? call?.kwargs.find((k) => k.name === "length")?.value;
  if ((name === "String" || name === "VARCHAR" || name === "Unicode") && (call?.args.length ?? 0) + (call?.kwargs.length ?? 0) <= 1) {
    return length === undefined ? "VARCHAR" : `VARCHAR(${x.int(length, "length")})`;
  }
  if (name !== undefined && simple[name] !== undefined && (call === undefined || (call.args.length === 0 && call.kwargs.length === 0))) return simple[name]!;
  return x.ctx.fail(expr, `ARRAY of ${expr.text}: no mig equivalent`);
}

function splitName(qualified: string): [string, string] {
  const dot = qualified.lastIndexOf(".");
  return [qualified.slice(0, dot), qualified.slice(dot + 1)];
}

function uuid(args: CallArgs): string {
  args.pythonOnly("as_uuid");
  args.finish();
  return "t.uuid()";
}

/** `sa.Enum("a", "b", name="mood")` and `postgresql.ENUM(..., create_type=False)`. */
function enumType(x: Expressions, args: CallArgs, postgresqlEnum: boolean): string {
  const values = args.rest().map((v) => x.str(v, "Enum value"));
  if (values.length === 0) x.ctx.fail(args.call, "Enum: values must be string literals (an enum class cannot be read statically)");
  const name = args.get("name");
  const schema = args.get("schema");
  const create = postgresqlEnum ? args.get("create_type") : undefined;
  const native = args.get("native_enum");
  if (native !== undefined && !x.bool(native, "native_enum")) x.ctx.fail(native, "Enum(native_enum=False): no mig equivalent");
  const constraint = args.get("create_constraint");
  if (constraint !== undefined && x.bool(constraint, "create_constraint")) x.ctx.fail(constraint, "Enum(create_constraint=True): no mig equivalent");
  args.pythonOnly("validate_strings", "inherit_schema", "metadata");
  let typeName: string;
  if (name !== undefined) typeName = x.str(name, "Enum name");
  else if (x.ctx.dialect !== undefined && x.ctx.dialect !== "postgresql") {
    // Outside PostgreSQL an enum is a column type without a name of its own; mig's needs one.
    typeName = `enum_${values.join("_")}`.slice(0, 60);
    x.ctx.note(args.call.line, `Enum without name=: named '${typeName}' (the name appears in no ${x.ctx.dialect} DDL)`);
  } else {
    return x.ctx.fail(args.call, "Enum without name=: PostgreSQL needs the type's name");
  }
  args.finish();
  const opts = options([
    ["name", js(typeName)],
    ["schema", schema && js(x.str(schema, "Enum schema"))],
    ["create", create !== undefined && !x.bool(create, "create_type") ? "false" : undefined],
  ]);
  return `t.enum([${values.map(js).join(", ")}], ${opts})`;
}

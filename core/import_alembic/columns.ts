/**
 * `sa.Column(...)`, table-level constraints and `sa.Index` as `t.column(...)`,
 * `t.primaryKey(...)`, `t.unique(...)`, `t.foreignKey(...)`, `t.check(...)`, `t.index(...)`.
 */
import { CallArgs } from "./call_args.ts";
import type { Expressions } from "./expressions.ts";
import type { PyExpr } from "./python_ast.ts";
import { js, options } from "./translate_context.ts";
import { translateType } from "./type_map.ts";

type Call = Extract<PyExpr, { kind: "call" }>;

/** A foreign key declared on a column with options `references` cannot carry. */
export interface ColumnForeignKey {
  readonly column: string;
  readonly refTable: string;
  readonly refColumn: string;
  readonly options: string;
}

export interface TranslatedColumn {
  readonly code: string;
  readonly name: string;
  readonly foreignKeys: ColumnForeignKey[];
}

const PYTHON_SIDE = "is Python-side only (no DDL)";

function asCall(x: Expressions, expr: PyExpr, expected: string): Call & { qualified: string } {
  if (expr.kind !== "call") return x.ctx.fail(expr, `expected ${expected}`);
  const qualified = x.scope.qualified(expr.callee);
  if (qualified === undefined) return x.ctx.fail(expr, `${expr.callee.text}: not a SQLAlchemy or Alembic name`);
  return { ...expr, qualified };
}

export function isColumn(x: Expressions, expr: PyExpr): boolean {
  return expr.kind === "call" && x.scope.qualified(expr.callee) === "sa.Column";
}

export function translateColumn(x: Expressions, expr: PyExpr): TranslatedColumn {
  const call = asCall(x, expr, "sa.Column(...)");
  if (call.qualified !== "sa.Column") x.ctx.fail(expr, "expected sa.Column(...)");
  const args = new CallArgs(call, x.ctx, "sa.Column", ["name"]);
  const name = x.str(args.require("name"), "column name");
  const rest = args.rest();
  const typeExpr = rest[0];
  if (typeExpr === undefined) return x.ctx.fail(expr, "sa.Column without a type");
  const type = translateType(x, typeExpr);
  let references: string | undefined;
  const foreignKeys: ColumnForeignKey[] = [];
  for (const extra of rest.slice(1)) {
    const fk = asCall(x, extra, "sa.ForeignKey(...)");
    if (fk.qualified !== "sa.ForeignKey") x.ctx.fail(extra, `${fk.qualified} in a column: no mig equivalent`);
    const fkArgs = new CallArgs(fk, x.ctx, "sa.ForeignKey", ["column"]);
    const target = x.str(fkArgs.require("column"), "ForeignKey target").split(".");
    if (target.length < 2) x.ctx.fail(extra, "ForeignKey target must be 'table.column'");
    const opts = foreignKeyOptions(x, fkArgs, target.length === 3 ? target[0] : undefined);
    fkArgs.finish();
    if (opts === "" && target.length <= 3) references = js(target.join("."));
    else foreignKeys.push({ column: name, refTable: target.at(-2)!, refColumn: target.at(-1)!, options: opts });
  }
  const autoincrement = args.get("autoincrement");
  const server = args.raw("server_default");
  const comment = args.get("comment");
  args.ignore({ default: PYTHON_SIDE, onupdate: PYTHON_SIDE, key: PYTHON_SIDE, info: PYTHON_SIDE, doc: PYTHON_SIDE, quote: "is left to mig's quoting" });
  const flag = (key: string) => {
    const v = args.get(key);
    return v === undefined ? undefined : String(x.bool(v, key));
  };
  const opts = options([
    ["nullable", flag("nullable")],
    ["primaryKey", flag("primary_key")],
    ["autoincrement", autoincrementOption(x, autoincrement)],
    ["unique", flag("unique")],
    ["index", flag("index")],
    ["serverDefault", server === undefined || server.kind === "none" ? undefined : x.serverDefault(server, "server_default")],
    ["comment", comment && js(x.str(comment, "comment"))],
    ["references", references],
  ]);
  args.finish();
  return { code: `t.column(${[js(name), type, opts].filter(Boolean).join(", ")})`, name, foreignKeys };
}

/**
 * SQLAlchemy's autoincrement: "auto" is mig's default; True on SQLite still makes a plain
 * rowid key (AUTOINCREMENT needs the table's sqlite_autoincrement), so it is left out there.
 */
function autoincrementOption(x: Expressions, value: PyExpr | undefined): string | undefined {
  if (value === undefined || (value.kind === "str" && value.value === "auto")) return undefined;
  const on = x.bool(value, "autoincrement");
  return on && x.ctx.dialect === "sqlite" ? undefined : String(on);
}

/** ondelete/onupdate/deferrable/initially/name of a foreign key as mig's options, "" when none. */
function foreignKeyOptions(x: Expressions, args: CallArgs, referentSchema: string | undefined): string {
  const text = (key: string) => {
    const v = args.get(key);
    return v && js(x.str(v, key));
  };
  const deferrable = args.get("deferrable");
  const name = args.get("name");
  args.ignore({ use_alter: "is Python-side only (ordering of CREATE statements)", link_to_name: PYTHON_SIDE });
  const match = args.get("match");
  if (match !== undefined) x.ctx.fail(match, "foreign key match=: no mig equivalent");
  return options([
    ["name", name && x.name(name, "constraint name")],
    ["onDelete", text("ondelete")],
    ["onUpdate", text("onupdate")],
    ["deferrable", deferrable && String(x.bool(deferrable, "deferrable"))],
    ["initially", text("initially")],
    ["referentSchema", referentSchema && js(referentSchema)],
  ]);
}

/** A table-level element of create_table: a constraint or an index. */
export function translateTableElement(x: Expressions, expr: PyExpr): string {
  const call = asCall(x, expr, "a column or constraint");
  x.ctx.uses.add("t");
  const named = (args: CallArgs) => {
    const name = args.get("name");
    return name && x.name(name, "constraint name");
  };
  switch (call.qualified) {
    case "sa.PrimaryKeyConstraint": {
      const args = new CallArgs(call, x.ctx, "sa.PrimaryKeyConstraint", []);
      const columns = args.rest().map((c) => js(x.str(c, "column")));
      const opts = options([["name", named(args)]]);
      args.finish();
      return `t.primaryKey([${columns.join(", ")}]${opts && `, ${opts}`})`;
    }
    case "sa.UniqueConstraint": {
      const args = new CallArgs(call, x.ctx, "sa.UniqueConstraint", []);
      const columns = args.rest().map((c) => js(x.str(c, "column")));
      const deferrable = args.get("deferrable"), initially = args.get("initially");
      const opts = options([
        ["name", named(args)],
        ["deferrable", deferrable && String(x.bool(deferrable, "deferrable"))],
        ["initially", initially && js(x.str(initially, "initially"))],
      ]);
      args.finish();
      return `t.unique([${columns.join(", ")}]${opts && `, ${opts}`})`;
    }
    case "sa.ForeignKeyConstraint": {
      const args = new CallArgs(call, x.ctx, "sa.ForeignKeyConstraint", ["columns", "refcolumns"]);
      const local = x.strings(args.require("columns"), "foreign key columns");
      const remote = x.strings(args.require("refcolumns"), "foreign key referents").map((r) => r.split("."));
      const tables = new Set(remote.map((r) => r.slice(0, -1).join(".")));
      if (tables.size !== 1 || remote.some((r) => r.length < 2 || r.length > 3)) {
        x.ctx.fail(call, "foreign key referents must be 'table.column' of one table");
      }
      const [first] = remote;
      const opts = foreignKeyOptions(x, args, first!.length === 3 ? first![0] : undefined);
      args.finish();
      return `t.foreignKey([${local.map(js).join(", ")}], ${js(first!.at(-2)!)}, [${remote.map((r) => js(r.at(-1)!)).join(", ")}]${opts && `, ${opts}`})`;
    }
    case "sa.CheckConstraint": {
      const args = new CallArgs(call, x.ctx, "sa.CheckConstraint", ["sqltext"]);
      const condition = x.sql(args.require("sqltext"), "check condition");
      const opts = options([["name", named(args)]]);
      args.finish();
      return `t.check(${condition}${opts && `, ${opts}`})`;
    }
    case "sa.Index": {
      const args = new CallArgs(call, x.ctx, "sa.Index", ["name"]);
      const name = x.name(args.require("name"), "index name");
      const columns = args.rest().map((c) => (c.kind === "str" ? js(c.value) : x.sql(c, "index expression")));
      const unique = args.get("unique");
      const opts = options([["unique", unique && String(x.bool(unique, "unique"))]]);
      args.finish();
      return `t.index(${name}, [${columns.join(", ")}]${opts && `, ${opts}`})`;
    }
    default:
      return x.ctx.fail(expr, `${call.qualified}: no mig equivalent in a table definition`);
  }
}

/** Foreign keys lifted from columns into table-level elements of create_table. */
export function foreignKeyElement(fk: ColumnForeignKey): string {
  return `t.foreignKey([${js(fk.column)}], ${js(fk.refTable)}, [${js(fk.refColumn)}]${fk.options && `, ${fk.options}`})`;
}

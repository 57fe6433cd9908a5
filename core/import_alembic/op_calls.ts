/**
 * One `op.<name>(...)` call, or `batch_op.<name>(...)` inside a batch block, as the mig
 * call(s) doing the same: snake_case names and keyword arguments become camelCase calls
 * with options objects. Returns TypeScript statements.
 */
import { CallArgs } from "./call_args.ts";
import { foreignKeyElement, isColumn, translateColumn, translateTableElement } from "./columns.ts";
import type { Expressions } from "./expressions.ts";
import type { PyExpr } from "./python_ast.ts";
import { args as joinArgs, js, options } from "./translate_context.ts";
import type { TableBinding } from "./scope.ts";
import { translateType } from "./type_map.ts";

type Call = Extract<PyExpr, { kind: "call" }>;

/** `batch`: the variable of the mig batch callback, when translating inside batch_alter_table. */
export function translateOpCall(x: Expressions, call: Call, method: string, batch: string | undefined): string[] {
  const receiver = batch ?? "op";
  x.ctx.uses.add("op");
  const table = batch === undefined ? ["table_name"] : [];
  const a = (signature: string[]) => new CallArgs(call, x.ctx, `${batch === undefined ? "op" : "batch_op"}.${method}`, signature);
  const str = (args: CallArgs, key: string) => {
    const v = args.get(key);
    return v && js(x.str(v, key));
  };
  const flag = (args: CallArgs, key: string) => {
    const v = args.get(key);
    return v && String(x.bool(v, key));
  };
  /** The table argument (op only), as a JS string literal. */
  const tableOf = (args: CallArgs) => (batch === undefined ? [js(x.str(args.require("table_name"), "table name"))] : []);
  const emit = (args: CallArgs, name: string, parts: (string | undefined)[]) => {
    args.finish();
    return [`${receiver}.${name}(${joinArgs(...parts)});`];
  };

  switch (method) {
    case "create_table": {
      if (batch) break;
      const args = a(["table_name"]);
      const elements: string[] = [];
      const lifted: string[] = [];
      for (const e of args.rest()) {
        if (isColumn(x, e)) {
          const column = translateColumn(x, e);
          elements.push(column.code);
          lifted.push(...column.foreignKeys.map(foreignKeyElement));
        } else {
          elements.push(translateTableElement(x, e));
        }
      }
      args.ignore({ info: "is Python-side only" });
      const engine = x.ctx.dialect === "mysql" ? args.get("mysql_engine") : undefined;
      // InnoDB is what MySQL and MariaDB create anyway; any other engine changes the table.
      if (engine !== undefined && x.str(engine, "mysql_engine").toLowerCase() !== "innodb") x.ctx.fail(engine, "mysql_engine other than InnoDB: no mig equivalent");
      const opts = options([["schema", str(args, "schema")], ["comment", str(args, "comment")], ["ifNotExists", flag(args, "if_not_exists")]]);
      const name = js(x.str(args.require("table_name"), "table name"));
      args.finish();
      const list = [...elements, ...lifted].map((e) => `  ${e},`).join("\n");
      return [`op.createTable(${name}, [\n${list}\n]${opts && `, ${opts}`});`];
    }
    case "drop_table": {
      if (batch) break;
      const args = a(["table_name"]);
      return emit(args, "dropTable", [...tableOf(args), options([["schema", str(args, "schema")], ["ifExists", flag(args, "if_exists")]])]);
    }
    case "rename_table": {
      if (batch) break;
      const args = a(["old_table_name", "new_table_name"]);
      const names = [js(x.str(args.require("old_table_name"), "table name")), js(x.str(args.require("new_table_name"), "table name"))];
      return emit(args, "renameTable", [...names, options([["schema", str(args, "schema")]])]);
    }
    case "add_column": {
      const args = a([...table, "column"]);
      const column = translateColumn(x, args.require("column"));
      const opts = batch === undefined
        ? options([["schema", str(args, "schema")], ["ifNotExists", flag(args, "if_not_exists")]])
        : options([["insertBefore", str(args, "insert_before")], ["insertAfter", str(args, "insert_after")]]);
      const tableName = tableOf(args);
      const out = emit(args, "addColumn", [...tableName, column.code, opts]);
      // Alembic's add_column adds a column's foreign keys as constraints of their own.
      for (const fk of column.foreignKeys) {
        out.push(batch === undefined
          ? `op.createForeignKey(null, ${tableName[0]}, ${js(fk.refTable)}, [${js(fk.column)}], [${js(fk.refColumn)}]${fk.options && `, ${fk.options}`});`
          : `${batch}.createForeignKey(null, ${js(fk.refTable)}, [${js(fk.column)}], [${js(fk.refColumn)}]${fk.options && `, ${fk.options}`});`);
      }
      return out;
    }
    case "drop_column": {
      const args = a([...table, "column_name"]);
      const column = js(x.str(args.require("column_name"), "column name"));
      const opts = batch === undefined ? options([["schema", str(args, "schema")], ["ifExists", flag(args, "if_exists")]]) : "";
      return emit(args, "dropColumn", [...tableOf(args), column, opts]);
    }
    case "alter_column": {
      const args = a([...table, "column_name"]);
      const column = js(x.str(args.require("column_name"), "column name"));
      const type = (key: string) => {
        const v = args.get(key);
        return v && translateType(x, v);
      };
      /** False (the default) means "unchanged"; None means "drop it". */
      const changeable = (key: string, render: (v: PyExpr) => string) => {
        const v = args.raw(key);
        if (v === undefined || (v.kind === "bool" && !v.value)) return undefined;
        return v.kind === "none" ? "null" : render(v);
      };
      const using = args.get("postgresql_using");
      args.ignore({ autoincrement: "is not carried (mig keeps the column's identity)", existing_autoincrement: "is not carried (mig keeps the column's identity)" });
      const opts = options([
        ["nullable", flag(args, "nullable")],
        ["type", type("type_")],
        ["using", using && (x.ctx.dialect === "postgresql" ? x.sql(using, "postgresql_using") : undefined)],
        ["serverDefault", changeable("server_default", (v) => x.serverDefault(v, "server_default"))],
        ["newName", str(args, "new_column_name")],
        ["comment", changeable("comment", (v) => x.optionalText(v, "comment"))],
        ["existingType", type("existing_type")],
        ["existingNullable", flag(args, "existing_nullable")],
        ["existingServerDefault", changeable("existing_server_default", (v) => x.serverDefault(v, "existing_server_default"))],
        ["existingComment", changeable("existing_comment", (v) => x.optionalText(v, "existing_comment"))],
        ["schema", batch === undefined ? str(args, "schema") : undefined],
      ]);
      return emit(args, "alterColumn", [...tableOf(args), column, opts || "{}"]);
    }
    case "create_index": {
      const args = a(["index_name", ...table, "columns"]);
      const name = x.name(args.require("index_name"), "index name");
      const columnsExpr = args.require("columns");
      const items = columnsExpr.kind === "list" || columnsExpr.kind === "tuple" ? columnsExpr.items : [columnsExpr];
      const columns = items.map((c) => (c.kind === "str" ? js(c.value) : x.sql(c, "index column")));
      const where = args.get(`${x.ctx.dialect}_where`);
      const concurrently = args.get("postgresql_concurrently");
      const opts = options([
        ["unique", flag(args, "unique")],
        ["where", where && x.sql(where, "where")],
        ["concurrently", concurrently && x.ctx.dialect === "postgresql" ? String(x.bool(concurrently, "postgresql_concurrently")) : undefined],
        ["ifNotExists", flag(args, "if_not_exists")],
        ["schema", batch === undefined ? str(args, "schema") : undefined],
      ]);
      const tableName = tableOf(args);
      return emit(args, "createIndex", [name, ...tableName, `[${columns.join(", ")}]`, opts]);
    }
    case "drop_index": {
      const args = a(["index_name", ...table]);
      const name = x.name(args.require("index_name"), "index name");
      const tableName = batch === undefined ? args.get("table_name") : undefined;
      const concurrently = args.get("postgresql_concurrently");
      const opts = options([
        ["table", tableName && js(x.str(tableName, "table name"))],
        ["schema", batch === undefined ? str(args, "schema") : undefined],
        ["ifExists", flag(args, "if_exists")],
        ["concurrently", concurrently && x.ctx.dialect === "postgresql" ? String(x.bool(concurrently, "postgresql_concurrently")) : undefined],
      ]);
      return emit(args, "dropIndex", [name, opts]);
    }
    case "create_unique_constraint": {
      const args = a(["constraint_name", ...table, "columns"]);
      const name = x.constraintName(args.get("constraint_name"), "constraint name");
      const columns = x.strings(args.require("columns"), "columns").map(js);
      const opts = options([
        ["schema", batch === undefined ? str(args, "schema") : undefined],
        ["deferrable", flag(args, "deferrable")],
        ["initially", str(args, "initially")],
      ]);
      return emit(args, "createUniqueConstraint", [name, ...tableOf(args), `[${columns.join(", ")}]`, opts]);
    }
    case "create_foreign_key": {
      const signature = batch === undefined
        ? ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"]
        : ["constraint_name", "referent_table", "local_cols", "remote_cols"];
      const args = a(signature);
      const name = x.constraintName(args.get("constraint_name"), "constraint name");
      const source = batch === undefined ? [js(x.str(args.require("source_table"), "table name"))] : [];
      const referent = js(x.str(args.require("referent_table"), "table name"));
      const local = x.strings(args.require("local_cols"), "columns").map(js);
      const remote = x.strings(args.require("remote_cols"), "columns").map(js);
      const match = args.get("match");
      if (match !== undefined) x.ctx.fail(match, "foreign key match=: no mig equivalent");
      const opts = options([
        ["onDelete", str(args, "ondelete")],
        ["onUpdate", str(args, "onupdate")],
        ["deferrable", flag(args, "deferrable")],
        ["initially", str(args, "initially")],
        ["sourceSchema", batch === undefined ? str(args, "source_schema") : undefined],
        ["referentSchema", str(args, "referent_schema")],
      ]);
      return emit(args, "createForeignKey", [name, ...source, referent, `[${local.join(", ")}]`, `[${remote.join(", ")}]`, opts]);
    }
    case "create_check_constraint": {
      const args = a(["constraint_name", ...table, "condition"]);
      const name = x.constraintName(args.get("constraint_name"), "constraint name");
      const condition = x.sql(args.require("condition"), "check condition");
      const opts = batch === undefined ? options([["schema", str(args, "schema")]]) : "";
      return emit(args, "createCheckConstraint", [name, ...tableOf(args), condition, opts]);
    }
    case "create_primary_key": {
      const args = a(["constraint_name", ...table, "columns"]);
      const name = x.constraintName(args.get("constraint_name"), "constraint name");
      const columns = x.strings(args.require("columns"), "columns").map(js);
      const opts = batch === undefined ? options([["schema", str(args, "schema")]]) : "";
      return emit(args, "createPrimaryKey", [name, ...tableOf(args), `[${columns.join(", ")}]`, opts]);
    }
    case "drop_constraint": {
      const args = a(["constraint_name", ...table, "type_"]);
      const name = x.name(args.require("constraint_name"), "constraint name");
      const opts = options([
        ["type", str(args, "type_")],
        ["schema", batch === undefined ? str(args, "schema") : undefined],
        ["ifExists", flag(args, "if_exists")],
      ]);
      return emit(args, "dropConstraint", [name, ...tableOf(args), opts]);
    }
    case "create_table_comment": {
      const args = a([...table, "comment", "existing_comment"]);
      const tableName = tableOf(args);
      const comment = js(x.str(args.require("comment"), "comment"));
      const existing = args.raw("existing_comment");
      const opts = options([
        ["existingComment", existing && x.optionalText(existing, "existing_comment")],
        ["schema", batch === undefined ? str(args, "schema") : undefined],
      ]);
      return emit(args, "createTableComment", [...tableName, comment, opts]);
    }
    case "drop_table_comment": {
      const args = a([...table, "existing_comment"]);
      const tableName = tableOf(args);
      const existing = args.raw("existing_comment");
      const opts = options([
        ["existingComment", existing && x.optionalText(existing, "existing_comment")],
        ["schema", batch === undefined ? str(args, "schema") : undefined],
      ]);
      return emit(args, "dropTableComment", [...tableName, opts]);
    }
    case "execute": {
      if (batch) break;
      const args = a(["sqltext", "execution_options"]);
      const sql = x.sql(args.require("sqltext"), "op.execute");
      if (args.get("execution_options") !== undefined) x.ctx.fail(call, "op.execute(execution_options=...): no mig equivalent");
      return emit(args, "execute", [sql]);
    }
    case "bulk_insert": {
      if (batch) break;
      const args = a(["table", "rows", "multiinsert"]);
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
      return emit(args, "bulkInsert", [js(target.name), `[\n${list}\n]`, options([["schema", target.schema && js(target.schema)]])]);
    }
  }
  return x.ctx.fail(call, `${receiver === "op" ? "op" : "batch_op"}.${method}: no mig equivalent`);
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

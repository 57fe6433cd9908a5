/** Tables and columns: create/drop/rename table, add/drop/alter column, table comments. */
import { foreignKeyElement, isColumn, translateColumn, translateTableElement } from "./columns.ts";
import type { OpCall } from "./op_call.ts";
import type { PyExpr } from "./python_ast.ts";
import { js, options } from "./translate_context.ts";
import { translateType } from "./type_map.ts";

/** The TypeScript for `c`'s call when it is one of these ops; undefined when it is not. */
export function tableOp(c: OpCall): string[] | undefined {
  const { x } = c;
  switch (c.method) {
    case "create_table": {
      if (c.batch) return undefined;
      const args = c.a(["table_name"]);
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
      const opts = options([["schema", c.str(args, "schema")], ["comment", c.str(args, "comment")], ["ifNotExists", c.flag(args, "if_not_exists")]]);
      const name = js(x.str(args.require("table_name"), "table name"));
      args.finish();
      const list = [...elements, ...lifted].map((e) => `  ${e},`).join("\n");
      return [`op.createTable(${name}, [\n${list}\n]${opts && `, ${opts}`});`];
    }
    case "drop_table": {
      if (c.batch) return undefined;
      const args = c.a(["table_name"]);
      return c.emit(args, "dropTable", [...c.tableOf(args), options([["schema", c.str(args, "schema")], ["ifExists", c.flag(args, "if_exists")]])]);
    }
    case "rename_table": {
      if (c.batch) return undefined;
      const args = c.a(["old_table_name", "new_table_name"]);
      const names = [js(x.str(args.require("old_table_name"), "table name")), js(x.str(args.require("new_table_name"), "table name"))];
      return c.emit(args, "renameTable", [...names, options([["schema", c.str(args, "schema")]])]);
    }
    case "add_column": {
      const args = c.a([...c.table, "column"]);
      const column = translateColumn(x, args.require("column"));
      const opts = c.batch === undefined
        ? options([["schema", c.str(args, "schema")], ["ifNotExists", c.flag(args, "if_not_exists")]])
        : options([["insertBefore", c.str(args, "insert_before")], ["insertAfter", c.str(args, "insert_after")]]);
      const tableName = c.tableOf(args);
      const out = c.emit(args, "addColumn", [...tableName, column.code, opts]);
      // Alembic's add_column adds a column's foreign keys as constraints of their own.
      for (const fk of column.foreignKeys) {
        out.push(c.batch === undefined
          ? `op.createForeignKey(null, ${tableName[0]}, ${js(fk.refTable)}, [${js(fk.column)}], [${js(fk.refColumn)}]${fk.options && `, ${fk.options}`});`
          : `${c.batch}.createForeignKey(null, ${js(fk.refTable)}, [${js(fk.column)}], [${js(fk.refColumn)}]${fk.options && `, ${fk.options}`});`);
      }
      return out;
    }
    case "drop_column": {
      const args = c.a([...c.table, "column_name"]);
      const column = js(x.str(args.require("column_name"), "column name"));
      const opts = c.batch === undefined ? options([["schema", c.str(args, "schema")], ["ifExists", c.flag(args, "if_exists")]]) : "";
      return c.emit(args, "dropColumn", [...c.tableOf(args), column, opts]);
    }
    case "alter_column": {
      const args = c.a([...c.table, "column_name"]);
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
        ["nullable", c.flag(args, "nullable")],
        ["type", type("type_")],
        ["using", using && (x.ctx.dialect === "postgresql" ? x.sql(using, "postgresql_using") : undefined)],
        ["serverDefault", changeable("server_default", (v) => x.serverDefault(v, "server_default"))],
        ["newName", c.str(args, "new_column_name")],
        ["comment", changeable("comment", (v) => x.optionalText(v, "comment"))],
        ["existingType", type("existing_type")],
        ["existingNullable", c.flag(args, "existing_nullable")],
        ["existingServerDefault", changeable("existing_server_default", (v) => x.serverDefault(v, "existing_server_default"))],
        ["existingComment", changeable("existing_comment", (v) => x.optionalText(v, "existing_comment"))],
        ["schema", c.batch === undefined ? c.str(args, "schema") : undefined],
      ]);
      return c.emit(args, "alterColumn", [...c.tableOf(args), column, opts || "{}"]);
    }
    case "create_table_comment": {
      const args = c.a([...c.table, "comment", "existing_comment"]);
      const tableName = c.tableOf(args);
      const comment = js(x.str(args.require("comment"), "comment"));
      const existing = args.raw("existing_comment");
      const opts = options([
        ["existingComment", existing && x.optionalText(existing, "existing_comment")],
        ["schema", c.batch === undefined ? c.str(args, "schema") : undefined],
      ]);
      return c.emit(args, "createTableComment", [...tableName, comment, opts]);
    }
    case "drop_table_comment": {
      const args = c.a([...c.table, "existing_comment"]);
      const tableName = c.tableOf(args);
      const existing = args.raw("existing_comment");
      const opts = options([
        ["existingComment", existing && x.optionalText(existing, "existing_comment")],
        ["schema", c.batch === undefined ? c.str(args, "schema") : undefined],
      ]);
      return c.emit(args, "dropTableComment", [...tableName, opts]);
    }
  }
  return undefined;
}

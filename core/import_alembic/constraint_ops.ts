/** Indexes and constraints: create/drop index, the create_*_constraint family, drop_constraint. */
import type { OpCall } from "./op_call.ts";
import { js, options } from "./translate_context.ts";

/** The TypeScript for `c`'s call when it is one of these ops; undefined when it is not. */
export function constraintOp(c: OpCall): string[] | undefined {
  const { x } = c;
  switch (c.method) {
    case "create_index": {
      const args = c.a(["index_name", ...c.table, "columns"]);
      const name = x.name(args.require("index_name"), "index name");
      const columnsExpr = args.require("columns");
      const items = columnsExpr.kind === "list" || columnsExpr.kind === "tuple" ? columnsExpr.items : [columnsExpr];
      const columns = items.map((c) => (c.kind === "str" ? js(c.value) : x.sql(c, "index column")));
      const where = args.get(`${x.ctx.dialect}_where`);
      const concurrently = args.get("postgresql_concurrently");
      const opts = options([
        ["unique", c.flag(args, "unique")],
        ["where", where && x.sql(where, "where")],
        ["concurrently", concurrently && x.ctx.dialect === "postgresql" ? String(x.bool(concurrently, "postgresql_concurrently")) : undefined],
        ["ifNotExists", c.flag(args, "if_not_exists")],
        ["schema", c.batch === undefined ? c.str(args, "schema") : undefined],
      ]);
      const tableName = c.tableOf(args);
      return c.emit(args, "createIndex", [name, ...tableName, `[${columns.join(", ")}]`, opts]);
    }
    case "drop_index": {
      const args = c.a(["index_name", ...c.table]);
      const name = x.name(args.require("index_name"), "index name");
      const tableName = c.batch === undefined ? args.get("table_name") : undefined;
      const concurrently = args.get("postgresql_concurrently");
      const opts = options([
        ["table", tableName && js(x.str(tableName, "table name"))],
        ["schema", c.batch === undefined ? c.str(args, "schema") : undefined],
        ["ifExists", c.flag(args, "if_exists")],
        ["concurrently", concurrently && x.ctx.dialect === "postgresql" ? String(x.bool(concurrently, "postgresql_concurrently")) : undefined],
      ]);
      return c.emit(args, "dropIndex", [name, opts]);
    }
    case "create_unique_constraint": {
      const args = c.a(["constraint_name", ...c.table, "columns"]);
      const name = x.constraintName(args.get("constraint_name"), "constraint name");
      const columns = x.strings(args.require("columns"), "columns").map(js);
      const opts = options([
        ["schema", c.batch === undefined ? c.str(args, "schema") : undefined],
        ["deferrable", c.flag(args, "deferrable")],
        ["initially", c.str(args, "initially")],
      ]);
      return c.emit(args, "createUniqueConstraint", [name, ...c.tableOf(args), `[${columns.join(", ")}]`, opts]);
    }
    case "create_foreign_key": {
      const signature = c.batch === undefined
        ? ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"]
        : ["constraint_name", "referent_table", "local_cols", "remote_cols"];
      const args = c.a(signature);
      const name = x.constraintName(args.get("constraint_name"), "constraint name");
      const source = c.batch === undefined ? [js(x.str(args.require("source_table"), "table name"))] : [];
      const referent = js(x.str(args.require("referent_table"), "table name"));
      const local = x.strings(args.require("local_cols"), "columns").map(js);
      const remote = x.strings(args.require("remote_cols"), "columns").map(js);
      const match = args.get("match");
      if (match !== undefined) x.ctx.fail(match, "foreign key match=: no mig equivalent");
      const opts = options([
        ["onDelete", c.str(args, "ondelete")],
        ["onUpdate", c.str(args, "onupdate")],
        ["deferrable", c.flag(args, "deferrable")],
        ["initially", c.str(args, "initially")],
        ["sourceSchema", c.batch === undefined ? c.str(args, "source_schema") : undefined],
        ["referentSchema", c.str(args, "referent_schema")],
      ]);
      return c.emit(args, "createForeignKey", [name, ...source, referent, `[${local.join(", ")}]`, `[${remote.join(", ")}]`, opts]);
    }
    case "create_check_constraint": {
      const args = c.a(["constraint_name", ...c.table, "condition"]);
      const name = x.constraintName(args.get("constraint_name"), "constraint name");
      const condition = x.sql(args.require("condition"), "check condition");
      const opts = c.batch === undefined ? options([["schema", c.str(args, "schema")]]) : "";
      return c.emit(args, "createCheckConstraint", [name, ...c.tableOf(args), condition, opts]);
    }
    case "create_primary_key": {
      const args = c.a(["constraint_name", ...c.table, "columns"]);
      const name = x.constraintName(args.get("constraint_name"), "constraint name");
      const columns = x.strings(args.require("columns"), "columns").map(js);
      const opts = c.batch === undefined ? options([["schema", c.str(args, "schema")]]) : "";
      return c.emit(args, "createPrimaryKey", [name, ...c.tableOf(args), `[${columns.join(", ")}]`, opts]);
    }
    case "drop_constraint": {
      const args = c.a(["constraint_name", ...c.table, "type_"]);
      const name = x.name(args.require("constraint_name"), "constraint name");
      const opts = options([
        ["type", c.str(args, "type_")],
        ["schema", c.batch === undefined ? c.str(args, "schema") : undefined],
        ["ifExists", c.flag(args, "if_exists")],
      ]);
      return c.emit(args, "dropConstraint", [name, ...c.tableOf(args), opts]);
    }
  }
  return undefined;
}

/**
 * A realistic schema for the autogenerate benchmark, described once and written three
 * ways: a mig target schema module, SQLAlchemy metadata for Alembic's env.py, and the
 * list of the ten changes between the start and the target. Seeded, so every run and
 * both tools see the same tables.
 */
import { random } from "../../tests/graph/random_graphs.ts";

type Kind = "int" | "bigint" | "varchar" | "text" | "bool" | "timestamptz" | "numeric" | "json" | "enum";
export interface Column { name: string; kind: Kind; length?: number; nullable: boolean; dflt?: { sql?: string; literal?: string } }
export interface Table {
  name: string;
  columns: Column[];
  fks: { column: string; ref: string }[];
  unique?: { name: string; columns: string[] };
  indexes: { name: string; columns: string[]; unique: boolean }[];
  check?: { name: string; expr: string };
  comment?: string;
}
export interface Schema { tables: Table[]; enums: { name: string; values: string[] }[] }

const pad = (n: number) => String(n).padStart(3, "0");

export function startSchema(count: number, seed = 7): Schema {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const enums = [{ name: "status_a", values: ["new", "open", "closed"] }, { name: "status_b", values: ["low", "high"] }];
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const name = `t${pad(i)}`;
    const columns: Column[] = [{ name: "id", kind: i % 5 === 0 ? "bigint" : "int", nullable: false }];
    const n = 4 + Math.floor(rnd() * 6);
    for (let c = 0; c < n; c++) {
      const kind = pick<Kind>(["int", "varchar", "varchar", "text", "bool", "timestamptz", "numeric", "json", "enum"]);
      const col: Column = { name: `c${c}`, kind, nullable: rnd() < 0.6, ...(kind === "varchar" ? { length: pick([20, 50, 100, 255]) } : {}) };
      if (kind === "timestamptz" && rnd() < 0.5) col.dflt = { sql: "now()" };
      if (kind === "varchar" && rnd() < 0.3) col.dflt = { literal: "x" };
      if (kind === "bool" && rnd() < 0.5) col.dflt = { sql: "false" };
      columns.push(col);
    }
    const table: Table = { name, columns, indexes: [], fks: [] };
    if (i > 0) {
      columns.push({ name: "ref_id", kind: "int", nullable: true });
      table.fks.push({ column: "ref_id", ref: `t${pad(Math.floor(rnd() * i))}` });
      table.indexes.push({ name: `ix_${name}_ref_id`, columns: ["ref_id"], unique: false });
    }
    const varchar = columns.find((c) => c.kind === "varchar");
    if (varchar && rnd() < 0.5) table.unique = { name: `uq_${name}_${varchar.name}`, columns: [varchar.name] };
    const other = columns.filter((c) => c.kind !== "json" && c.name !== "id" && c.name !== varchar?.name);
    if (other.length >= 2 && rnd() < 0.5) table.indexes.push({ name: `ix_${name}_multi`, columns: [other[0]!.name, other[1]!.name], unique: false });
    const numeric = columns.find((c) => c.kind === "numeric");
    if (numeric && rnd() < 0.4) table.check = { name: `ck_${name}_${numeric.name}`, expr: `${numeric.name} >= 0` };
    if (rnd() < 0.2) table.comment = `table ${name}`;
    tables.push(table);
  }
  return { tables, enums };
}

/** The ten changes: every kind autogenerate is asked to find. */
export function targetSchema(start: Schema): Schema {
  const s: Schema = structuredClone(start);
  const t = (i: number) => s.tables[i]!;
  s.tables.push({ name: "t_new", columns: [{ name: "id", kind: "int", nullable: false }, { name: "label", kind: "varchar", length: 40, nullable: false }], indexes: [], fks: [] });
  t(1).columns.push({ name: "added_a", kind: "text", nullable: true });
  const dropped = t(3).columns.find((c) => c.name !== "id" && !t(3).indexes.some((i) => i.columns.includes(c.name)) &&
    !t(3).unique?.columns.includes(c.name) && !t(3).check?.expr.startsWith(`${c.name} `))!;
  t(3).columns.splice(t(3).columns.indexOf(dropped), 1);
  const sized = s.tables.slice(4).find((x) => x.columns.some((c) => c.kind === "varchar"))!;
  const v = sized.columns.find((c) => c.kind === "varchar")!;
  v.length = (v.length ?? 20) + 100;
  const loose = s.tables.slice(5).find((x) => x.columns.some((c) => c.nullable && c.kind === "text"))!;
  loose.columns.find((c) => c.nullable && c.kind === "text")!.nullable = false;
  t(6).columns.push({ name: "must", kind: "int", nullable: false, dflt: { sql: "0" } });
  t(7).indexes.push({ name: "ix_t007_id_new", columns: ["id"], unique: false });
  t(8).columns.push({ name: "other_ref", kind: "int", nullable: true });
  t(8).fks.push({ column: "other_ref", ref: "t000" });
  t(9).columns.push({ name: "code", kind: "varchar", length: 10, nullable: true });
  t(9).unique = { name: "uq_t009_code", columns: ["code"] };
  const indexed = s.tables.slice(10).find((x) => x.indexes.length > 0)!;
  indexed.indexes.pop();
  const defaulted = s.tables.slice(11).find((x) => x.columns.some((c) => c.dflt?.literal !== undefined))!;
  defaulted.columns.find((c) => c.dflt?.literal !== undefined)!.dflt = { literal: "y" };
  return s;
}

const tsType = (c: Column) => ({
  int: "t.integer()", bigint: "t.bigInteger()", varchar: `t.string(${c.length})`, text: "t.text()", bool: "t.boolean()",
  timestamptz: "t.dateTime({ timezone: true })", numeric: "t.numeric(12, 2)", json: "t.json()", enum: "statusA",
}[c.kind]);

export function migModule(s: Schema): string {
  const usesEnum = s.tables.some((x) => x.columns.some((c) => c.kind === "enum"));
  const lines = [`import { t } from "mig";`, ...(usesEnum ? [`export const statusA = t.enum(["new", "open", "closed"], { name: "status_a" });`] : [])];
  for (const table of s.tables) {
    const els = table.columns.map((c) => {
      const o = [...(c.name === "id" ? ["primaryKey: true"] : c.nullable ? [] : ["nullable: false"]),
        ...(c.dflt?.sql ? [`serverDefault: t.sql(${JSON.stringify(c.dflt.sql)})`] : c.dflt?.literal ? [`serverDefault: ${JSON.stringify(c.dflt.literal)}`] : [])];
      return `t.column(${JSON.stringify(c.name)}, ${tsType(c)}${o.length ? `, { ${o.join(", ")} }` : ""})`;
    });
    for (const fk of table.fks) els.push(`t.foreignKey([${JSON.stringify(fk.column)}], ${JSON.stringify(fk.ref)}, ["id"], { name: "fk_${table.name}_${fk.column}" })`);
    if (table.unique) els.push(`t.unique(${JSON.stringify(table.unique.columns)}, { name: ${JSON.stringify(table.unique.name)} })`);
    if (table.check) els.push(`t.check(${JSON.stringify(table.check.expr)}, { name: ${JSON.stringify(table.check.name)} })`);
    for (const i of table.indexes) els.push(`t.index(${JSON.stringify(i.name)}, ${JSON.stringify(i.columns)}${i.unique ? ", { unique: true }" : ""})`);
    const opts = table.comment ? `, { comment: ${JSON.stringify(table.comment)} }` : "";
    lines.push(`export const ${table.name} = t.table(${JSON.stringify(table.name)}, [\n  ${els.join(",\n  ")},\n]${opts});`);
  }
  return lines.join("\n") + "\n";
}

const pyType = (c: Column) => ({
  int: "sa.Integer()", bigint: "sa.BigInteger()", varchar: `sa.String(${c.length})`, text: "sa.Text()", bool: "sa.Boolean()",
  timestamptz: "sa.DateTime(timezone=True)", numeric: "sa.Numeric(12, 2)", json: "sa.JSON()",
  enum: `sa.Enum("new", "open", "closed", name="status_a")`,
}[c.kind]);

export function sqlalchemyModule(s: Schema): string {
  const lines = ["import sqlalchemy as sa", "metadata = sa.MetaData()"];
  for (const table of s.tables) {
    const els = table.columns.map((c) => {
      const o = [...(c.name === "id" ? ["primary_key=True"] : [`nullable=${c.nullable ? "True" : "False"}`]),
        ...(c.dflt?.sql ? [`server_default=sa.text(${JSON.stringify(c.dflt.sql)})`] : c.dflt?.literal ? [`server_default=${JSON.stringify(c.dflt.literal)}`] : [])];
      return `sa.Column(${JSON.stringify(c.name)}, ${pyType(c)}, ${o.join(", ")})`;
    });
    for (const fk of table.fks) els.push(`sa.ForeignKeyConstraint([${JSON.stringify(fk.column)}], ["${fk.ref}.id"], name="fk_${table.name}_${fk.column}")`);
    if (table.unique) els.push(`sa.UniqueConstraint(${table.unique.columns.map((c) => JSON.stringify(c)).join(", ")}, name=${JSON.stringify(table.unique.name)})`);
    if (table.check) els.push(`sa.CheckConstraint(${JSON.stringify(table.check.expr)}, name=${JSON.stringify(table.check.name)})`);
    for (const i of table.indexes) els.push(`sa.Index(${JSON.stringify(i.name)}, ${i.columns.map((c) => JSON.stringify(c)).join(", ")}${i.unique ? ", unique=True" : ""})`);
    const comment = table.comment ? `, comment=${JSON.stringify(table.comment)}` : "";
    lines.push(`sa.Table(${JSON.stringify(table.name)}, metadata,\n    ${els.join(",\n    ")}${comment})`);
  }
  return lines.join("\n") + "\n";
}

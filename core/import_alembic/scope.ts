/**
 * What names mean inside an Alembic script: imports (`sa`, `op`, `postgresql`...), tables
 * bound with `sa.table(...)`, and names bound to `op.get_bind()` or a dialect name, so
 * `bind.dialect.name == "sqlite"` can be recognised. A child scope (a function body)
 * sees its parent's names.
 */
import type { PyExpr, PyImport } from "./python_ast.ts";

/** The SQLAlchemy packages whose names are also reachable from `sqlalchemy` itself. */
const SQLALCHEMY_SUBPACKAGES = new Set(["sql", "types", "schema", "expression", "sqltypes", "elements", "functions"]);

export interface TableBinding {
  readonly name: string;
  readonly schema?: string;
  /** The sa.column(...) names: bulk_insert inserts only these keys of each row, as SQLAlchemy does. */
  readonly columns: readonly string[];
}

export class Scope {
  readonly #imports = new Map<string, string>();
  readonly #tables = new Map<string, TableBinding>();
  /** Names bound to a string literal (`sql = """UPDATE ..."""`), read where the name is used. */
  readonly #strings = new Map<string, string>();
  /** Names bound to op.get_bind() / op.get_context() ("bind"), to a dialect name string ("dialect"), or a batch_op ("batch"). */
  readonly #handles = new Map<string, "bind" | "dialect" | "batch">();

  constructor(readonly parent?: Scope) {}

  child(): Scope {
    return new Scope(this);
  }

  addImports(names: readonly PyImport[]): void {
    for (const i of names) this.#imports.set(i.alias, i.name === undefined ? i.module : `${i.module}.${i.name}`);
  }

  bindTable(name: string, table: TableBinding): void {
    this.#tables.set(name, table);
  }

  bindHandle(name: string, what: "bind" | "dialect" | "batch"): void {
    this.#handles.set(name, what);
  }

  /** Names bound to a SQLAlchemy type (`mood = postgresql.ENUM(...)`), used as that type. */
  readonly #types = new Map<string, PyExpr>();

  bindType(name: string, type: PyExpr): void {
    this.#types.set(name, type);
  }

  type(name: string): PyExpr | undefined {
    return this.#types.get(name) ?? this.parent?.type(name);
  }

  bindString(name: string, value: string): void {
    this.#strings.set(name, value);
  }

  string(name: string): string | undefined {
    return this.#strings.get(name) ?? this.parent?.string(name);
  }

  table(name: string): TableBinding | undefined {
    return this.#tables.get(name) ?? this.parent?.table(name);
  }

  handle(name: string): "bind" | "dialect" | "batch" | undefined {
    return this.#handles.get(name) ?? this.parent?.handle(name);
  }

  #module(alias: string): string | undefined {
    return this.#imports.get(alias) ?? (this.parent === undefined ? undefined : this.parent.#module(alias));
  }

  /**
   * The canonical dotted name of a name or attribute chain: `sa.X` for anything from
   * SQLAlchemy's core, `postgresql.X` / `mysql.X` / `sqlite.X` for its dialects, `op.X` for
   * Alembic's operations; undefined when the chain does not start at an import.
   */
  qualified(expr: PyExpr): string | undefined {
    const full = this.#dotted(expr);
    if (full === undefined) return undefined;
    const parts = full.split(".");
    if (parts[0] === "alembic" && parts[1] === "op") return ["op", ...parts.slice(2)].join(".");
    if (parts[0] !== "sqlalchemy") return full;
    if (parts[1] === "dialects" && parts[2] !== undefined) return parts.slice(2).join(".");
    const rest = parts.slice(1);
    while (rest.length > 1 && SQLALCHEMY_SUBPACKAGES.has(rest[0]!)) rest.shift();
    return ["sa", ...rest].join(".");
  }

  #dotted(expr: PyExpr): string | undefined {
    if (expr.kind === "name") return this.#module(expr.id);
    if (expr.kind !== "attr") return undefined;
    const object = this.#dotted(expr.object);
    return object === undefined ? undefined : `${object}.${expr.name}`;
  }
}

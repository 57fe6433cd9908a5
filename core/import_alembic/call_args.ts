/**
 * The arguments of one Python call bound to a signature, as Python binds them: positional
 * first, then keywords. Every argument must be used by the translation; one left over is
 * not silently dropped: `finish()` refuses it, except another dialect's keywords
 * (`mysql_engine` in a PostgreSQL project), which Alembic ignores too and which become a note.
 */
import type { PyExpr } from "./python_ast.ts";
import type { TranslateContext } from "./translate_context.ts";

const DIALECT_PREFIXES = ["postgresql", "mysql", "mariadb", "sqlite", "mssql", "oracle"];

type Call = Extract<PyExpr, { kind: "call" }>;

export class CallArgs {
  readonly #values = new Map<string, PyExpr>();
  readonly #extra: PyExpr[];
  readonly #used = new Set<string>();

  constructor(readonly call: Call, readonly ctx: TranslateContext, readonly what: string, signature: readonly string[]) {
    if (call.spread) ctx.fail(call, `${what}: *args/**kwargs cannot be read statically`);
    call.args.slice(0, signature.length).forEach((a, i) => this.#values.set(signature[i]!, a));
    this.#extra = call.args.slice(signature.length);
    for (const k of call.kwargs) {
      if (this.#values.has(k.name)) ctx.fail(call, `${what}: '${k.name}' given twice`);
      this.#values.set(k.name, k.value);
    }
  }

  /** The argument, or undefined when absent or given as None. */
  get(name: string): PyExpr | undefined {
    this.#used.add(name);
    const value = this.#values.get(name);
    return value?.kind === "none" ? undefined : value;
  }

  /** The argument as given, None included. */
  raw(name: string): PyExpr | undefined {
    this.#used.add(name);
    return this.#values.get(name);
  }

  require(name: string): PyExpr {
    const value = this.get(name);
    return value ?? this.ctx.fail(this.call, `${this.what}: '${name}' is missing`);
  }

  /** Positional arguments past the signature (`*args`). */
  rest(): PyExpr[] {
    this.#used.add("*");
    return this.#extra;
  }

  /** Arguments that only shape Python objects (as_uuid=, astext_type=): no DDL, nothing to say. */
  pythonOnly(...names: string[]): void {
    for (const name of names) this.#used.add(name);
  }

  /** Arguments accepted and deliberately not carried over, each with the note to record. */
  ignore(names: Record<string, string>): void {
    for (const [name, why] of Object.entries(names)) {
      this.#used.add(name);
      const value = this.#values.get(name);
      if (value !== undefined && value.kind !== "none") this.ctx.note(value.line, `${this.what}: ${name}= ${why}`);
    }
  }

  finish(): void {
    if (this.#extra.length > 0 && !this.#used.has("*")) this.ctx.fail(this.call, `${this.what}: too many arguments`);
    for (const [name, value] of this.#values) {
      if (this.#used.has(name) || value.kind === "none") continue;
      const prefix = DIALECT_PREFIXES.find((p) => name.startsWith(`${p}_`));
      const target = this.ctx.dialect;
      if (prefix !== undefined && target !== undefined && prefix !== target && !(prefix === "mariadb" && target === "mysql")) {
        this.ctx.note(value.line, `${this.what}: ${name}= left out (applies to ${prefix} only, as in Alembic)`);
        continue;
      }
      this.ctx.fail(value, `${this.what}: no mig equivalent for ${name}=`);
    }
  }
}

/**
 * One Alembic script as a mig TypeScript script: the same header (docstring, id, parents,
 * labels, dependencies) and upgrade()/downgrade() translated statement by statement.
 */
import type { DialectName } from "../ops/context.ts";
import { HEADER_NAMES, readAlembicHeader, type AlembicHeader } from "./header.ts";
import { AlembicInputError } from "./input_error.ts";
import { parsePython, type PyStmt } from "./python_ast.ts";
import { readTableCall } from "./data_ops.ts";
import { Expressions } from "./expressions.ts";
import { Scope } from "./scope.ts";
import { isType } from "./bindings.ts";
import { type HandWork, StatementTranslator } from "./statements.ts";
import { js, type Note, NotConverted, TranslateContext } from "./translate_context.ts";

export interface TranslatedScript {
  readonly header: AlembicHeader;
  readonly source: string;
  readonly notes: Note[];
  readonly handWork: HandWork[];
}

/** Modules whose imports a translated script no longer needs. */
const KNOWN_MODULES = ["alembic", "sqlalchemy", "typing", "__future__", "typing_extensions"];

/** `file` is the script's path as shown in messages (relative to the Alembic project). */
export function translateScript(source: string, file: string, dialect: DialectName | undefined): TranslatedScript {
  const module = parsePython(source);
  if (module.errorLines.length > 0) throw new AlembicInputError(`${file}:${module.errorLines[0]}: Python syntax error`);
  const header = readAlembicHeader(module, file);
  const ctx = new TranslateContext(dialect);
  const lines = source.split(/\r?\n/);
  const statements = new StatementTranslator(ctx, file, lines);
  const scope = new Scope();
  const functions = new Map<string, Extract<PyStmt, { kind: "def" }>>();
  module.body.forEach((stmt, index) => {
    if (index === 0 && stmt.kind === "expr" && stmt.expr.kind === "str") return; // the docstring
    if (stmt.kind === "comment" || stmt.kind === "pass") return;
    if (stmt.kind === "import") {
      scope.addImports(stmt.names);
      const foreign = stmt.names.filter((n) => !KNOWN_MODULES.includes(n.module.split(".")[0]!));
      if (foreign.length > 0) ctx.note(stmt.line, `import left out: ${stmt.text}`);
      return;
    }
    if (stmt.kind === "assign" && stmt.target !== undefined && HEADER_NAMES.has(stmt.target)) return;
    if (stmt.kind === "def" && (stmt.name === "upgrade" || stmt.name === "downgrade")) {
      functions.set(stmt.name, stmt);
      return;
    }
    if (stmt.kind === "assign" && stmt.target !== undefined && stmt.value.kind === "str") {
      return scope.bindString(stmt.target, stmt.value.value);
    }
    if (stmt.kind === "assign" && stmt.target !== undefined && isType(new Expressions(ctx, scope), stmt.value)) {
      return scope.bindType(stmt.target, stmt.value);
    }
    if (stmt.kind === "assign" && stmt.target !== undefined) {
      try {
        const table = readTableCall(new Expressions(ctx, scope), stmt.value);
        if (table) return scope.bindTable(stmt.target, table);
      } catch (error) {
        if (!(error instanceof NotConverted)) throw error;
      }
    }
    ctx.note(stmt.line, `module-level Python left out (lines ${stmt.line}-${stmt.endLine}): ${stmt.text.split("\n")[0]}`);
  });
  const body = (name: "upgrade" | "downgrade"): string | undefined => {
    const def = functions.get(name);
    if (def === undefined) return undefined;
    if (def.params.trim() !== "()") ctx.note(def.line, `${name}${def.params}: mig calls ${name}() without these parameters`);
    const translated = statements.block(def.body, scope.child());
    return [`export function ${name}() {`, ...translated.map((l) => (l === "" ? l : `  ${l}`)), "}"].join("\n");
  };
  const upgrade = body("upgrade");
  const downgrade = body("downgrade");
  const text = [
    docComment(header.doc),
    `import { ${[...ctx.uses].sort(byName).join(", ") || "op"} } from "mig";`,
    "",
    `export const revision = ${js(header.revision)};`,
    `export const downRevision: string | string[] | null = ${scalarOrList(header.downRevisions)};`,
    `export const branchLabels: string[] | null = ${list(header.branchLabels)};`,
    `export const dependsOn: string[] | null = ${list(header.dependsOn)};`,
    ...[upgrade, downgrade].filter((f) => f !== undefined).flatMap((f) => ["", f]),
    "",
  ].join("\n");
  return { header, source: text, notes: ctx.notes, handWork: statements.handWork };
}

const byName = (a: string, b: string) => ["op", "t", "ScriptError"].indexOf(a) - ["op", "t", "ScriptError"].indexOf(b);
const list = (ids: readonly string[]) => (ids.length === 0 ? "null" : `[${ids.map(js).join(", ")}]`);
const scalarOrList = (ids: readonly string[]) => (ids.length === 1 ? js(ids[0]!) : list(ids));

/** The docstring as the leading doc comment mig reads the message from. */
function docComment(doc: string): string {
  const lines = doc.replaceAll("*/", "*\\/").split("\n").map((l) => l.trimEnd());
  return ["/** " + lines[0], ...lines.slice(1).map((l) => (l === "" ? " *" : ` * ${l}`)), " */"].join("\n");
}

/**
 * What an Alembic env.py says about the database, read from its syntax tree: the
 * environment variables it reads (`os.environ["X"]`, `os.environ.get("X", d)`,
 * `os.getenv("X")`: where most projects keep the URL instead of alembic.ini) and
 * `version_table=` / `version_table_schema=` passed to `context.configure()`.
 */
import { parser } from "@lezer/python";
import type { SyntaxNode } from "@lezer/common";
import { pythonStringValue } from "./python_string.ts";

export interface EnvPyFacts {
  readonly envVars: { name: string; fallback?: string }[];
  readonly versionTable?: string;
  readonly versionTableSchema?: string;
}

export function readEnvPy(source: string): EnvPyFacts {
  const tree = parser.parse(source);
  const text = (n: SyntaxNode) => source.slice(n.from, n.to);
  const strings = (n: SyntaxNode | null): string[] => {
    const out: string[] = [];
    for (let c = n?.firstChild ?? null; c; c = c.nextSibling) {
      if (c.name === "String") out.push(pythonStringValue(text(c)) ?? "");
    }
    return out;
  };
  const envVars: { name: string; fallback?: string }[] = [];
  const keywords = new Map<string, string>();
  tree.iterate({
    enter(ref) {
      const node = ref.node;
      if (node.name === "MemberExpression") {
        // os.environ["X"]
        const object = node.firstChild;
        if (object && text(object).replace(/\s/g, "") === "os.environ" && node.getChild("[")) {
          const [name] = strings(node);
          if (name) envVars.push({ name });
        }
      }
      if (node.name === "CallExpression") {
        const callee = node.firstChild;
        const args = node.getChild("ArgList");
        const name = callee ? text(callee).replace(/\s/g, "") : "";
        if (["os.environ.get", "os.getenv", "environ.get", "getenv"].includes(name)) {
          const [variable, fallback] = strings(args);
          if (variable) envVars.push(fallback === undefined ? { name: variable } : { name: variable, fallback });
        }
        // context.configure(..., version_table="x")
        for (let c = args?.firstChild ?? null; c; c = c.nextSibling) {
          const key = text(c);
          if (c.name === "VariableName" && (key === "version_table" || key === "version_table_schema")) {
            const value = c.nextSibling?.nextSibling;
            if (value?.name === "String") keywords.set(key, pythonStringValue(text(value)) ?? "");
          }
        }
      }
    },
  });
  return {
    envVars,
    ...(keywords.has("version_table") ? { versionTable: keywords.get("version_table")! } : {}),
    ...(keywords.has("version_table_schema") ? { versionTableSchema: keywords.get("version_table_schema")! } : {}),
  };
}

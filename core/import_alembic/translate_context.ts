/**
 * State of one script's translation: the target dialect, what the generated module must
 * import from "mig", and the notes gathered on the way. Expressions that have no mig
 * equivalent throw NotConverted; the statement translator catches it and keeps the
 * whole statement as Python in a comment.
 */
import type { DialectName } from "../ops/context.ts";
import type { PyExpr } from "./python_ast.ts";

export class NotConverted extends Error {
  constructor(readonly expr: PyExpr, reason: string) {
    super(reason);
  }
}

export interface Note {
  readonly line: number;
  readonly text: string;
}

export class TranslateContext {
  readonly notes: Note[] = [];
  readonly uses = new Set<"op" | "t" | "ScriptError">();

  /** `dialect` undefined: the project's dialect is unknown, dialect-specific choices are made at run time. */
  constructor(readonly dialect: DialectName | undefined) {}

  note(line: number, text: string): void {
    this.notes.push({ line, text });
  }

  fail(expr: PyExpr, reason: string): never {
    throw new NotConverted(expr, reason);
  }
}

/** A JavaScript string literal for any text. */
export const js = (text: string): string => JSON.stringify(text);

/** `{ a: 1, b: "x" }` from the entries that are present; "" when none is. */
export function options(entries: readonly (readonly [string, string | undefined])[]): string {
  const present = entries.filter(([, v]) => v !== undefined);
  return present.length === 0 ? "" : `{ ${present.map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
}

/** Call arguments, leaving out a trailing empty options object. */
export function args(...parts: (string | undefined)[]): string {
  const out = [...parts];
  while (out.length > 0 && (out[out.length - 1] === undefined || out[out.length - 1] === "")) out.pop();
  return out.map((p) => p ?? "undefined").join(", ");
}

/**
 * Literal rendering shared by the dialects. Each dialect picks its string escaping and its
 * boolean, date and binary forms; the checks (NUL, non-finite numbers, invalid dates) are
 * the same everywhere.
 */

import { CompileError } from "../../core/errors.ts";
import type { LiteralValue } from "../../core/ops/sql.ts";

export interface LiteralStyle {
  /** Escape backslashes too (MySQL's default sql_mode treats `\` as an escape). */
  readonly backslashEscapes: boolean;
  readonly true: string;
  readonly false: string;
  /** How a UTC timestamp text (`2024-01-02 03:04:05.678`, no quotes yet) is written. */
  readonly date: (text: string) => string;
  readonly bytes: (hex: string) => string;
}

export function makeLiteral(style: LiteralStyle): (value: LiteralValue) => string {
  const string = (text: string) => {
    if (text.includes("\0")) {
      throw new CompileError(`String literal ${JSON.stringify(text.slice(0, 40))} contains a NUL character, which SQL text cannot carry`);
    }
    let body = text.replaceAll("'", "''");
    if (style.backslashEscapes) body = body.replaceAll("\\", "\\\\");
    return `'${body}'`;
  };
  return (value: LiteralValue): string => {
    if (value === null) return "NULL";
    switch (typeof value) {
      case "string":
        return string(value);
      case "boolean":
        return value ? style.true : style.false;
      case "bigint":
        return value.toString();
      case "number":
        if (!Number.isFinite(value)) throw new CompileError(`Cannot render ${value} as a SQL literal`);
        return Object.is(value, -0) ? "0" : String(value);
    }
    if (value instanceof Date) return style.date(utcText(value));
    if (value instanceof Uint8Array) return style.bytes(hex(value));
    throw new CompileError(`Cannot render ${typeof value} as a SQL literal`);
  };
}

/** `2024-01-02 03:04:05` (+ `.678` when there are milliseconds), in UTC. */
export function utcText(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new CompileError("Cannot render an invalid Date as a SQL literal");
  const iso = date.toISOString(); // 2024-01-02T03:04:05.678Z
  const [day, time = ""] = iso.split("T");
  const clock = time.slice(0, -1).replace(/\.000$/, "");
  return `${day} ${clock}`;
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

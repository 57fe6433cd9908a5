/** Argument checks shared by `op` and `t`: mistakes surface at the script line that made them. */

import { ScriptError } from "../errors.ts";
import { isSql, type Sql, sqlLiteral, sqlText } from "./sql.ts";

export function checkName(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string" || value === "") {
    throw new ScriptError(`${what} must be a non-empty string, got ${value === "" ? "''" : String(value)}`);
  }
}

/**
 * Strings are literals for defaults (`serverDefault: "x"` stores x) but SQL text for
 * conditions (`t.check("a > 0")`); `raw` picks the second reading.
 */
export function toSql(value: string | Sql, raw = false): Sql {
  if (isSql(value)) return value;
  if (typeof value === "string") return raw ? sqlText(value) : sqlLiteral(value);
  throw new ScriptError(`Expected a string or t.sql(...), got ${typeof value}`);
}

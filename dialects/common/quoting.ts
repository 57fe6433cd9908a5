/**
 * Identifier quoting: quote only when needed, always correctly. A name stays bare when it
 * is lowercase ASCII letters, digits and underscores, doesn't start with a digit and isn't
 * a reserved word; anything else (uppercase, spaces, quotes, unicode, keywords) is quoted
 * with the dialect's quote character doubled inside.
 */

import { CompileError } from "../../core/errors.ts";

export interface QuotingRules {
  /** `"` (PostgreSQL, SQLite) or `` ` `` (MySQL). */
  readonly quote: string;
  /** Lowercase reserved words. */
  readonly reserved: ReadonlySet<string>;
  /** The longest identifier the database keeps without truncating, if it has a limit. */
  readonly maxLength?: number;
  /** PostgreSQL counts bytes (NAMEDATALEN), MySQL characters. */
  readonly lengthUnit?: "bytes" | "characters";
}

const BARE = /^[a-z_][a-z0-9_]*$/;
const encoder = new TextEncoder();

export function makeQuoter(rules: QuotingRules): (name: string) => string {
  const doubled = rules.quote + rules.quote;
  return (name: string) => {
    if (typeof name !== "string" || name === "") throw new CompileError("Identifier must be a non-empty string");
    if (name.includes("\0")) throw new CompileError(`Identifier ${JSON.stringify(name)} contains a NUL character`);
    if (rules.maxLength !== undefined) {
      const size = rules.lengthUnit === "bytes" ? encoder.encode(name).length : [...name].length;
      if (size > rules.maxLength) {
        // The database would truncate silently, and two long names could then collide.
        throw new CompileError(`Identifier '${name}' exceeds maximum length of ${rules.maxLength} characters`);
      }
    }
    if (BARE.test(name) && !rules.reserved.has(name)) return name;
    return rules.quote + name.split(rules.quote).join(doubled) + rules.quote;
  };
}

/** A word list written as whitespace-separated text, lowercased into a set. */
export function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.trim().toLowerCase().split(/\s+/));
}

/**
 * Whether PostgreSQL can change a column's type without rewriting the table: the known
 * binary-compatible changes. `from` is what `format_type()` prints, `to` the type as the
 * statement spells it. Unknown pairs count as rewrites.
 */

export function typeChangeRewrites(from: string, to: string, version: number): boolean {
  const a = parseType(from);
  const b = parseType(to);
  if (a.base === b.base && sameArgs(a.args, b.args)) return false;
  if (a.base === "character varying") {
    if (b.base === "text") return false;
    if (b.base === "character varying") return b.args.length > 0 && a.args.length > 0 ? b.args[0]! < a.args[0]! : a.args.length > 0 ? false : b.args.length > 0;
  }
  if (a.base === "text" && b.base === "character varying" && b.args.length === 0) return false;
  if (a.base === "numeric" && b.base === "numeric") {
    if (b.args.length === 0) return false;
    if (a.args.length === 0) return true;
    return !((b.args[1] ?? 0) === (a.args[1] ?? 0) && b.args[0]! >= a.args[0]!);
  }
  if (a.base === "bit varying" && b.base === "bit varying") return b.args.length > 0 && a.args.length > 0 && b.args[0]! < a.args[0]!;
  // timestamp <-> timestamptz: no rewrite from 12 on when the session's TimeZone is UTC.
  const stamps = new Set(["timestamp without time zone", "timestamp with time zone"]);
  if (stamps.has(a.base) && stamps.has(b.base) && sameArgs(a.args, b.args)) return version < 12;
  return true;
}

const ALIASES: Readonly<Record<string, string>> = {
  varchar: "character varying", "char varying": "character varying", int: "integer", int4: "integer",
  int8: "bigint", int2: "smallint", decimal: "numeric", timestamptz: "timestamp with time zone",
  timestamp: "timestamp without time zone", "timestamp without time zone": "timestamp without time zone",
  float8: "double precision", float4: "real", bool: "boolean", varbit: "bit varying", char: "character", bpchar: "character",
  timetz: "time with time zone", time: "time without time zone",
};

function parseType(text: string): { base: string; args: number[] } {
  const t = text.trim().toLowerCase().replace(/"/g, "").replace(/^pg_catalog\./, "").replace(/\s+/g, " ");
  const m = /^([a-z_ ]+?)\s*(?:\(([^)]*)\))?\s*((?:with|without) time zone)?$/.exec(t);
  if (!m) return { base: t, args: [] };
  let base = m[1]!.trim();
  if (m[3]) base = `${base} ${m[3]}`;
  base = ALIASES[base] ?? base;
  const args = m[2] ? m[2].split(",").map((x) => Number(x.trim())) : [];
  return { base, args };
}

const sameArgs = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

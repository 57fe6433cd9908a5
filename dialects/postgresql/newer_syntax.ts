/**
 * Statements that need a newer PostgreSQL than the one a project deploys to. `mig check`
 * runs in PGlite (PostgreSQL 18), which accepts everything up to 18; with
 * `target_postgres_version = "14"` in mig.toml it warns about what 14 would refuse.
 * A pattern list, not a parser: it looks at statement text with string literals and
 * comments blanked, so it can miss exotic spellings but does not fire on data.
 */

import type { NewerSyntax } from "../../core/dialect.ts";

interface Feature {
  readonly feature: string;
  readonly since: number;
  readonly pattern: RegExp;
}

const FEATURES: readonly Feature[] = [
  { feature: "GENERATED AS IDENTITY", since: 10, pattern: /\bGENERATED\s+(ALWAYS|BY\s+DEFAULT)\s+AS\s+IDENTITY\b/i },
  { feature: "PARTITION BY", since: 10, pattern: /\bPARTITION\s+BY\s+(RANGE|LIST|HASH)\b/i },
  { feature: "CREATE STATISTICS", since: 10, pattern: /\bCREATE\s+STATISTICS\b/i },
  { feature: "CREATE PROCEDURE", since: 11, pattern: /\bCREATE\s+(OR\s+REPLACE\s+)?PROCEDURE\b/i },
  { feature: "CALL", since: 11, pattern: /^\s*CALL\b/i },
  { feature: "INCLUDE columns in an index", since: 11, pattern: /\bCREATE\s+(UNIQUE\s+)?INDEX\b[\s\S]*\)\s*INCLUDE\s*\(/i },
  { feature: "stored generated columns", since: 12, pattern: /\bGENERATED\s+ALWAYS\s+AS\s*\([\s\S]*\)\s*STORED\b/i },
  { feature: "REINDEX CONCURRENTLY", since: 12, pattern: /\bREINDEX\s+(\(.*\)\s*)?(INDEX|TABLE|SCHEMA|DATABASE)\s+CONCURRENTLY\b/i },
  { feature: "gen_random_uuid() without pgcrypto", since: 13, pattern: /\bgen_random_uuid\s*\(/i },
  { feature: "DROP EXPRESSION", since: 13, pattern: /\bDROP\s+EXPRESSION\b/i },
  { feature: "FETCH FIRST ... WITH TIES", since: 13, pattern: /\bWITH\s+TIES\b/i },
  { feature: "CREATE OR REPLACE TRIGGER", since: 14, pattern: /\bCREATE\s+OR\s+REPLACE\s+(CONSTRAINT\s+)?TRIGGER\b/i },
  { feature: "multirange types", since: 14, pattern: /\b(int4|int8|num|ts|tstz|date)multirange\b/i },
  { feature: "column COMPRESSION", since: 14, pattern: /\bCOMPRESSION\s+(lz4|pglz|default)\b/i },
  { feature: "DETACH PARTITION CONCURRENTLY", since: 14, pattern: /\bDETACH\s+PARTITION\b[^;]*\bCONCURRENTLY\b/i },
  { feature: "MERGE", since: 15, pattern: /^\s*(WITH\b[\s\S]*\)\s*)?MERGE\s+INTO\b/i },
  { feature: "NULLS NOT DISTINCT", since: 15, pattern: /\bNULLS\s+NOT\s+DISTINCT\b/i },
  { feature: "security_invoker views", since: 15, pattern: /\bsecurity_invoker\b/i },
  { feature: "regexp_count/regexp_instr/regexp_like/regexp_substr", since: 15, pattern: /\bregexp_(count|instr|like|substr)\s*\(/i },
  { feature: "ANY_VALUE", since: 16, pattern: /\bANY_VALUE\s*\(/i },
  { feature: "SYSTEM_USER", since: 16, pattern: /\bSYSTEM_USER\b/i },
  { feature: "SQL/JSON constructors (JSON_ARRAY, JSON_OBJECT)", since: 16, pattern: /\bJSON_(ARRAY|OBJECT|ARRAYAGG|OBJECTAGG)\s*\(/i },
  { feature: "IS JSON", since: 16, pattern: /\bIS\s+(NOT\s+)?JSON\b/i },
  { feature: "JSON_TABLE", since: 17, pattern: /\bJSON_TABLE\s*\(/i },
  { feature: "SQL/JSON query functions (JSON_EXISTS, JSON_QUERY, JSON_VALUE)", since: 17, pattern: /\bJSON_(EXISTS|QUERY|VALUE)\s*\(/i },
  { feature: "SET EXPRESSION", since: 17, pattern: /\bALTER\s+COLUMN\b[^;]*\bSET\s+EXPRESSION\b/i },
  { feature: "uuidv7()/uuidv4()", since: 18, pattern: /\buuidv[47]\s*\(/i },
  { feature: "virtual generated columns", since: 18, pattern: /\bGENERATED\s+ALWAYS\s+AS\s*\([\s\S]*\)\s*VIRTUAL\b/i },
  { feature: "NOT ENFORCED constraints", since: 18, pattern: /\bNOT\s+ENFORCED\b/i },
  { feature: "WITHOUT OVERLAPS", since: 18, pattern: /\bWITHOUT\s+OVERLAPS\b/i },
  { feature: "RETURNING OLD/NEW", since: 18, pattern: /\bRETURNING\b[^;]*\b(OLD|NEW)\s*\./i },
  { feature: "casefold()", since: 18, pattern: /\bcasefold\s*\(/i },
];

export function postgresqlNewerSyntax(sql: string, target: string): NewerSyntax[] {
  const major = Number.parseInt(target, 10);
  if (!Number.isFinite(major)) return [];
  const code = blankLiterals(sql);
  return FEATURES.filter((f) => f.since > major && f.pattern.test(code)).map((f) => ({ feature: f.feature, since: String(f.since) }));
}

/** String literals and comments become spaces; dollar-quoted bodies stay (they are code). */
function blankLiterals(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, (m) => " ".repeat(m.length));
}

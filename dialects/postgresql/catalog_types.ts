/**
 * `typeFromCatalog` for PostgreSQL: `format_type`'s text back to the `t.*` builder the
 * compiler (types.ts) renders to exactly that type, so generated scripts read
 * `t.string(50)` rather than `t.raw("character varying(50)")`. Anything else stays raw.
 */

import type { TypeNode } from "../../core/ops/elements/type.ts";

const FIXED: Readonly<Record<string, TypeNode>> = {
  "integer": { kind: "integer" },
  "bigint": { kind: "bigInteger" },
  "smallint": { kind: "smallInteger" },
  "character varying": { kind: "string" },
  "text": { kind: "text" },
  "boolean": { kind: "boolean" },
  "timestamp without time zone": { kind: "dateTime", timezone: false },
  "timestamp with time zone": { kind: "dateTime", timezone: true },
  "date": { kind: "date" },
  "time without time zone": { kind: "time" },
  "numeric": { kind: "numeric" },
  "double precision": { kind: "float" },
  "json": { kind: "json" },
  "uuid": { kind: "uuid" },
  "bytea": { kind: "binary" },
};

export function postgresqlTypeFromCatalog(type: TypeNode): TypeNode {
  if (type.kind !== "raw") return type;
  const fixed = FIXED[type.sql];
  if (fixed) return Object.freeze({ ...fixed });
  const varchar = /^character varying\((\d+)\)$/.exec(type.sql);
  if (varchar) return Object.freeze({ kind: "string", length: Number(varchar[1]) });
  const numeric = /^numeric\((\d+),(\d+)\)$/.exec(type.sql);
  if (numeric) return Object.freeze({ kind: "numeric", precision: Number(numeric[1]), scale: Number(numeric[2]) });
  return type;
}

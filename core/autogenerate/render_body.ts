/**
 * A function body for a script from op calls: the renderer's lines, with catalog types
 * written as the `t.*` builders that produce them on this dialect (`t.string(50)` rather
 * than `t.raw("character varying(50)")`).
 */

import type { Dialect } from "../dialect.ts";
import type { TypeNode } from "../ops/elements/type.ts";
import type { AutogenCall } from "./op_call.ts";
import { renderCalls } from "./render_ts.ts";

export function renderBody(calls: readonly AutogenCall[], dialect: Dialect, indent: string): string {
  const typeFor = (_table: string, _column: string, type: TypeNode): TypeNode =>
    type.kind === "raw" ? dialect.typeFromCatalog(type) : type;
  return renderCalls(calls, { indent, typeFor }).join("\n");
}

/**
 * A table declared in a target schema module (`t.table(...)`), for autogenerate. It is the
 * same normalized definition `op.createTable` builds, plus what only a comparison needs:
 * the name it had before (`renamedFrom`), which is a hint, never something mig guesses.
 */

import type { TableDefinition } from "../table_definition.ts";

export interface TableDeclaration {
  readonly kind: "table";
  readonly definition: TableDefinition;
  readonly renamedFrom?: string;
  /** Indexes made by `t.column(..., { index: true })`, which a naming convention renames. */
  readonly derivedIndexes: readonly string[];
}

/**
 * A database's schema flattened into named objects with a definition string each, so two
 * states of one database can be compared without knowing the dialect: `mig check` takes
 * one before a revision's upgrade and one after its downgrade, and they must match. Each
 * dialect builds it from its own catalog (see `Dialect.snapshotSchema`).
 */

export type SchemaObjectKind =
  | "schema" | "table" | "column" | "constraint" | "index" | "view" | "sequence" | "type"
  | "function" | "trigger" | "extension";

export interface SchemaObject {
  readonly kind: SchemaObjectKind;
  /** Qualified as the dialect prints it: `public.account.name` for a PostgreSQL column. */
  readonly name: string;
  /** What must stay equal; empty when existence is all there is to compare. */
  readonly definition: string;
  /** For columns, constraints, indexes and triggers: the qualified table they belong to. */
  readonly table?: string;
}

export interface SchemaSnapshot {
  /** Sorted by kind, then name. */
  readonly objects: readonly SchemaObject[];
}

export interface SnapshotOptions {
  /** Tables left out with everything on them (the version table). */
  readonly exclude?: readonly { readonly table: string; readonly schema?: string }[];
}

/** Freeze and order objects, the one shape every dialect returns. */
export function schemaSnapshot(objects: readonly SchemaObject[]): SchemaSnapshot {
  const sorted = [...objects].sort((a, b) => (a.kind === b.kind ? compare(a.name, b.name) : compare(a.kind, b.kind)));
  return Object.freeze({ objects: Object.freeze(sorted.map((o) => Object.freeze({ ...o }))) });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

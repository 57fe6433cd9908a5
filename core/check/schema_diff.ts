/**
 * What differs between two snapshots of one database: objects only in the later state,
 * objects only in the earlier one, and changed definitions, keyed by kind and name.
 */
import type { SchemaObject, SchemaSnapshot } from "../schema_snapshot.ts";

export interface Change {
  readonly before: SchemaObject;
  readonly after: SchemaObject;
}

export interface SchemaDiff {
  readonly added: readonly SchemaObject[];
  readonly removed: readonly SchemaObject[];
  readonly changed: readonly Change[];
}

export const objectKey = (o: SchemaObject) => `${o.kind} ${o.name}`;

export function diffSnapshots(before: SchemaSnapshot, after: SchemaSnapshot): SchemaDiff {
  const old = new Map(before.objects.map((o) => [objectKey(o), o]));
  const now = new Map(after.objects.map((o) => [objectKey(o), o]));
  return {
    added: after.objects.filter((o) => !old.has(objectKey(o))),
    removed: before.objects.filter((o) => !now.has(objectKey(o))),
    changed: after.objects.flatMap((o) => {
      const was = old.get(objectKey(o));
      return was && was.definition !== o.definition ? [{ before: was, after: o }] : [];
    }),
  };
}

export function isEmptyDiff(diff: SchemaDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** `kind name (definition)`, one line; tables and views by name alone. */
export function describeObject(o: SchemaObject): string {
  const shown = o.definition && o.kind !== "view" && o.kind !== "table" ? ` (${oneLine(o.definition)})` : "";
  return `${o.kind} ${o.name}${shown}`;
}

/** Lines for a diff where `before` is the expected state and `after` the one reached. */
export function describeDiff(diff: SchemaDiff, words: { added: string; removed: string }): string[] {
  return [
    ...withoutParts(diff.added).map((o) => `${words.added}: ${describeObject(o)}`),
    ...withoutParts(diff.removed).map((o) => `${words.removed}: ${describeObject(o)}`),
    ...diff.changed.map(({ before, after }) => `changed: ${after.kind} ${after.name}: ${oneLine(before.definition)} -> ${oneLine(after.definition)}`),
  ];
}

export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Leaves out columns, constraints, indexes and triggers of a table that is itself listed: one line per table. */
export function withoutParts(objects: readonly SchemaObject[]): SchemaObject[] {
  const tables = new Set(objects.filter((o) => o.kind === "table").map((o) => o.name));
  return objects.filter((o) => o.table === undefined || !tables.has(o.table));
}

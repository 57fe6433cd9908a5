/**
 * Whether a downgrade undid its upgrade, judged by what each changed: the objects the
 * upgrade added must be gone, those it dropped back with their definitions, those it
 * altered altered back, and nothing else touched. Comparing the two changes rather than
 * whole schemas keeps the verdict per revision even when the downgrade runs in another
 * order than the upgrades did (branches) or after another revision's incomplete one.
 */
import type { SchemaObject } from "../schema_snapshot.ts";
import { type Change, describeObject, objectKey, oneLine, type SchemaDiff, withoutParts } from "./schema_diff.ts";

/**
 * Lines describing how `down` fails to undo `up`; empty when it undoes it. `ignore`
 * holds keys of objects earlier findings already reported as left behind, which this
 * downgrade may legitimately take with it (a dropped table takes its leftover index).
 */
export function undoMismatch(change: { readonly up: SchemaDiff; readonly down: SchemaDiff }, ignore: ReadonlySet<string>): string[] {
  const { up, down } = change;
  const byKey = <T>(items: readonly T[], key: (t: T) => string) => new Map(items.map((t) => [key(t), t]));
  const downRemoved = byKey(down.removed, objectKey);
  const downAdded = byKey(down.added, objectKey);
  const downChanged = byKey(down.changed, (c: Change) => objectKey(c.after));
  const upAdded = new Set(up.added.map(objectKey));
  const upRemoved = new Set(up.removed.map(objectKey));
  const upChanged = new Set(up.changed.map((c) => objectKey(c.after)));

  const leftBehind = up.added.filter((o) => !downRemoved.has(objectKey(o)));
  const notRestored = up.removed.filter((o) => !downAdded.has(objectKey(o)));
  const lines = [
    ...withoutParts(leftBehind).map((o) => `left behind: ${describeObject(o)}`),
    ...withoutParts(notRestored).map((o) => `not restored: ${describeObject(o)}`),
  ];
  for (const o of up.removed) {
    const back = downAdded.get(objectKey(o));
    if (back && back.definition !== o.definition) lines.push(`restored differently: ${differently(o, back)}`);
  }
  for (const c of up.changed) {
    const back = downChanged.get(objectKey(c.after));
    if (!back) lines.push(`not changed back: ${c.after.kind} ${c.after.name}: still ${oneLine(c.after.definition)} (was ${oneLine(c.before.definition)})`);
    else if (back.after.definition !== c.before.definition) lines.push(`changed back differently: ${differently(c.before, back.after)}`);
  }
  const extra = (objects: readonly SchemaObject[], known: Set<string>) =>
    withoutParts(objects.filter((o) => !known.has(objectKey(o)) && !ignore.has(objectKey(o))));
  lines.push(
    ...extra(down.removed, upAdded).map((o) => `also dropped: ${describeObject(o)}`),
    ...extra(down.added, upRemoved).map((o) => `also created: ${describeObject(o)}`),
    ...down.changed.filter((c) => !upChanged.has(objectKey(c.after)) && !ignore.has(objectKey(c.after)))
      .map((c) => `also changed: ${c.after.kind} ${c.after.name}: ${oneLine(c.before.definition)} -> ${oneLine(c.after.definition)}`),
  );
  return lines;
}

/** Keys of what `up` added and `down` did not remove: known leftovers from here on. */
export function leftovers(up: SchemaDiff, down: SchemaDiff): string[] {
  const removed = new Set(down.removed.map(objectKey));
  return up.added.map(objectKey).filter((k) => !removed.has(k));
}

function differently(expected: SchemaObject, got: SchemaObject): string {
  return `${got.kind} ${got.name}: ${oneLine(got.definition)} instead of ${oneLine(expected.definition)}`;
}

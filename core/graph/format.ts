/**
 * Alembic's output lines, character for character (Script `_head_only`, `log_entry`
 * and the `branches` block). Each function returns the text Alembic hands to print;
 * the caller adds one newline, as print does.
 */
import type { Revision } from "./revision.ts";

export interface LineOptions {
  /** ` (label, other)` after the id. */
  readonly includeBranches?: boolean;
  /** `, message` at the end. */
  readonly includeDoc?: boolean;
  /** `down, down (deps) -> ` before the id. */
  readonly includeParents?: boolean;
  /** ` (branchpoint)`, ` (mergepoint)`; default on. */
  readonly treeIndicators?: boolean;
  /** ` (head)` / ` (effective head)`, ` (current)`; default on. */
  readonly headIndicators?: boolean;
  /** Mark ` (current)`. */
  readonly current?: boolean;
}

/** Revisions share label lists; a long history joins each distinct list once. */
const joinedLabels = new WeakMap<readonly string[], string>();

function joined(labels: readonly string[]): string {
  let text = joinedLabels.get(labels);
  if (text === undefined) {
    text = labels.join(", ");
    joinedLabels.set(labels, text);
  }
  return text;
}

/** `<base>` or the declared down revisions. */
export function downRevisionText(rev: Revision): string {
  const down = rev.downRevisions;
  // One parent is by far the most common: no join for it (history formats every revision).
  return down.length === 1 ? down[0]! : down.length === 0 ? "<base>" : down.join(", ");
}

/** The one-line form: `down -> rev (labels) (head) (current) (branchpoint) (mergepoint), message`. */
export function revisionLine(rev: Revision, options: LineOptions = {}): string {
  const tree = options.treeIndicators ?? true;
  const headMarks = options.headIndicators ?? true;
  let text = rev.revision;
  if (options.includeParents) {
    text = rev.dependsOn.length > 0
      ? `${downRevisionText(rev)} (${rev.dependsOn.join(", ")}) -> ${text}`
      : `${downRevisionText(rev)} -> ${text}`;
  }
  if (options.includeBranches && rev.branchLabels.length > 0) text += ` (${joined(rev.branchLabels)})`;
  if (headMarks || tree) {
    // A real head is a head; a head that is not real is an effective one.
    if (rev.isHead) text += rev.isRealHead ? " (head)" : " (effective head)";
    if (options.current) text += " (current)";
  }
  if (tree) {
    if (rev.isBranchPoint) text += " (branchpoint)";
    if (rev.isMergePoint) text += " (mergepoint)";
  }
  if (options.includeDoc) text += `, ${rev.message}`;
  return text;
}

/** The verbose block of `show` and `-v`, ending in a newline (so a blank line follows). */
export function verboseEntry(rev: Revision, options: { current?: boolean } = {}): string {
  let entry = `Rev: ${rev.revision}${rev.isHead ? " (head)" : ""}${rev.isBranchPoint ? " (branchpoint)" : ""}` +
    `${rev.isMergePoint ? " (mergepoint)" : ""}${options.current ? " (current)" : ""}\n`;
  entry += `${rev.isMergePoint ? "Merges" : "Parent"}: ${downRevisionText(rev)}\n`;
  if (rev.dependsOn.length > 0) entry += `Also depends on: ${rev.dependsOn.join(", ")}\n`;
  if (rev.isBranchPoint) entry += `Branches into: ${rev.children.join(", ")}\n`;
  if (rev.branchLabels.length > 0) entry += `Branch names: ${rev.branchLabels.join(", ")}\n`;
  entry += `Path: ${rev.path}\n`;
  const doc = splitLines(rev.doc.trim()).map((line) => `    ${line}`).join("\n");
  return `${entry}\n${doc}\n`;
}

/** Python's str.splitlines on text without a trailing break. */
function splitLines(text: string): string[] {
  return text === "" ? [] : text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
}

export interface EntryOptions {
  readonly verbose?: boolean;
  readonly current?: boolean;
}

/** A `history` entry: `down -> rev (labels) (head) (current) (branchpoint) (mergepoint), message`. */
export function historyEntry(rev: Revision, options: EntryOptions = {}): string {
  if (options.verbose) return verboseEntry(rev, { current: options.current ?? false });
  return revisionLine(rev, {
    includeBranches: true, includeDoc: true, includeParents: true, current: options.current ?? false,
  });
}

/** A `heads` entry: `rev (labels) (head)` or `(effective head)`. */
export function headsEntry(rev: Revision, options: { verbose?: boolean } = {}): string {
  if (options.verbose) return verboseEntry(rev);
  return revisionLine(rev, { includeBranches: true, treeIndicators: false });
}

/** A `current` entry: `rev (head) (branchpoint) (mergepoint)`. */
export function currentEntry(rev: Revision, options: { verbose?: boolean } = {}): string {
  return options.verbose ? verboseEntry(rev) : revisionLine(rev);
}

/**
 * A `branches` block: the branch point, then `-> child` lines indented to the id's
 * width, then a blank line. `children` in the order to show them (RevisionMap gives
 * map order).
 */
export function branchesEntry(rev: Revision, children: readonly Revision[], options: { verbose?: boolean } = {}): string {
  const verbose = options.verbose ?? false;
  const head = verbose ? verboseEntry(rev) : revisionLine(rev, { includeBranches: true });
  const pad = " ".repeat(rev.revision.length);
  const lines = children.map((child) =>
    `${pad} -> ${revisionLine(child, { includeBranches: true, includeDoc: verbose })}`);
  return `${head}\n${lines.join("\n")}\n`;
}

/** `Current revision(s) for <url>:`, the first line of `current -v` (mask the URL first). */
export function currentHeader(maskedUrl: string): string {
  return `Current revision(s) for ${maskedUrl}:`;
}

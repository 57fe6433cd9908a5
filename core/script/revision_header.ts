/**
 * What mig knows about a revision script without executing it: the four header
 * constants, the docstring and where the file lives. Produced by the script directory
 * reader, consumed by the revision graph.
 */
export interface RevisionHeader {
  /** The revision id (`export const revision = "..."` or `-- revision:`). */
  readonly revision: string;
  /** Parents; empty for a base revision. */
  readonly downRevisions: readonly string[];
  readonly branchLabels: readonly string[];
  /** Revisions (ids, prefixes or branch labels) this one depends on without being a child. */
  readonly dependsOn: readonly string[];
  /** First line of the docstring (the `-m` message). */
  readonly message: string;
  /** The whole docstring, as shown by `show` and `history -v`. */
  readonly doc: string;
  /** Absolute path of the script file. */
  readonly path: string;
}

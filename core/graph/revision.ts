/**
 * A revision as the commands see it: its header plus what the graph knows about it.
 * A read-only view; RevisionMap hands out one instance per revision.
 */
import type { RevisionHeader } from "../script/revision_header.ts";
import type { GraphModel } from "./model.ts";

/** The `--json` form of a revision. */
export interface RevisionJson {
  readonly revision: string;
  readonly downRevisions: readonly string[];
  readonly dependsOn: readonly string[];
  readonly branchLabels: readonly string[];
  readonly children: readonly string[];
  readonly message: string;
  readonly path: string;
  readonly isHead: boolean;
  readonly isEffectiveHead: boolean;
  readonly isBase: boolean;
  readonly isBranchPoint: boolean;
  readonly isMergePoint: boolean;
}

export class Revision {
  readonly #model: GraphModel;
  /** Position in map order (the order headers were given). */
  readonly index: number;

  constructor(model: GraphModel, index: number) {
    this.#model = model;
    this.index = index;
  }

  get revision(): string {
    return this.#model.ids[this.index]!;
  }

  get header(): RevisionHeader {
    return this.#model.headers[this.index]!;
  }

  /** As declared, present or not. */
  get downRevisions(): readonly string[] {
    return this.header.downRevisions;
  }

  /** As declared (ids, labels or prefixes). */
  get dependsOn(): readonly string[] {
    return this.header.dependsOn;
  }

  /** Dependencies as revision ids, leaving out those that repeat a down revision. */
  get resolvedDependencies(): string[] {
    return this.#model.dependencies(this.index).map((i) => this.#model.ids[i]!);
  }

  /** What this revision's step moves from or to: down revisions plus its own dependencies. */
  get normalizedDownRevisions(): string[] {
    return this.#model.normalizedDown(this.index).map((i) => this.#model.ids[i]!);
  }

  /** Revisions naming this one as a down revision, in map order. */
  get children(): string[] {
    return [...this.#model.children(this.index)].map((i) => this.#model.ids[i]!);
  }

  /** Revisions depending on this one, in map order. */
  get dependents(): string[] {
    return [...this.#model.dependents(this.index)].map((i) => this.#model.ids[i]!);
  }

  /** Own and inherited branch labels, in declaration order. */
  get branchLabels(): readonly string[] {
    return this.#model.labels[this.index]!;
  }

  get message(): string {
    return this.header.message;
  }

  get doc(): string {
    return this.header.doc;
  }

  get path(): string {
    return this.header.path;
  }

  /** No revision names this one as a down revision (Alembic's `is_head`). */
  get isHead(): boolean {
    return this.#model.isHead(this.index);
  }

  /** A head nothing depends on either: what `heads` resolves to. */
  get isRealHead(): boolean {
    return this.#model.isRealHead(this.index);
  }

  /** A head that another revision depends on: `(effective head)`. */
  get isEffectiveHead(): boolean {
    return this.isHead && !this.isRealHead;
  }

  /** Declares no down revision. */
  get isBase(): boolean {
    return this.header.downRevisions.length === 0;
  }

  /** Two or more revisions name this one as a down revision. */
  get isBranchPoint(): boolean {
    return this.#model.isBranchPoint(this.index);
  }

  /** Declares two or more down revisions. */
  get isMergePoint(): boolean {
    return this.#model.isMergePoint(this.index);
  }

  toJSON(): RevisionJson {
    return {
      revision: this.revision,
      downRevisions: [...this.downRevisions],
      dependsOn: [...this.dependsOn],
      branchLabels: [...this.branchLabels],
      children: this.children,
      message: this.message,
      path: this.path,
      isHead: this.isHead,
      isEffectiveHead: this.isEffectiveHead,
      isBase: this.isBase,
      isBranchPoint: this.isBranchPoint,
      isMergePoint: this.isMergePoint,
    };
  }
}

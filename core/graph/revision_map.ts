/**
 * The revision graph as the commands use it: built once from the script headers,
 * then asked for heads, identifiers, history and plans. Every method throws only
 * RevisionError, worded as Alembic's CLI words it.
 */
import type { RevisionHeader } from "../script/revision_header.ts";
import { Classification, type EngineFactory } from "./engine.ts";
import { translated } from "./failures.ts";
import { historyRevisions, type HistoryOptions } from "./history.ts";
import { GraphModel } from "./model.ts";
import { newRevision, type NewRevision, type NewRevisionOptions } from "./new_revision.ts";
import { planDowngrade, planUpgrade, type Plan, type PlanContext } from "./plan.ts";
import { Resolver } from "./resolve.ts";
import { Revision } from "./revision.ts";
import { planStamp } from "./stamp.ts";
import { wasmEngine } from "./wasm_engine.ts";

export interface RevisionMapOptions {
  /** The engine doing the set work; the WebAssembly one unless a test swaps it. */
  readonly engine?: EngineFactory;
}

export class RevisionMap {
  readonly #model: GraphModel;
  readonly #resolver: Resolver;
  readonly #views: Revision[];
  readonly #plans: PlanContext;

  /**
   * Throws RevisionError for self-loops, cycles, a branch label used twice or an id
   * with `@ - + :` in it. Duplicate ids and dangling references become `warnings`.
   */
  constructor(headers: readonly RevisionHeader[], options: RevisionMapOptions = {}) {
    this.#model = new GraphModel(headers, options.engine ?? wasmEngine);
    this.#resolver = new Resolver(this.#model);
    this.#views = new Array(this.#model.size);
    this.#plans = { resolver: this.#resolver, view: (i) => this.#view(i) };
  }

  #view(i: number): Revision {
    return (this.#views[i] ??= new Revision(this.#model, i));
  }

  #viewsOf(indices: Iterable<number>): Revision[] {
    return Array.from(indices, (i) => this.#view(i));
  }

  /** `Revision X is present more than once`, `Revision X referenced from Y is not present`. */
  get warnings(): readonly string[] {
    return this.#model.warnings;
  }

  get size(): number {
    return this.#model.size;
  }

  /** Every revision in map order (the order the headers were given). */
  revisions(): Revision[] {
    return this.#viewsOf(this.#model.ids.keys());
  }

  /** The revision with exactly this id. */
  get(id: string): Revision | undefined {
    const i = this.#model.keys.id(id);
    return i === undefined ? undefined : this.#view(i);
  }

  /** Revisions no other revision names as down revision (`mig heads`), map order. */
  heads(): Revision[] {
    return this.#viewsOf(this.#model.heads);
  }

  /** Heads nothing depends on either (`heads --resolve-dependencies`, the `heads` symbol). */
  realHeads(): Revision[] {
    return this.#viewsOf(this.#model.realHeads);
  }

  bases(): Revision[] {
    return this.#viewsOf(this.#model.bases);
  }

  /** Revisions with two or more children, newest first (the `branches` listing). */
  branchPoints(): Revision[] {
    const points = new Set(this.#model.engine.collect(Classification.branchPoints));
    return this.history().filter((rev) => points.has(rev.index));
  }

  /** The one revision an identifier names; null for `base` (Alembic's `get_revision`). */
  resolve(id: string): Revision | null {
    const found = translated({}, () => this.#resolver.revision(id));
    return found === null ? null : this.#view(found);
  }

  /** Every revision one or more identifiers name (`get_revisions`); `base` names none. */
  resolveAll(ids: string | readonly string[]): Revision[] {
    const found = translated({}, () => this.#resolver.revisions(ids));
    return this.#viewsOf(found.filter((x): x is number => typeof x === "number"));
  }

  /** The single head, or null when empty; MultipleHeads wording otherwise. */
  currentHead(): Revision | null {
    const id = translated({}, () => this.#resolver.currentHead());
    return id === null ? null : this.get(id)!;
  }

  /** What the database's heads imply, reduced to branch tips (`current`), map order. */
  current(heads: readonly string[]): Revision[] {
    return this.#viewsOf(translated({}, () => this.#resolver.allCurrent(heads)));
  }

  /** For `--sql` ranges: the heads a `START:` prefix stands for (`base`: none). */
  startingHeads(start: string | null): string[] {
    if (start === null || start === "base") return [];
    const found = translated({}, () => this.#resolver.revision(start));
    return found === null ? [] : [this.#model.ids[found]!];
  }

  /** Revisions newest first, optionally limited to a `-r` range. */
  history(options: HistoryOptions = {}): Revision[] {
    return this.#viewsOf(historyRevisions(this.#resolver, options));
  }

  planUpgrade(current: readonly string[], target: string): Plan {
    return planUpgrade(this.#plans, current, target);
  }

  planDowngrade(current: readonly string[], target: string): Plan {
    return planDowngrade(this.#plans, current, target);
  }

  /** One or more targets; `base` clears. `--purge` is the caller's: pass no current heads. */
  planStamp(current: readonly string[], targets: readonly string[]): Plan {
    return planStamp(this.#plans, current, targets);
  }

  /** Parents and dependencies for a script `revision` or `merge` is about to write. */
  newRevision(options: NewRevisionOptions): NewRevision {
    return newRevision(this.#resolver, options);
  }
}

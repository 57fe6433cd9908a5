/**
 * Version-table bookkeeping (Alembic's HeadMaintainer): which rows each step inserts,
 * updates or deletes, found by replaying the steps over the set of heads. Alembic
 * works on Python sets here; lists keep the order of declared down revisions, so a
 * merge deletes all parents but the last and updates the last one.
 */
import { RevisionError } from "../errors.ts";
import { EdgeMode } from "./engine.ts";
import type { GraphModel } from "./model.ts";

export type VersionChange =
  | { readonly kind: "insert"; readonly rev: string }
  | { readonly kind: "update"; readonly from: string; readonly to: string }
  | { readonly kind: "delete"; readonly rev: string };

/** What a step does to the version table, as HeadMaintainer sees it. */
export type Movement =
  | { readonly kind: "revision"; readonly revision: number; readonly upgrade: boolean }
  | {
    readonly kind: "stamp";
    readonly from: readonly number[];
    readonly to: readonly number[];
    readonly upgrade: boolean;
    /** Creates or removes a whole branch rather than moving along one. */
    readonly branchMove: boolean;
  };

export class HeadTracker {
  readonly #model: GraphModel;
  readonly #heads: number[];
  #changes: VersionChange[] = [];
  #lastKey = "";
  #implied: { key: string; mask: Uint8Array } | undefined;

  constructor(model: GraphModel, heads: readonly number[]) {
    this.#model = model;
    this.#heads = [...new Set(heads)];
  }

  get heads(): readonly number[] {
    return this.#heads;
  }

  /** Applies one step; returns the rows it changes, in execution order. */
  apply(move: Movement): VersionChange[] {
    this.#changes = [];
    if (move.kind === "revision") this.#revision(move.revision, move.upgrade);
    else this.#stamp(move);
    return this.#changes;
  }

  #has(i: number): boolean {
    return this.#heads.includes(i);
  }

  #revision(r: number, upgrade: boolean): void {
    const down = this.#model.normalizedDown(r);
    if (!upgrade && this.#has(r) && (down.length === 0 || this.#unmergeTo(r, down).length === 0)) {
      this.#delete(r);
    } else if (upgrade && !down.some((d) => this.#has(d))) {
      this.#insert(r);
    } else if (upgrade && down.length > 1 && down.filter((d) => this.#has(d)).length > 1) {
      const others = this.#heads.filter((h) => !down.includes(h));
      const leaving = others.length === 0 ? down : this.#notImplied(down, others);
      // Alembic would try to delete a parent that has no row; only rows can move.
      const rows = leaving.filter((d) => this.#has(d));
      rows.slice(0, -1).forEach((d) => this.#delete(d));
      this.#update(rows[rows.length - 1]!, r);
    } else if (!upgrade && this.#has(r) && down.length > 1) {
      const to = this.#unmergeTo(r, down);
      to.slice(0, -1).forEach((t) => this.#insert(t));
      this.#update(r, to[to.length - 1]!);
    } else {
      const below = down.length === 1 ? down[0]! : this.#single(down.filter((d) => this.#has(d)));
      if (upgrade) this.#update(below, r);
      else this.#update(r, below);
    }
  }

  #single(candidates: number[]): number {
    if (candidates.length !== 1) throw new RevisionError("Can't do an UPDATE because downrevision is ambiguous");
    return candidates[0]!;
  }

  /** Where a downgrade of `r` leaves heads: its down revisions nothing else implies. */
  #unmergeTo(r: number, down: readonly number[]): number[] {
    const others = this.#heads.filter((h) => h !== r);
    if (others.length > 0) return this.#notImplied(down, others);
    if (down.length < 2) return [...down];
    const below = this.#model.engine.reach(down, down, { strict: true, mode: EdgeMode.all });
    return down.filter((_, k) => below[k] === 0);
  }

  /** The candidates that are not ancestors of `sources` (inclusive). */
  #notImplied(candidates: readonly number[], sources: readonly number[]): number[] {
    const key = [...sources].sort((a, b) => a - b).join(",");
    if (this.#implied?.key !== key && this.#lastKey === key) {
      // The same heads twice in a row (a long walk beside another branch): keep a mask.
      this.#implied = { key, mask: this.#model.engine.ancestors(sources, EdgeMode.all) };
    }
    this.#lastKey = key;
    if (this.#implied?.key === key) {
      const mask = this.#implied.mask;
      return candidates.filter((c) => mask[c] === 0);
    }
    const reached = this.#model.engine.reach(candidates, sources, { strict: false, mode: EdgeMode.all });
    return candidates.filter((_, k) => reached[k] === 0);
  }

  #stamp(move: Extract<Movement, { kind: "stamp" }>): void {
    const { from, to, upgrade, branchMove } = move;
    const one = (list: readonly number[]) => {
      if (list.length === 1) return list[0]!;
      const ids = (l: readonly number[]) => l.map((i) => this.#id(i)).join(", ");
      throw this.#inconsistent(`stamp ${ids(from) || "<base>"} -> ${ids(to) || "<base>"}`);
    };
    if (!upgrade && branchMove) {
      this.#delete(one(from));
    } else if (upgrade && (branchMove || from.some((f) => !this.#has(f))) && to.some((t) => !this.#has(t))) {
      this.#insert(one(to));
    } else if (from.length > 1) {
      from.slice(0, -1).forEach((f) => this.#delete(f));
      this.#update(from[from.length - 1]!, one(to.slice(0, 1)));
    } else if (to.length > 1) {
      to.slice(0, -1).forEach((t) => this.#insert(t));
      this.#update(one(from), to[to.length - 1]!);
    } else {
      this.#update(one(from), one(to));
    }
  }

  #insert(i: number): void {
    if (this.#has(i)) throw this.#inconsistent(`insert '${this.#id(i)}'`);
    this.#heads.push(i);
    this.#changes.push({ kind: "insert", rev: this.#id(i) });
  }

  #delete(i: number): void {
    const at = this.#heads.indexOf(i);
    if (at < 0) throw this.#inconsistent(`delete '${this.#id(i)}'`);
    this.#heads.splice(at, 1);
    this.#changes.push({ kind: "delete", rev: this.#id(i) });
  }

  #update(from: number, to: number): void {
    const at = this.#heads.indexOf(from);
    if (at < 0 || this.#has(to)) throw this.#inconsistent(`update '${this.#id(from)}' to '${this.#id(to)}'`);
    this.#heads[at] = to;
    this.#changes.push({ kind: "update", from: this.#id(from), to: this.#id(to) });
  }

  #id(i: number): string {
    return this.#model.ids[i]!;
  }

  /** Alembic crashes (KeyError, AssertionError) where the table cannot take the step. */
  #inconsistent(action: string): RevisionError {
    const held = this.#heads.map((h) => this.#id(h)).join(", ") || "no revisions";
    return new RevisionError(`Cannot ${action} in the version table, which holds ${held}`);
  }
}

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
  /** Position of each revision in #heads, or -1. */
  readonly #position: Int32Array;
  /** What the rows imply (Alembic's applied revisions), kept up to date per step. */
  #applied: Uint8Array;
  readonly #visited: Int32Array;
  #stamp = 0;
  #changes: VersionChange[] = [];

  constructor(model: GraphModel, heads: readonly number[]) {
    this.#model = model;
    this.#heads = [...new Set(heads)];
    this.#position = new Int32Array(model.size).fill(-1);
    this.#heads.forEach((h, k) => (this.#position[h] = k));
    this.#applied = model.engine.ancestors(this.#heads, EdgeMode.all);
    this.#visited = new Int32Array(model.size);
  }

  get heads(): readonly number[] {
    return this.#heads;
  }

  /** Applies one step; returns the rows it changes, in execution order. */
  apply(move: Movement): VersionChange[] {
    this.#changes = [];
    if (move.kind === "revision") {
      // A downgrade asks what stays implied without this revision.
      if (!move.upgrade) this.#applied[move.revision] = 0;
      this.#revision(move.revision, move.upgrade);
      if (move.upgrade) this.#applied[move.revision] = 1;
    } else {
      this.#stampStep(move);
      this.#applied = this.#model.engine.ancestors(this.#heads, EdgeMode.all);
    }
    return this.#changes;
  }

  #has(i: number): boolean {
    return this.#position[i]! >= 0;
  }

  #revision(r: number, upgrade: boolean): void {
    const down = this.#model.normalizedDown(r);
    if (!upgrade && this.#has(r) && (down.length === 0 || this.#unmergeTo(r, down).length === 0)) {
      this.#delete(r);
    } else if (upgrade && !down.some((d) => this.#has(d))) {
      this.#insert(r);
    } else if (upgrade && down.length > 1 && down.filter((d) => this.#has(d)).length > 1) {
      const others = this.#heads.filter((h) => !down.includes(h));
      const leaving = others.length === 0 ? down : down.filter((d) => !this.#below(d, others));
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
    if (others.length > 0) return down.filter((d) => !this.#below(d, others));
    if (down.length < 2) return [...down];
    return down.filter((d) => !this.#below(d, down.filter((e) => e !== d)));
  }

  /**
   * Is `candidate` at or below one of `sources`? Searches upward through applied
   * revisions only: everything below a row is applied, so an applied path leads up to
   * each row above the candidate, and in a table without redundant rows a row has no
   * applied children, so the search usually stops at once.
   */
  #below(candidate: number, sources: readonly number[]): boolean {
    if (sources.includes(candidate)) return true;
    const stamp = ++this.#stamp;
    const model = this.#model;
    const todo = [candidate];
    this.#visited[candidate] = stamp;
    while (todo.length > 0) {
      const x = todo.pop()!;
      for (const above of [model.children(x), model.dependents(x)]) {
        for (const y of above) {
          if (this.#applied[y] !== 1 || this.#visited[y] === stamp) continue;
          if (sources.includes(y)) return true;
          this.#visited[y] = stamp;
          todo.push(y);
        }
      }
    }
    return false;
  }

  #stampStep(move: Extract<Movement, { kind: "stamp" }>): void {
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
    this.#position[i] = this.#heads.length;
    this.#heads.push(i);
    this.#changes.push({ kind: "insert", rev: this.#id(i) });
  }

  #delete(i: number): void {
    const at = this.#position[i]!;
    if (at < 0) throw this.#inconsistent(`delete '${this.#id(i)}'`);
    this.#heads.splice(at, 1);
    this.#position[i] = -1;
    for (let k = at; k < this.#heads.length; k++) this.#position[this.#heads[k]!] = k;
    this.#changes.push({ kind: "delete", rev: this.#id(i) });
  }

  #update(from: number, to: number): void {
    const at = this.#position[from]!;
    if (at < 0 || this.#has(to)) throw this.#inconsistent(`update '${this.#id(from)}' to '${this.#id(to)}'`);
    this.#heads[at] = to;
    this.#position[from] = -1;
    this.#position[to] = at;
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

/**
 * The names a revision can be looked up by: its id, and the branch labels it declares
 * (Alembic keeps both in one map). Prefix search answers partial identifiers.
 */
export class KeyIndex {
  readonly #ids: readonly string[];
  readonly #byId: ReadonlyMap<string, number>;
  readonly #byLabel: ReadonlyMap<string, number>;
  #sorted: { keys: string[]; owners: number[]; labels: boolean[] } | undefined;

  constructor(ids: readonly string[], byId: ReadonlyMap<string, number>, byLabel: ReadonlyMap<string, number>) {
    this.#ids = ids;
    this.#byId = byId;
    this.#byLabel = byLabel;
  }

  /** The revision a full id or a branch label names. */
  exact(key: string): number | undefined {
    return this.#byId.get(key) ?? this.#byLabel.get(key);
  }

  id(key: string): number | undefined {
    return this.#byId.get(key);
  }

  label(key: string): number | undefined {
    return this.#byLabel.get(key);
  }

  /**
   * Keys (ids, then labels, each in map order) that start with `prefix` and are at least
   * four characters long, as Alembic matches them; prefixes shorter than four characters
   * match nothing (DESIGN §4). Each entry: the key and the revision it names.
   */
  prefixed(prefix: string): Array<{ key: string; revision: number }> {
    if (prefix.length < 4) return [];
    const sorted = this.#sortedKeys();
    let lo = 0;
    let hi = sorted.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted.keys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const hits: Array<{ key: string; revision: number; label: boolean }> = [];
    for (let i = lo; i < sorted.keys.length && sorted.keys[i]!.startsWith(prefix); i++) {
      if (sorted.keys[i]!.length > 3) {
        hits.push({ key: sorted.keys[i]!, revision: sorted.owners[i]!, label: sorted.labels[i]! });
      }
    }
    hits.sort((a, b) => Number(a.label) - Number(b.label) || a.revision - b.revision);
    return hits.map(({ key, revision }) => ({ key, revision }));
  }

  #sortedKeys() {
    if (!this.#sorted) {
      const entries: Array<[string, number, boolean]> = [
        ...this.#ids.map((id, i): [string, number, boolean] => [id, i, false]),
        ...[...this.#byLabel].map(([label, owner]): [string, number, boolean] => [label, owner, true]),
      ];
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      this.#sorted = {
        keys: entries.map((e) => e[0]),
        owners: entries.map((e) => e[1]),
        labels: entries.map((e) => e[2]),
      };
    }
    return this.#sorted;
  }
}

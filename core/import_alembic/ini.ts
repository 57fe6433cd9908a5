/**
 * alembic.ini as Python's ConfigParser reads it for Alembic: `[section]`s, `key = value` or
 * `key: value`, indented continuation lines, `#`/`;` comment lines, keys lowercased, and
 * `%(name)s` interpolation from the same section or the defaults (`here`: the file's
 * directory); `%%` is a literal `%`.
 */
import { AlembicInputError } from "./input_error.ts";

interface Entry {
  readonly raw: string;
  readonly line: number;
}

export class IniFile {
  readonly #sections = new Map<string, Map<string, Entry>>();

  constructor(readonly file: string, source: string, readonly defaults: Record<string, string>) {
    let section: Map<string, Entry> | undefined;
    let last: { map: Map<string, Entry>; key: string; indent: number } | undefined;
    source.split(/\r?\n/).forEach((text, index) => {
      const line = index + 1;
      const trimmed = text.trim();
      const indent = text.length - text.trimStart().length;
      if (trimmed.startsWith("#") || trimmed.startsWith(";")) return;
      if (last && indent > last.indent && trimmed !== "") {
        const entry = last.map.get(last.key)!;
        last.map.set(last.key, { ...entry, raw: `${entry.raw}\n${trimmed}` });
        return;
      }
      if (trimmed === "") return;
      const header = /^\[([^\]]+)\]$/.exec(trimmed);
      if (header) {
        section = this.#sections.get(header[1]!) ?? new Map();
        this.#sections.set(header[1]!, section);
        last = undefined;
        return;
      }
      const split = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
      if (!section || !split) throw new AlembicInputError(`${file}:${line}: cannot parse '${trimmed}'`);
      const key = split[1]!.toLowerCase();
      section.set(key, { raw: split[2]!, line });
      last = { map: section, key, indent };
    });
  }

  has(section: string): boolean {
    return this.#sections.has(section);
  }

  /**
   * The interpolated value, or undefined when the key is absent. `missing` answers for
   * names neither the section nor the defaults hold (else they are an error).
   */
  get(section: string, key: string, missing?: (name: string) => string): string | undefined {
    const entry = this.#sections.get(section)?.get(key);
    return entry === undefined ? undefined : this.#interpolate(section, entry, 0, missing);
  }

  /** The line a key is on, for messages. */
  lineOf(section: string, key: string): number | undefined {
    return this.#sections.get(section)?.get(key)?.line;
  }

  #interpolate(section: string, entry: Entry, depth: number, missing?: (name: string) => string): string {
    if (depth > 10) throw new AlembicInputError(`${this.file}:${entry.line}: interpolation goes too deep`);
    return entry.raw.replace(/%(%|\(([^)]*)\)s)/g, (_all, what: string, name: string | undefined) => {
      if (what === "%") return "%";
      const key = name!.toLowerCase();
      const own = this.#sections.get(section)?.get(key);
      if (own) return this.#interpolate(section, own, depth + 1, missing);
      const value = this.defaults[key];
      if (value === undefined && missing) return missing(name!);
      if (value === undefined) {
        throw new AlembicInputError(`${this.file}:${entry.line}: '%(${name})s' refers to no key of [${section}]`);
      }
      return value;
    });
  }
}

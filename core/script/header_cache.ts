import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { RevisionHeader } from "./revision_header.ts";

/**
 * Parsed headers remembered between runs, per versions directory, keyed by each file's
 * name, size, mtime and inode: a `stat` costs less than half a read-and-parse, which is
 * what graph commands spend most of their time on at 10,000+ scripts. Lives in the user's
 * cache directory (`$MIG_CACHE_DIR`, else `$XDG_CACHE_HOME/mig`, else `~/.cache/mig`), never
 * in the project; `MIG_CACHE_DIR=off` disables it. Any trouble reading or writing it just
 * means no cache: it is never the source of truth.
 */

/** Bumped whenever what a header parses to changes (2: a message's escaped `*\/` is read back as written). */
const FORMAT = 2;

/** [mtimeMs, size, ino, revision, downRevisions, branchLabels, dependsOn, message, doc] */
type Entry = [number, number, number, string, string[], string[], string[], string, string];

export class HeaderCache {
  readonly #dir: string;
  readonly #file: string | undefined;
  readonly #entries: Record<string, Entry>;
  readonly #fresh: Record<string, Entry> = {};
  #dirty = false;

  private constructor(dir: string, file: string | undefined, entries: Record<string, Entry>) {
    this.#dir = dir;
    this.#file = file;
    this.#entries = entries;
  }

  static open(dir: string, env: Readonly<Record<string, string | undefined>> = process.env): HeaderCache {
    const root = cacheRoot(env);
    if (root === undefined) return new HeaderCache(dir, undefined, {});
    const file = path.join(root, `headers-${crypto.createHash("sha1").update(dir).digest("hex").slice(0, 16)}.json`);
    try {
      const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { format: number; dir: string; entries: Record<string, Entry> };
      if (parsed.format === FORMAT && parsed.dir === dir) return new HeaderCache(dir, file, parsed.entries);
    } catch {
      // Missing or unreadable: start empty.
    }
    return new HeaderCache(dir, file, {});
  }

  /** False under `MIG_CACHE_DIR=off`: nothing is remembered, so callers need not stat files for it. */
  get enabled(): boolean {
    return this.#file !== undefined;
  }

  /** The remembered header of `name` when the file is unchanged since. */
  get(name: string, stat: fs.Stats, file: string): RevisionHeader | undefined {
    const e = this.#entries[name];
    if (e === undefined || e[0] !== stat.mtimeMs || e[1] !== stat.size || e[2] !== stat.ino) return undefined;
    this.#fresh[name] = e;
    return { revision: e[3], downRevisions: e[4], branchLabels: e[5], dependsOn: e[6], message: e[7], doc: e[8], path: file };
  }

  set(name: string, stat: fs.Stats, header: RevisionHeader): void {
    this.#fresh[name] = [
      stat.mtimeMs, stat.size, stat.ino, header.revision, [...header.downRevisions], [...header.branchLabels],
      [...header.dependsOn], header.message, header.doc,
    ];
    this.#dirty = true;
  }

  /** Writes the entries seen in this run, if anything changed (new, edited or removed files). */
  save(): void {
    if (this.#file === undefined) return;
    if (!this.#dirty && Object.keys(this.#fresh).length === Object.keys(this.#entries).length) return;
    try {
      fs.mkdirSync(path.dirname(this.#file), { recursive: true });
      // Write then rename: concurrent runs never read half a file.
      const temp = `${this.#file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify({ format: FORMAT, dir: this.#dir, entries: this.#fresh }));
      fs.renameSync(temp, this.#file);
    } catch {
      // A read-only home (containers) just means no cache.
    }
  }
}

/** mig's directory in the user's cache (`MIG_CACHE_DIR`, XDG, ~/.cache); undefined when caching is off. */
export function cacheRoot(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const explicit = env["MIG_CACHE_DIR"];
  if (explicit === "off" || explicit === "") return undefined;
  if (explicit) return explicit;
  const base = env["XDG_CACHE_HOME"] || (env["HOME"] ? path.join(env["HOME"], ".cache") : os.tmpdir());
  return path.join(base, "mig");
}

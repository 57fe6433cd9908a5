/**
 * The last `mig check`'s work, kept for the next one: the embedded PostgreSQL's data
 * directory at the heads a clean stairway reached, keyed by a hash of every script up to
 * there (in stairway order) and of what else decides the result (mig's version, mig.toml,
 * the check's options). A check whose first revisions hash the same boots from that image
 * and runs the stairway only over the revisions after it, so a commit that adds one
 * migration replays one. Only the heads' state is kept: a changed, removed or reordered
 * older script (or a local module one imports) changes the key, and the check runs all. Warnings the cached revisions had are
 * kept with the entry and reported again.
 *
 * Entries live in the user's cache directory (as the header cache does; `MIG_CACHE_DIR=off`
 * disables both), gzip-compressed, written atomically, the newest few kept.
 * Anything wrong with an entry only means starting from the empty database.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import type { PlannedStep } from "../runtime/planned_step.ts";
import { cacheRoot } from "../script/header_cache.ts";
import type { AllowedFinding } from "./lint/lint_run.ts";
import type { Finding } from "./finding.ts";

/** Entries kept in all (~7 MB each): a few projects' or branches' latest states. */
const KEEP = 6;
const FORMAT = 2;

// Compression runs on libuv's thread pool: unpacking overlaps PGlite's start, packing the
// report's last steps.
const gunzip = promisify(zlib.gunzip);
const gzip = promisify(zlib.gzip);

export interface CachedState {
  /** How many of the stairway's steps the image has applied. */
  readonly steps: number;
  /** The last of them: what the report names. */
  readonly through: string;
  /** Every step of this check's stairway: nothing has changed since the entry was made. */
  readonly complete: boolean;
  /** The image, unpacked on first call (while the database engine loads); rejects when the entry is damaged. */
  image(): Promise<Blob>;
  /** Findings (warnings) and silenced findings of those revisions when they were checked. */
  readonly findings: readonly Finding[];
  readonly allowed: readonly AllowedFinding[];
  /** The engine the entry was made in, for the report of a check that does not start one. */
  readonly engine: CachedEngine;
}

export interface CachedEngine {
  /** As the report names it: "pglite". */
  readonly name: string | null;
  readonly version: string | null;
}

/** What `write` stores besides the image. */
export interface CheckOutcome {
  readonly through: string;
  readonly findings: readonly Finding[];
  readonly allowed: readonly AllowedFinding[];
  readonly engine: CachedEngine;
}

interface Meta extends CheckOutcome {
  readonly format: number;
  readonly steps: number;
}

export class CheckCache {
  readonly #dir: string;
  readonly #project: string;
  /** keys[i]: the hash of the seed and steps 0..i. */
  readonly #keys: readonly string[];

  private constructor(dir: string, project: string, keys: readonly string[]) {
    this.#dir = dir;
    this.#project = project;
    this.#keys = keys;
  }

  /** Undefined when caching is off (`MIG_CACHE_DIR=off`) or there is nothing to key. */
  static open(options: { project: string; seed: string; steps: readonly PlannedStep[] }): CheckCache | undefined {
    const root = cacheRoot();
    if (root === undefined || options.steps.length === 0) return undefined;
    const keys: string[] = [];
    let chain = sha1(`${FORMAT}\0${options.seed}`);
    for (const step of options.steps) {
      chain = sha1(`${chain}\0${step.revision}\0${step.path}\0${contentHash(step.path)}`);
      keys.push(chain);
    }
    return new CheckCache(path.join(root, "check"), sha1(options.project).slice(0, 16), keys);
  }

  /** The longest cached prefix of the stairway, or undefined. */
  find(): CachedState | undefined {
    for (let i = this.#keys.length - 1; i >= 0; i--) {
      const file = this.#file(this.#keys[i]!);
      if (!fs.existsSync(file)) continue;
      try {
        const meta = JSON.parse(fs.readFileSync(`${file}.json`, "utf8")) as Meta;
        if (meta.format !== FORMAT || meta.steps !== i + 1) continue;
        let image: Promise<Blob> | undefined;
        // Touched: the newest entries are the ones kept.
        const now = new Date();
        fs.utimesSync(file, now, now);
        return {
          steps: meta.steps, through: meta.through, complete: i === this.#keys.length - 1,
          image: () => (image ??= unpack(file)),
          findings: meta.findings, allowed: meta.allowed, engine: meta.engine,
        };
      } catch {
        continue;
      }
    }
    return undefined;
  }

  /**
   * Starts packing the database after all the steps; `write` then stores it with what the
   * check found. Best effort: any failure only means no entry.
   */
  prepare(image: Blob): { write(outcome: CheckOutcome): Promise<void> } {
    const packed = image.arrayBuffer().then((bytes) => gzip(new Uint8Array(bytes), { level: 1 }));
    packed.catch(() => {});
    return {
      write: async (outcome) => {
        const file = this.#file(this.#keys[this.#keys.length - 1]!);
        try {
          fs.mkdirSync(this.#dir, { recursive: true });
          const meta: Meta = { format: FORMAT, steps: this.#keys.length, ...outcome };
          const temp = `${file}.${process.pid}.tmp`;
          fs.writeFileSync(temp, await packed);
          fs.writeFileSync(`${temp}.json`, JSON.stringify(meta));
          // The metadata lands first: an image without its metadata is never read.
          fs.renameSync(`${temp}.json`, `${file}.json`);
          fs.renameSync(temp, file);
          this.#prune();
        } catch {
          // A read-only home (containers) just means no cache.
        }
      },
    };
  }

  #file(key: string): string {
    return path.join(this.#dir, `${this.#project}-${key.slice(0, 24)}.tar.gz`);
  }

  #prune(): void {
    const entries = fs.readdirSync(this.#dir)
      .filter((name) => name.endsWith(".tar.gz"))
      .map((name) => ({ name, at: fs.statSync(path.join(this.#dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const { name } of entries.slice(KEEP)) {
      fs.rmSync(path.join(this.#dir, name), { force: true });
      fs.rmSync(path.join(this.#dir, `${name}.json`), { force: true });
    }
  }
}

/** The entry's image; a damaged one rejects, marked handled as nobody may be waiting yet. */
function unpack(file: string): Promise<Blob> {
  const image = gunzip(fs.readFileSync(file)).then((bytes) => new Blob([bytes]));
  image.catch(() => {});
  return image;
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/**
 * A script's bytes and those of the local modules it imports (`./helpers.ts`), followed
 * through their own imports: a changed helper must invalidate every script using it.
 * One that cannot be read keys as unreadable (and the check reports it).
 */
function contentHash(file: string, seen = new Set<string>()): string {
  seen.add(file);
  let text: Buffer;
  try {
    text = fs.readFileSync(file);
  } catch {
    return "unreadable";
  }
  const hash = createHash("sha1").update(text);
  for (const match of text.toString("utf8").matchAll(LOCAL_IMPORT)) {
    const target = path.resolve(path.dirname(file), match[1]!);
    if (!seen.has(target)) hash.update(`\0${target}\0${contentHash(target, seen)}`);
  }
  return hash.digest("hex");
}

/** `from "./x"`, `import "../y"`, `import("./z")`: specifiers of local files. */
const LOCAL_IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

import { importUserModule } from "./import_module.ts";

type Module = Record<string, unknown>;

/** How many imports run at once ahead of the step being run. */
const WINDOW = 256;

/**
 * Imports the TypeScript scripts of a plan ahead of the steps that run them. Importing
 * one module at a time leaves the runtime idle while each file is read and transpiled
 * (10,000 scripts: ~1.5 s in Bun, against ~0.3 s with imports overlapping), so a
 * window of imports runs in plan order ahead of the runner.
 *
 * Nothing about a step changes: its module is awaited when the step runs, a script that
 * fails to load fails at its own step with the same error, and the steps before it have
 * run (or been written) as before. Alembic likewise loads every script before running.
 */
export class ScriptLoader {
  readonly #queue: string[];
  readonly #started = new Map<string, Promise<Module>>();
  #next = 0;
  #inFlight = 0;

  constructor(paths: readonly string[]) {
    this.#queue = [...new Set(paths.filter((p) => p.endsWith(".ts")))];
    this.#fill();
  }

  /** The script's module; the import starts now if the window has not reached it yet. */
  load(path: string): Promise<Module> {
    return this.#started.get(path) ?? this.#start(path);
  }

  #start(path: string): Promise<Module> {
    this.#inFlight++;
    const module = importUserModule(path);
    this.#started.set(path, module);
    // Settled here so a failure never surfaces as an unhandled rejection; the step that
    // needs this module still receives the rejection through load().
    module.then(this.#done, this.#done);
    return module;
  }

  readonly #done = () => {
    this.#inFlight--;
    this.#fill();
  };

  #fill(): void {
    while (this.#inFlight < WINDOW && this.#next < this.#queue.length) {
      const path = this.#queue[this.#next++]!;
      if (!this.#started.has(path)) this.#start(path);
    }
  }
}

import { MigError } from "../errors.ts";
import type { Output } from "../output.ts";
import type { Executor } from "./executor.ts";

/** `--sql`: statements become text on stdout, each followed by `;` and a blank line. */
export class OfflineWriter implements Executor {
  readonly offline = true;
  readonly #output: Output;
  #buffer: string[] = [];

  constructor(output: Output) {
    this.#output = output;
  }

  execute(sql: string): Promise<void> {
    this.#buffer.push(`${sql};\n\n`);
    this.#flushIfLarge();
    return Promise.resolve();
  }

  async affected(sql: string): Promise<number> {
    await this.execute(sql);
    return 1;
  }

  executeScript(sql: string): Promise<void> {
    const text = sql.trim();
    if (text !== "") this.#buffer.push(/;\s*$/.test(text) ? `${text}\n\n` : `${text};\n\n`);
    this.#flushIfLarge();
    return Promise.resolve();
  }

  query(): Promise<never> {
    return Promise.reject(new MigError("Reading from the database is not possible in --sql mode"));
  }

  begin(): Promise<void> {
    return this.execute("BEGIN");
  }

  commit(): Promise<void> {
    return this.execute("COMMIT");
  }

  rollback(): Promise<void> {
    return Promise.resolve();
  }

  comment(text: string): void {
    this.#buffer.push(`-- ${text}\n\n`);
  }

  /** Write what is buffered; called at the end of a run (and on the way, for big runs). */
  flush(): void {
    if (this.#buffer.length === 0) return;
    this.#output.write(this.#buffer.join(""));
    this.#buffer = [];
  }

  #flushIfLarge(): void {
    if (this.#buffer.length >= 4096) this.flush();
  }
}

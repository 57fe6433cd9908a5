/** The shape of a golden case: op calls, optional setup, and catalog checks per server. */

import type { TestDb } from "./databases.ts";

export type Server = "postgresql" | "mariadb" | "sqlite";

export interface GoldenCase {
  readonly name: string;
  /** One line on what the case shows; heads its golden file. */
  readonly doc: string;
  /** Ops that build what `run` needs; executed on servers, not written to the golden file. */
  readonly setup?: () => void;
  readonly run: () => void;
  /** Servers to execute on (default: every server whose variant compiles the case). */
  readonly executeOn?: readonly Server[];
  /** After executing setup + run, assert the catalog shows what was meant. */
  readonly check?: Partial<Record<Server, (db: TestDb) => Promise<void>>>;
}

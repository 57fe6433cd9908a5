/**
 * Puts a declared target into an empty workspace and reads it back, so the target is
 * compared in the form the engine itself gives it (types, defaults and expressions as the
 * server prints them). A module is created by the ops autogenerate would write for it
 * from an empty database, compiled and run as one script; a `schema.sql` runs as it is.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import type { Dialect } from "../dialect.ts";
import { DatabaseError, ScriptError } from "../errors.ts";
import { type Catalog, emptyCatalog } from "./catalog.ts";
import { compareCatalogs } from "./compare/mod.ts";
import type { DeclaredTarget } from "./declared/load_target.ts";
import { renderBody } from "./render_body.ts";
import { compileCalls } from "./script_bodies.ts";
import type { AutogenCall } from "./op_call.ts";
import type { Workspace } from "./workspace.ts";

export async function materialize(target: DeclaredTarget, workspace: Workspace): Promise<Catalog> {
  if (target.kind === "sql") {
    try {
      await workspace.exec(target.sql);
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      const at = error.line === undefined ? "" : `:${error.line}`;
      throw new ScriptError(`${target.file}${at}: ${error.message.split("\n")[0]}`, target.file, error.line);
    }
  } else {
    // One script of compiled DDL: creating hundreds of tables through the runner one op
    // at a time costs several times more, and a declared schema needs nothing read back.
    const empty = emptyCatalog(target.catalog.dialect);
    const calls = compareCatalogs(empty, target.catalog, { capabilities: workspace.dialect.capabilities }).upgrade;
    try {
      await workspace.exec(compileCalls(calls, workspace.dialect, empty).sql);
    } catch (error) {
      throw new ScriptError(`The target schema ${target.file} cannot be created: ${(error as Error).message}`, target.file);
    }
  }
  return workspace.readCatalog();
}

/** A throwaway TypeScript script with these bodies, in `dir`; returns its path. */
export function writeCandidate(
  dir: string,
  name: string,
  upgrade: readonly AutogenCall[],
  downgrade: readonly AutogenCall[],
  dialect: Dialect,
): string {
  const file = path.join(dir, `${name}.ts`);
  fs.writeFileSync(file, candidateScript(upgrade, downgrade, dialect));
  return file;
}

function candidateScript(upgrade: readonly AutogenCall[], downgrade: readonly AutogenCall[], dialect: Dialect): string {
  const body = (calls: readonly AutogenCall[]) => renderBody(calls, dialect, "  ");
  return [
    `import { op, t } from "mig";`,
    `void t;`,
    `export function upgrade() {`,
    body(upgrade),
    `}`,
    `export function downgrade() {`,
    body(downgrade),
    `}`,
    ``,
  ].join("\n");
}

import * as fs from "node:fs";
import type { Dialect } from "../dialect.ts";
import type { Row } from "../driver.ts";
import { CompileError, DatabaseError, MigError, ScriptError } from "../errors.ts";
import { type Allowance, allowancesOf } from "../ops/allowance.ts";
import { formatCallSite, throwSite } from "../ops/call_site.ts";
import { type RunCompileContext, reflectFor } from "../ops/compile_context.ts";
import { type OpSink, withOpSink } from "../ops/context.ts";
import type { OpNode } from "../ops/op_node.ts";
import { parseSqlScript, type SqlSection } from "../script/sql_script.ts";
import { decodeScript } from "../script/strict_utf8.ts";
import type { Executor } from "./executor.ts";
import { importUserModule } from "./import_module.ts";
import type { ScriptLoader } from "./script_loader.ts";
import { splitStatements } from "./split_statements.ts";
import { attributed, type StatementOrigin } from "./statement_failure.ts";
import type { Transactions } from "./transactions.ts";

/** What a script needs from the run it is part of. */
export interface ScriptRun {
  readonly dialect: Dialect;
  readonly executor: Executor;
  readonly transactions: Transactions;
  readonly compile: RunCompileContext;
  /** Imports scripts ahead of their steps; without one, each script is imported when it runs. */
  readonly scripts?: ScriptLoader;
  /** multidb: the database's name, passed to upgrade()/downgrade(). */
  readonly database?: string;
}

export interface ScriptStep {
  readonly revision: string;
  readonly path: string;
  readonly direction: "up" | "down";
}

/** `op.getBind()` online: reads through the run's connection after flushing queued ops. */
export interface Bind {
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  execute(sql: string): Promise<void>;
}

export async function runScript(step: ScriptStep, run: ScriptRun): Promise<void> {
  if (step.path.endsWith(".sql")) await runSqlScript(step, run);
  else await runTsScript(step, run);
}

/** The section of a `.sql` script that `step` runs; throws naming the file when it is unreadable or missing. */
export function sqlSection(step: ScriptStep): SqlSection {
  const script = parseSqlScript(decodeScript(fs.readFileSync(step.path), step.path), step.path);
  const section = step.direction === "up" ? script.up : script.down;
  if (!section) {
    throw new ScriptError(`Revision ${step.revision} has no '-- migrate:down' section in ${step.path}`, step.path);
  }
  return section;
}

/** The `upgrade`/`downgrade` function of a `.ts` script's module; throws naming the file when there is none. */
export function scriptFunction(module: Record<string, unknown>, step: ScriptStep): (database?: string) => unknown {
  const name = functionName(step);
  const fn = module[name];
  if (typeof fn !== "function") {
    throw new ScriptError(`Revision ${step.revision} has no ${name}() function in ${step.path}`, step.path);
  }
  return fn as (database?: string) => unknown;
}

function functionName(step: ScriptStep): "upgrade" | "downgrade" {
  return step.direction === "up" ? "upgrade" : "downgrade";
}

async function runSqlScript(step: ScriptStep, run: ScriptRun): Promise<void> {
  const section = sqlSection(step);
  const origin: StatementOrigin = { revision: step.revision, file: step.path, firstLine: section.line };
  // Offline the section is copied as written; online each statement runs (and fails) on its own.
  const statements = run.executor.offline ? [{ text: section.sql, line: 0 }] : splitStatements(section.sql, run.dialect.name);
  const execute = async () => {
    for (const s of statements) {
      await attributed({ ...origin, firstLine: section.line + s.line }, s.text, () => run.executor.executeScript(s.text));
    }
  };
  if (section.transaction) await execute();
  else await run.transactions.outside(execute);
}

async function runTsScript(step: ScriptStep, run: ScriptRun): Promise<void> {
  const module = await (run.scripts ? run.scripts.load(step.path) : importUserModule(step.path));
  const fn = scriptFunction(module, step);
  const queue: OpNode[] = [];
  const flush = async () => {
    for (let node = queue.shift(); node; node = queue.shift()) await runNode(node, step, run);
  };
  const bind: Bind = {
    query: async (sql, params) => {
      await flush();
      return run.executor.query(sql, params);
    },
    execute: async (sql) => {
      await flush();
      await attributed({ revision: step.revision, file: step.path }, sql, () => run.executor.execute(sql));
    },
  };
  const sink: OpSink = {
    dialect: run.dialect.name,
    emit: (node) => void queue.push(node),
    getBind: () => {
      if (run.executor.offline) {
        throw new MigError(
          `op.getBind() needs a live database: revision ${step.revision} (${step.path}) cannot run in --sql mode`,
        );
      }
      return bind;
    },
  };
  try {
    await withOpSink(sink, () => fn.call(module, run.database));
  } catch (error) {
    throw located(error, step, functionName(step));
  }
  await flush();
}

/**
 * An error thrown (or a promise rejected) by the script's own code names the revision and
 * the `file:line:column` of the throw; database and compile errors already say where.
 */
function located(error: unknown, step: ScriptStep, fn: string): unknown {
  if (error instanceof DatabaseError || error instanceof CompileError) return error;
  return new ScriptThrewError(error, step, fn);
}

/** What a script's own code threw, worded with the revision and the place; `thrown` is the original. */
export class ScriptThrewError extends ScriptError {
  override name = "ScriptThrewError";
  constructor(readonly thrown: unknown, step: ScriptStep, fn: string) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const site = throwSite(thrown);
    const where = site ? formatCallSite(site) : step.path;
    super(`Revision ${step.revision} ${fn}() failed at ${where}: ${message}`, site?.file ?? step.path, site?.line);
  }
}

/** `inherited`: allowances on an enclosing `op.autocommitBlock` (they cover its ops). */
async function runNode(node: OpNode, step: ScriptStep, run: ScriptRun, inherited?: readonly Allowance[]): Promise<void> {
  if (node.kind === "autocommitBlock") {
    const around = [...inherited ?? [], ...allowancesOf(node) ?? []];
    await run.transactions.outside(async () => {
      for (const inner of node.ops) await runNode(inner, step, run, around.length ? around : undefined);
    });
    return;
  }
  const ctx = run.compile;
  if (!run.executor.offline) {
    await reflectFor(run.dialect, node, ctx, (sql, params) => run.executor.query(sql, params));
  }
  let statements: string[];
  try {
    statements = run.dialect.compile(node, ctx);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    // A site reads its stack lazily; "" means no frame of the script was found.
    const where = node.site?.file ? formatCallSite(node.site) : step.path;
    throw new CompileError(`Revision ${step.revision} at ${where}: ${error.message}`);
  }
  const own = allowancesOf(node);
  const allow = inherited && own ? [...inherited, ...own] : inherited ?? own;
  const origin: StatementOrigin = {
    revision: step.revision, file: step.path, ...(node.site ? { site: node.site } : {}), ...(allow ? { allow } : {}),
  };
  for (const sql of statements) await attributed(origin, sql, () => run.executor.execute(sql));
}

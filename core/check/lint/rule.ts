/** A lint rule: an id users name in config and `mig:allow`, a default severity, and a check per shape. */
import type { StatementLabel } from "./label.ts";
import type { Prediction } from "./predict_postgresql.ts";
import type { Shape, ShapeKind, ShapeOf } from "./shape.ts";
import type { WatchedMigration, WatchedStatement } from "./watched.ts";

export type RuleLevel = "error" | "warning" | "off";

export interface RuleHit {
  /** One line: what the statement does. */
  readonly message: string;
  /** Why it hurts on a busy database. */
  readonly why: string;
  /** The safe pattern, written as mig ops. */
  readonly fix: string;
  /** The same in SQL, for `.sql` scripts. */
  readonly sqlFix?: string;
}

export interface RuleContext {
  readonly statement: WatchedStatement;
  readonly migration: WatchedMigration;
  /** target_postgres_version as a major number (default 15). */
  readonly version: number;
  /** The statement's label: observed where it could be, else predicted. */
  readonly label: StatementLabel;
  readonly prediction: Prediction;
  /** The relation existed before this migration began (nobody else can see one made in it). */
  existed(name: string): boolean;
  /** PostgreSQL 12+: a validated `CHECK (column IS NOT NULL)` is on table.column. */
  notNullChecked(table: string, column: string): boolean;
}

export interface Rule {
  readonly id: string;
  readonly level: RuleLevel;
  /** What it catches, for the README table and `--explain`. */
  readonly summary: string;
  readonly check: (shape: Shape, ctx: RuleContext) => RuleHit | undefined;
}

/** What a statement-wide rule sees besides the context. */
export interface StatementView {
  /** Rules already hit by this statement's shapes. */
  readonly hits: readonly string[];
  /** A lock that blocks reads, taken earlier in the same transaction and still held. */
  readonly held?: { readonly lock: string; readonly on: string; readonly line?: number };
  /** The migration set lock_timeout in SQL before this statement. */
  readonly lockTimeoutSet: boolean;
  readonly shapes: readonly Shape[];
}

export interface StatementRule {
  readonly id: string;
  readonly level: RuleLevel;
  readonly summary: string;
  readonly check: (ctx: RuleContext, view: StatementView) => RuleHit | undefined;
}

/** A rule on one kind of shape. */
export function on<K extends ShapeKind>(
  kind: K, id: string, level: Rule["level"], summary: string,
  check: (shape: ShapeOf<K>, ctx: RuleContext) => RuleHit | undefined,
): Rule {
  return { id, level, summary, check: (shape: Shape, ctx) => (shape.kind === kind ? check(shape as ShapeOf<K>, ctx) : undefined) };
}

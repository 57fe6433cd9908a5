/**
 * Judges the statements the dry run watched: every rule on every shape of every
 * statement of the revisions in scope, then the rules that look at a statement as a
 * whole (an observed rewrite no other rule explained, a strong lock without
 * lock_timeout, a lock held while later statements run). Returns the findings, the
 * findings silenced in place (with their reasons), and every statement's label for
 * `--explain`.
 */
import type { Allowance } from "../../ops/allowance.ts";
import { type Finding, finding } from "../finding.ts";
import { commentAllowances, fileLines } from "./allow_comments.ts";
import type { DialectName } from "../../ops/context.ts";
import { describeLabel, NO_LABEL, type StatementLabel } from "./label.ts";
import { heldLabel, predictedLabel } from "./label_of.ts";
import { blocksReads, type LockMode, stronger } from "./lock_mode.ts";
import { NotNullChecks } from "./not_null_checks.ts";
import { predictStatement } from "./predict_postgresql.ts";
import { shapesOf, UNKNOWN, withoutRebuildSteps } from "./read_statement.ts";
import type { Rule, RuleContext, RuleHit, RuleLevel } from "./rule.ts";
import { RULE_IDS, RULES, STATEMENT_RULES, UNKNOWN_ALLOW, unknownAllow } from "./rules.ts";
import type { WatchedMigration, WatchedStatement } from "./watched.ts";

export interface LintSettings {
  readonly dialect: DialectName;
  /** target_postgres_version (PostgreSQL rules). */
  readonly version: number;
  readonly levels: ReadonlyMap<string, RuleLevel>;
  /** Revisions the lint judges (lint_since, --staged); the others only run. */
  readonly judged: (revision: string) => boolean;
  readonly database?: string;
}

/** A finding `mig:allow` / `op.allow` silenced, with the reason given there. */
export interface AllowedFinding {
  readonly rule: string;
  readonly revision: string;
  readonly file: string;
  readonly line?: number;
  readonly message: string;
  readonly reason: string;
}

/** One statement as `--explain` prints it. */
export interface ExplainedStatement {
  readonly revision: string;
  readonly file: string;
  readonly line?: number;
  readonly statement: string;
  readonly label: string;
  /** "observed" in the database, "predicted" from the text (nothing to observe), "none" (not PostgreSQL). */
  readonly source: "observed" | "predicted" | "none";
  readonly inTransaction: boolean;
}

export interface LintResult {
  readonly findings: Finding[];
  readonly allowed: AllowedFinding[];
  readonly explained: ExplainedStatement[];
}

export function lintMigrations(migrations: readonly WatchedMigration[], settings: LintSettings): LintResult {
  const out: LintResult = { findings: [], allowed: [], explained: [] };
  const lines = fileLines();
  const checks = new NotNullChecks();
  for (const migration of migrations) {
    const judged = settings.judged(migration.revision);
    const created = new Set<string>();
    /** SQLite tables being recreated: their DROP and RENAME are the rebuild's own steps. */
    const rebuilding = new Set<string>();
    const postgres = settings.dialect === "postgresql";
    let held: { lock: LockMode; on: string; line?: number } | undefined;
    let lockTimeoutSet = false;
    /** Strongest lock per table taken so far in the open transaction. */
    const taken = new Map<string, LockMode>();
    for (const statement of migration.statements) {
      const shapes = withoutRebuildSteps(shapesOf(statement.sql, settings.dialect), rebuilding);
      const prediction = postgres ? predictStatement(shapes, settings.version, statement.facts) : UNKNOWN;
      const label = !postgres ? NO_LABEL
        : heldLabel(statement.label, shapes, prediction, taken) ?? statement.label ?? predictedLabel(shapes, prediction);
      const existed = (name: string) => {
        const key = name.toLowerCase();
        return migration.existing ? migration.existing.has(key) : !created.has(key);
      };
      const ctx: RuleContext = {
        statement, migration, version: settings.version, label, prediction, existed,
        notNullChecked: (table, column) => checks.has(table, column),
      };
      if (judged) {
        out.explained.push({
          revision: statement.revision, file: statement.file, ...(statement.line ? { line: statement.line } : {}),
          statement: statement.sql.trim(), label: postgres ? describeLabel(label) : "locks are not observed on this database",
          source: !postgres ? "none" : statement.label ? "observed" : "predicted",
          inTransaction: statement.inTransaction,
        });
        const hits: { rule: Pick<Rule, "id" | "level">; hit: RuleHit }[] = [];
        for (const shape of shapes) {
          for (const rule of RULES[settings.dialect]) {
            if (statement.failed && rule.id !== "concurrently-in-transaction") continue;
            const hit = rule.check(shape, ctx);
            if (hit) hits.push({ rule, hit });
          }
        }
        if (!statement.failed && postgres) {
          const whole = { hits: hits.map((h) => h.rule.id), held, lockTimeoutSet, shapes };
          for (const rule of STATEMENT_RULES) {
            const hit = rule.check(ctx, whole);
            if (hit) hits.push({ rule, hit });
          }
        }
        const allowances = [...statement.allow, ...commentAllowances(statement.sql, statement.file, statement.line, lines)];
        for (const { rule, hit } of hits) report(out, rule, hit, { statement, label, allowances, settings });
        for (const a of allowances.filter((a) => !RULE_IDS.has(a.rule))) {
          report(out, UNKNOWN_ALLOW, unknownAllow(a.rule), { statement, label, allowances: [], settings });
        }
      }
      for (const shape of shapes) {
        if (shape.kind === "createTable" || shape.kind === "createIndex") created.add((shape.kind === "createTable" ? shape.table : shape.name ?? "").toLowerCase());
        if (shape.kind === "tableRebuild") {
          rebuilding.add(shape.table);
          created.add(`_mig_tmp_${shape.table}`.toLowerCase());
        }
        if (shape.kind === "setLockTimeout") lockTimeoutSet = !/^0(ms|s)?$/i.test(shape.value.trim());
        checks.note(shape);
      }
      if (!statement.inTransaction) taken.clear();
      else for (const table of label.on) taken.set(table, stronger(taken.get(table), label.lock ?? undefined)!);
      if (!statement.inTransaction) held = undefined;
      else if (!held && blocksReads(label.lock) && label.on.length) {
        held = { lock: label.lock!, on: label.on.join(", "), ...(statement.line ? { line: statement.line } : {}) };
      }
    }
  }
  return out;
}

function report(
  out: LintResult, rule: Pick<Rule, "id" | "level">, hit: RuleHit,
  at: { statement: WatchedStatement; label: StatementLabel; allowances: readonly Allowance[]; settings: LintSettings },
): void {
  const level = at.settings.levels.get(rule.id) ?? rule.level;
  if (level === "off") return;
  const { statement } = at;
  const allowance = at.allowances.find((a) => a.rule === rule.id);
  const place = { revision: statement.revision, file: statement.file, ...(statement.line ? { line: statement.line } : {}) };
  if (allowance) {
    out.allowed.push({ rule: rule.id, ...place, message: hit.message, reason: allowance.reason ?? "(no reason given)" });
    return;
  }
  out.findings.push(finding({
    kind: "lint", severity: level, rule: rule.id, message: hit.message, ...place,
    ...(statement.column ? { column: statement.column } : {}),
    statement: statement.sql.trim(), label: describeLabel(at.label), why: hit.why,
    fix: statement.file.endsWith(".sql") && hit.sqlFix ? hit.sqlFix : hit.fix,
    ...(at.settings.database ? { database: at.settings.database } : {}),
  }));
}

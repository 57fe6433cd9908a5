/**
 * Every lint rule. Shape rules (rules_postgresql.ts) judge one action of a statement;
 * the statement rules here judge what it did as a whole, mostly from observation.
 */
import { blocksWrites } from "./lock_mode.ts";
import type { Rule, RuleHit, StatementRule } from "./rule.ts";
import { DESTRUCTIVE_RULES } from "./rules_destructive.ts";
import { MYSQL_RULES, SQLITE_RULES } from "./rules_mysql.ts";
import { POSTGRESQL_RULES } from "./rules_postgresql.ts";

/** Rules whose finding already says the table is rewritten. */
const EXPLAINS_REWRITE = new Set(["alter-type-rewrite", "add-column-volatile-default", "add-column-generated-stored"]);

export const STATEMENT_RULES: readonly StatementRule[] = [
  {
    id: "table-rewrite", level: "error", summary: "any other statement seen rewriting an existing table",
    check: (ctx, view) => {
      const rewrites = ctx.label.rewrites;
      if (!ctx.statement.label || rewrites.length === 0 || view.hits.some((h) => EXPLAINS_REWRITE.has(h))) return undefined;
      if (view.shapes.every((s) => s.kind === "truncate")) return undefined;
      return {
        message: `rewrites existing table${rewrites.length > 1 ? "s" : ""} ${rewrites.join(", ")}`,
        why: "every row is copied and every index rebuilt while the lock is held",
        fix: "make the change in steps that do not rewrite (a new column filled in batches), or run it in a maintenance window and silence it with op.allow(\"table-rewrite\", reason)",
      };
    },
  },
  {
    id: "lock-held-across-statements", level: "warning", summary: "a lock blocking reads held while later slow statements of the same transaction run",
    check: (ctx, view) => {
      if (!view.held || !ctx.statement.inTransaction) return undefined;
      const slow = ctx.prediction.scans || ctx.label.rewrites.length > 0;
      if (!slow) return undefined;
      return {
        message: `runs while ${view.held.lock} on ${view.held.on}${view.held.line ? ` (taken at line ${view.held.line})` : ""} is still held`,
        why: `every query on ${view.held.on} waits until the whole transaction commits, including this statement's work`,
        fix: "move this statement into a revision of its own (each revision commits separately), or before the statement taking the lock",
      };
    },
  },
  {
    id: "missing-lock-timeout", level: "off",
    summary: "ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE on an existing table with no lock_timeout set (off by default: every ALTER TABLE would hit it)",
    check: (ctx, view) => {
      const lock = ctx.label.lock;
      if (!blocksWrites(lock) || lock === "SHARE" || ctx.label.on.length === 0) return undefined;
      if (view.lockTimeoutSet || ctx.statement.lockTimeout) return undefined;
      return {
        message: `${lock} on ${ctx.label.on.join(", ")} with no lock_timeout`,
        why: "while it waits for a running query to finish, every new query on the table queues behind it",
        fix: "set a lock timeout first: op.setLockTimeout(\"5s\") (SET LOCAL lock_timeout = '5s' in SQL), and retry on failure",
      };
    },
  },
];

/** The shape rules of each dialect. */
export const RULES: Readonly<Record<"postgresql" | "mysql" | "sqlite", readonly Rule[]>> = {
  postgresql: [...POSTGRESQL_RULES, ...DESTRUCTIVE_RULES],
  mysql: [...MYSQL_RULES, ...DESTRUCTIVE_RULES],
  sqlite: [...SQLITE_RULES, ...DESTRUCTIVE_RULES],
};

/** `op.allow` / `mig:allow` naming no rule: a typo would otherwise silence nothing, silently. */
export const UNKNOWN_ALLOW = { id: "unknown-allow", level: "warning", summary: "op.allow or -- mig:allow names no lint rule" } as const;

export function unknownAllow(rule: string): RuleHit {
  return {
    message: `allowance for '${rule}', which is no lint rule`,
    why: "it silences nothing, while the finding it was meant for (if any) still fails the check",
    fix: "use a rule id from the README's lint table, as the finding prints it",
  };
}

export const RULE_IDS: ReadonlySet<string> = new Set(
  [...Object.values(RULES).flat(), ...STATEMENT_RULES, UNKNOWN_ALLOW].map((r) => r.id),
);

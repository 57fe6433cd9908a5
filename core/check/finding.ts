/**
 * What `mig check` reports: one finding per problem, errors failing the check (exit 1)
 * and warnings not. The JSON report prints these fields as they are, so the names and
 * kinds are interface: add kinds, never rename them.
 */

export type FindingKind =
  /** A script whose header constants cannot be read statically. */
  | "unreadable-header"
  /** Two scripts declare the same revision id. */
  | "duplicate-revision"
  /** A down revision or dependency names a revision no script declares. */
  | "missing-revision"
  /** Cycles, self-loops, a branch label used twice: the graph cannot be built. */
  | "broken-graph"
  /** More than one head where config does not name them. */
  | "multiple-heads"
  /** The heads differ from those `heads` in mig.toml names. */
  | "unexpected-heads"
  /** A script without an `upgrade` function (or SQL without `-- migrate:up`). */
  | "missing-upgrade"
  /** A script without a `downgrade` function (warning: the stairway skips it). */
  | "missing-downgrade"
  /** The upgrade failed in the embedded database. */
  | "upgrade-failed"
  /** The downgrade failed in the embedded database. */
  | "downgrade-failed"
  /** The downgrade ran but left the schema different from before the upgrade. */
  | "downgrade-incomplete"
  /** Downgrading everything to base, or upgrading again, did not reach the same schema. */
  | "roundtrip-mismatch"
  /** A statement needs a newer PostgreSQL than `target_postgres_version` (warning). */
  | "newer-syntax"
  /** The schema dump given with `--from-dump` could not be loaded. */
  | "dump-failed"
  /** The heads' schema differs from the declared target schema (`target_schema`). */
  | "drift"
  /** A statement that locks or breaks a busy production table (`rule` says which lint rule). */
  | "lint";

export type Severity = "error" | "warning";

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** One line: what is wrong. */
  readonly message: string;
  readonly revision?: string;
  /** Absolute path of the script (reports print it relative to the working directory). */
  readonly file?: string;
  /** 1-based position in `file`: the op call, the SQL line, the header line. */
  readonly line?: number;
  readonly column?: number;
  /** The statement the database refused. */
  readonly statement?: string;
  /** Further lines: the database's DETAIL/HINT, what a downgrade left behind. */
  readonly details?: readonly string[];
  /** multidb: the database (config section) it happened in. */
  readonly database?: string;
  /** kind "lint": the rule's id (what `[mig.lint]` and `mig:allow` name). */
  readonly rule?: string;
  /** kind "lint": what the statement locks and rewrites ("ACCESS EXCLUSIVE on orders, rewrites the table"). */
  readonly label?: string;
  /** kind "lint": why it matters on a busy database. */
  readonly why?: string;
  /** kind "lint": the safe pattern, as mig ops. */
  readonly fix?: string;
}

export function finding(init: Omit<Finding, "severity"> & { severity?: Severity }): Finding {
  const out: Finding = { severity: "error", ...init };
  return Object.freeze(Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as unknown as Finding);
}

export const isError = (f: Finding) => f.severity === "error";

/**
 * The lock and rewrite PostgreSQL's documentation gives for each shape, at a version:
 * the static half of a label. Where `mig check` observes (PGlite, a dev server), a test
 * holds this table to what the server did; elsewhere (older targets) it is the label.
 */
import type { LockMode } from "./lock_mode.ts";
import { stronger } from "./lock_mode.ts";
import type { Shape } from "./shape.ts";
import { typeChangeRewrites } from "./type_change.ts";

/** What the lint knows beyond the text: read from the database before the statement ran. */
export interface StatementFacts {
  /** `table.column` -> its type before the statement (format_type), for ALTER COLUMN TYPE. */
  readonly columnTypes?: Readonly<Record<string, string>>;
  /** MySQL: `table.column` -> bytes a character of its character set takes (utf8mb4: 4). */
  readonly charBytes?: Readonly<Record<string, number>>;
  /** A default named a volatile function (pg_proc.provolatile = 'v'). */
  readonly volatileDefault?: boolean;
}

export interface Prediction {
  readonly lock: LockMode | null;
  readonly rewrite: boolean;
  /** Reads every row (or builds an index) while the lock is held. */
  readonly scans: boolean;
  /** The table claims to know this statement (false: unrecognised text, observation alone judges). */
  readonly known: boolean;
}

export function predictShape(shape: Shape, version: number, facts: StatementFacts = {}): Prediction {
  const p = (lock: LockMode | null, rewrite = false, scans = rewrite): Prediction => ({ lock, rewrite, scans, known: true });
  switch (shape.kind) {
    case "createIndex":
      return shape.concurrently ? p("SHARE UPDATE EXCLUSIVE") : p("SHARE", false, true);
    case "dropIndex":
      return shape.concurrently ? p("SHARE UPDATE EXCLUSIVE") : p("ACCESS EXCLUSIVE");
    case "reindex":
      return shape.concurrently ? p("SHARE UPDATE EXCLUSIVE") : p("SHARE", false, true);
    case "createTable":
      return p(shape.references.length ? "SHARE ROW EXCLUSIVE" : null);
    case "truncate":
      return p("ACCESS EXCLUSIVE", true, false);
    case "addForeignKey":
      return p("SHARE ROW EXCLUSIVE", false, !shape.notValid);
    case "addCheck":
      return p("ACCESS EXCLUSIVE", false, !shape.notValid);
    case "addUnique":
      return p("ACCESS EXCLUSIVE", false, !shape.usingIndex);
    case "validateConstraint":
      return p("SHARE UPDATE EXCLUSIVE", false, true);
    case "setNotNull":
      return p("ACCESS EXCLUSIVE", false, true);
    case "addColumn":
      return p("ACCESS EXCLUSIVE", addColumnRewrites(shape, version, facts), shape.references !== undefined);
    case "alterType": {
      const from = facts.columnTypes?.[`${shape.table}.${shape.column}`];
      return p("ACCESS EXCLUSIVE", from === undefined || usingComputes(shape) || typeChangeRewrites(from, shape.type, version));
    }
    case "detachPartition":
      return shape.concurrently ? p("SHARE UPDATE EXCLUSIVE") : p("ACCESS EXCLUSIVE");
    case "alterTableOther":
      // SET LOGGED / UNLOGGED copy the table into new storage.
      return p("ACCESS EXCLUSIVE", /^SET (UN)?LOGGED$/i.test(shape.action));
    case "dropTable": case "renameTable": case "renameColumn": case "dropColumn": case "dropNotNull":
      return p("ACCESS EXCLUSIVE");
    case "dml":
      return p("ROW EXCLUSIVE", false, true);
    case "enumAddValue": case "enumRenameValue": case "setLockTimeout":
      return p(null);
    case "dropSchema": case "other": case "copyAlter": case "modifyColumn": case "tableRebuild":
      return { ...p(null), known: false };
  }
}

/** A USING that is more than the column itself (or a cast of it) computes every row anew. */
export function usingComputes(shape: Extract<Shape, { kind: "alterType" }>): boolean {
  if (shape.using === undefined) return false;
  const bare = shape.using.replace(/^\((.*)\)$/, "$1").trim();
  const column = `(?:"${shape.column.replace(/"/g, '""')}"|${shape.column})`;
  return !new RegExp(`^${column}(\\s*::\\s*[\\w\\s(),]+)?$`, "i").test(bare);
}

export function addColumnRewrites(shape: Extract<Shape, { kind: "addColumn" }>, version: number, facts: StatementFacts): boolean {
  if (shape.generatedStored || shape.identity) return true;
  if (shape.default === undefined) return false;
  return version < 11 || facts.volatileDefault === true;
}

/** The strongest lock and any rewrite over a statement's shapes. */
export function predictStatement(shapes: readonly Shape[], version: number, facts: StatementFacts = {}): Prediction {
  let lock: LockMode | undefined;
  let rewrite = false;
  let scans = false;
  let known = true;
  for (const shape of shapes) {
    const one = predictShape(shape, version, facts);
    lock = stronger(lock, one.lock ?? undefined);
    rewrite ||= one.rewrite;
    scans ||= one.scans;
    known &&= one.known;
  }
  return { lock: lock ?? null, rewrite, scans, known };
}

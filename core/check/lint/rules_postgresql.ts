/**
 * The PostgreSQL rules. Each judges one shape of a statement on a relation that existed
 * before its migration began; the fix is written as the mig ops that do it safely.
 */
import { on, type Rule, type RuleHit } from "./rule.ts";
import { addColumnRewrites, usingComputes } from "./predict_postgresql.ts";
import { typeChangeRewrites } from "./type_change.ts";

const q = (s: string) => JSON.stringify(s);

const later = (ops: string) => `then, in a later revision, ${ops}`;
const OUTSIDE = "in a section marked '-- migrate:up transaction:false'";

export const POSTGRESQL_RULES: readonly Rule[] = [
  on("createIndex", "create-index-non-concurrent", "error", "CREATE INDEX on an existing table without CONCURRENTLY", (s, ctx) => {
    if (s.concurrently || !ctx.existed(s.table)) return undefined;
    const name = s.name ?? "ix_name";
    return {
      message: `CREATE ${s.unique ? "UNIQUE " : ""}INDEX on existing table ${s.table} without CONCURRENTLY`,
      why: `writes to ${s.table} wait until the index is built, which reads the whole table`,
      fix: `op.autocommitBlock(() => { op.createIndex(${q(name)}, ${q(s.table)}, [...], { ${s.unique ? "unique: true, " : ""}concurrently: true }); })`,
      sqlFix: `${OUTSIDE}: CREATE ${s.unique ? "UNIQUE " : ""}INDEX CONCURRENTLY ${name} ON ${s.table} (...)`,
    };
  }),
  on("dropIndex", "drop-index-non-concurrent", "error", "DROP INDEX of an existing index without CONCURRENTLY", (s, ctx) => {
    const existing = s.names.filter((n) => ctx.existed(n));
    if (s.concurrently || existing.length === 0) return undefined;
    return {
      message: `DROP INDEX ${existing.join(", ")} without CONCURRENTLY`,
      why: "it takes ACCESS EXCLUSIVE on the index's table: reads and writes wait behind it, and it waits behind every running query",
      fix: `op.autocommitBlock(() => { op.dropIndex(${q(existing[0]!)}, { concurrently: true }); })`,
      sqlFix: `${OUTSIDE}: DROP INDEX CONCURRENTLY ${existing[0]!}`,
    };
  }),
  {
    id: "concurrently-in-transaction", level: "error", summary: "CONCURRENTLY inside the migration's transaction",
    check: (s, ctx) => {
      const concurrent = (s.kind === "createIndex" || s.kind === "dropIndex" || s.kind === "reindex" || s.kind === "detachPartition") && s.concurrently;
      if (!concurrent || !ctx.statement.inTransaction) return undefined;
      return {
        message: "CONCURRENTLY inside a transaction",
        why: "PostgreSQL refuses to run it in a transaction block",
        fix: "wrap the op in op.autocommitBlock(() => { ... }), or mark the SQL section '-- migrate:up transaction:false'",
      };
    },
  },
  on("reindex", "reindex-non-concurrent", "error", "REINDEX without CONCURRENTLY (12+)", (s, ctx) => {
    if (s.concurrently || !ctx.existed(s.target)) return undefined;
    return {
      message: `REINDEX of ${s.target} without CONCURRENTLY`,
      why: "writes to the table wait while the index is rebuilt, and queries using the index wait too",
      fix: ctx.version >= 12
        ? `op.autocommitBlock(() => { op.execute("REINDEX INDEX CONCURRENTLY ${s.target}"); })`
        : "before PostgreSQL 12: op.createIndex(..., { concurrently: true }) under a new name in op.autocommitBlock, then op.dropIndex(old, { concurrently: true })",
    };
  }),
  on("detachPartition", "detach-partition-non-concurrent", "error", "DETACH PARTITION without CONCURRENTLY (14+)", (s, ctx) => {
    if (s.concurrently || ctx.version < 14 || !ctx.existed(s.table)) return undefined;
    return {
      message: `DETACH PARTITION from ${s.table} without CONCURRENTLY`,
      why: `it takes ACCESS EXCLUSIVE on ${s.table}: every query on the partitioned table waits`,
      fix: `op.autocommitBlock(() => { op.execute("ALTER TABLE ${s.table} DETACH PARTITION ... CONCURRENTLY"); })`,
    };
  }),
  {
    id: "foreign-key-not-valid", level: "error", summary: "foreign key added to an existing table without NOT VALID",
    check: (s, ctx) => {
      if (s.kind === "addForeignKey" && !s.notValid && ctx.existed(s.table)) return fkHit(s.table, s.references, s.name);
      if (s.kind === "addColumn" && s.references && ctx.existed(s.table)) return fkHit(s.table, s.references, undefined);
      return undefined;
    },
  },
  on("addCheck", "check-not-valid", "error", "CHECK constraint added to an existing table without NOT VALID", (s, ctx) => {
    if (s.notValid || !ctx.existed(s.table)) return undefined;
    const name = s.name ?? "ck_name";
    return {
      message: `CHECK constraint added to existing table ${s.table} without NOT VALID`,
      why: `every row of ${s.table} is checked under ACCESS EXCLUSIVE: no reads or writes until it is done`,
      fix: `op.createCheckConstraint(${q(name)}, ${q(s.table)}, ..., { notValid: true }); ${later(`op.validateConstraint(${q(name)}, ${q(s.table)})`)}`,
      sqlFix: `ALTER TABLE ${s.table} ADD CONSTRAINT ${name} CHECK ${s.expression} NOT VALID; ${later(`ALTER TABLE ${s.table} VALIDATE CONSTRAINT ${name}`)}`,
    };
  }),
  on("addUnique", "unique-without-using-index", "error", "UNIQUE or PRIMARY KEY added to an existing table without USING INDEX", (s, ctx) => {
    if (s.usingIndex || !ctx.existed(s.table)) return undefined;
    const name = s.name ?? (s.primaryKey ? "pk_name" : "uq_name");
    const what = s.primaryKey ? "PRIMARY KEY" : "UNIQUE constraint";
    return {
      message: `${what} added to existing table ${s.table} without USING INDEX`,
      why: `the unique index is built under ACCESS EXCLUSIVE on ${s.table}: no reads or writes until it is done`,
      fix: `op.autocommitBlock(() => { op.createIndex(${q(name)}, ${q(s.table)}, [...], { unique: true, concurrently: true }); }); ${later(s.primaryKey
        ? `op.execute("ALTER TABLE ${s.table} ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX ${name}")`
        : `op.createUniqueConstraint(${q(name)}, ${q(s.table)}, [...], { usingIndex: ${q(name)} })`)}`,
      sqlFix: `${OUTSIDE}: CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${s.table} (...); ` +
        later(`ALTER TABLE ${s.table} ADD CONSTRAINT ${name} ${s.primaryKey ? "PRIMARY KEY" : "UNIQUE"} USING INDEX ${name}`),
    };
  }),
  on("setNotNull", "set-not-null", "error", "SET NOT NULL on an existing column (full scan under ACCESS EXCLUSIVE)", (s, ctx) => {
    if (!ctx.existed(s.table) || (ctx.version >= 12 && ctx.notNullChecked(s.table, s.column))) return undefined;
    const ck = `ck_${s.table.replace(/\W/g, "_")}_${s.column}_not_null`;
    return {
      message: `SET NOT NULL on ${s.table}.${s.column}`,
      why: `every row of ${s.table} is read under ACCESS EXCLUSIVE: no reads or writes until it is done`,
      fix: ctx.version >= 12
        ? `op.createCheckConstraint(${q(ck)}, ${q(s.table)}, "${s.column} IS NOT NULL", { notValid: true }); ${later(`op.validateConstraint(${q(ck)}, ${q(s.table)})`)}; ` +
          `then op.alterColumn(${q(s.table)}, ${q(s.column)}, { nullable: false }) (no scan) and op.dropConstraint(${q(ck)}, ${q(s.table)})`
        : `before PostgreSQL 12 there is no scan-free way: keep a validated CHECK (${s.column} IS NOT NULL) instead (createCheckConstraint with notValid, then validateConstraint)`,
      ...(ctx.version >= 12 ? {
        sqlFix: `ALTER TABLE ${s.table} ADD CONSTRAINT ${ck} CHECK (${s.column} IS NOT NULL) NOT VALID; ${later(`ALTER TABLE ${s.table} VALIDATE CONSTRAINT ${ck}`)}; ` +
          `then ALTER TABLE ${s.table} ALTER COLUMN ${s.column} SET NOT NULL (no scan) and ALTER TABLE ${s.table} DROP CONSTRAINT ${ck}`,
      } : {}),
    };
  }),
  on("addColumn", "add-column-not-null-no-default", "error", "NOT NULL column without a default added to an existing table", (s, ctx) => {
    if (!s.notNull || s.default !== undefined || s.generatedStored || !ctx.existed(s.table)) return undefined;
    return {
      message: `NOT NULL column ${s.column} without a default added to existing table ${s.table}`,
      why: `it fails as soon as ${s.table} has a row`,
      fix: `op.addColumn(${q(s.table)}, t.column(${q(s.column)}, ..., { serverDefault: ... , nullable: false })), or add it nullable, backfill, then make it NOT NULL`,
    };
  }),
  on("addColumn", "add-column-volatile-default", "error", "column with a volatile default (any default before 11; serial and identity columns) added to an existing table", (s, ctx) => {
    if (s.identity && ctx.existed(s.table)) {
      return {
        message: `serial or identity column ${s.column} added to existing table ${s.table}`,
        why: "every existing row takes a value from the sequence: the table is rewritten under ACCESS EXCLUSIVE",
        fix: `op.addColumn(${q(s.table)}, t.column(${q(s.column)}, ...)) as a plain nullable column; attach the sequence as its default for new rows; backfill existing rows in batches`,
      };
    }
    if (s.default === undefined || s.generatedStored || !ctx.existed(s.table)) return undefined;
    if (!addColumnRewrites(s, ctx.version, ctx.statement.facts) && !ctx.label.rewrites.includes(s.table)) return undefined;
    const volatile = ctx.version >= 11;
    return {
      message: `column ${s.column} added to existing table ${s.table} with ${volatile ? "a volatile" : "a"} default (${s.default})`,
      why: `${volatile ? "a volatile default is computed for every row" : "before PostgreSQL 11 any default is written to every row"}: the table is rewritten under ACCESS EXCLUSIVE`,
      fix: `op.addColumn(${q(s.table)}, t.column(${q(s.column)}, ...)) without the default; op.alterColumn(${q(s.table)}, ${q(s.column)}, { serverDefault: ... }) for new rows; backfill existing rows in batches`,
    };
  }),
  on("addColumn", "add-column-generated-stored", "error", "stored generated column added to an existing table", (s, ctx) => {
    if (!s.generatedStored || !ctx.existed(s.table)) return undefined;
    return {
      message: `stored generated column ${s.column} added to existing table ${s.table}`,
      why: "every row is computed and written: the table is rewritten under ACCESS EXCLUSIVE",
      fix: `add a plain nullable column, fill it with a trigger and batched updates; or compute it in a view${ctx.version >= 18 ? " or as a VIRTUAL generated column (PostgreSQL 18)" : ""}`,
    };
  }),
  on("alterType", "alter-type-rewrite", "error", "column type change that rewrites the table (safe: varchar growth, varchar -> text, numeric precision growth, timestamp <-> timestamptz on 12+ under UTC)", (s, ctx) => {
    if (!ctx.existed(s.table)) return undefined;
    const from = ctx.statement.facts.columnTypes?.[`${s.table}.${s.column}`];
    const rewrites = (from !== undefined && typeChangeRewrites(from, s.type, ctx.version)) || usingComputes(s) || ctx.label.rewrites.includes(s.table);
    if (!rewrites) return undefined;
    return {
      message: `type of ${s.table}.${s.column} changed${from ? ` from ${from}` : ""} to ${s.type}`,
      why: `every row is rewritten and every index of ${s.table} rebuilt under ACCESS EXCLUSIVE: no reads or writes until it is done`,
      fix: `op.addColumn(${q(s.table)}, t.column(${q(`${s.column}_new`)}, ...new type)); backfill it in batches and keep it in step with a trigger; ` +
        `${later(`switch readers, then op.dropColumn(${q(s.table)}, ${q(s.column)}) and op.alterColumn(${q(s.table)}, ${q(`${s.column}_new`)}, { newName: ${q(s.column)} })`)}`,
    };
  }),
  on("enumAddValue", "enum-add-value-in-transaction", "error", "ALTER TYPE ... ADD VALUE inside a transaction before PostgreSQL 12", (s, ctx) => {
    if (ctx.version >= 12 || !ctx.statement.inTransaction) return undefined;
    return {
      message: `ALTER TYPE ${s.type} ADD VALUE inside a transaction`,
      why: "before PostgreSQL 12 it cannot run in a transaction block",
      fix: `op.autocommitBlock(() => { op.execute("ALTER TYPE ${s.type} ADD VALUE ..."); })`,
      sqlFix: `${OUTSIDE}: ALTER TYPE ${s.type} ADD VALUE ...`,
    };
  }),
  on("enumRenameValue", "enum-rename-value", "warning", "enum value renamed (clients still send the old value)", (s) => ({
    message: `a value of enum ${s.type} renamed`,
    why: "running application code still reads and writes the old value, and fails",
    fix: "add the new value (op.autocommitBlock + ADD VALUE), migrate rows and code to it, and stop using the old one",
  })),
  on("truncate", "truncate-cascade", "warning", "TRUNCATE ... CASCADE (empties every referencing table too)", (s, ctx) => {
    if (!s.cascade || !s.tables.some((t) => ctx.existed(t))) return undefined;
    return {
      message: `TRUNCATE ${s.tables.join(", ")} CASCADE`,
      why: "it also empties every table with a foreign key to these, recursively",
      fix: "name every table to empty in the TRUNCATE, without CASCADE",
    };
  }),
  on("dropNotNull", "drop-not-null", "warning", "DROP NOT NULL (running code may not expect NULLs)", (s, ctx) => {
    if (!ctx.existed(s.table)) return undefined;
    return {
      message: `NOT NULL dropped from ${s.table}.${s.column}`,
      why: "code that assumes a value can now read NULL; older code still deployed may write rows newer code cannot read back",
      fix: "deploy code that handles NULL first; silence with op.allow(\"drop-not-null\", reason) when it does",
    };
  }),
];

function fkHit(table: string, references: string, name: string | undefined): RuleHit {
  const fk = name ?? "fk_name";
  return {
    message: `foreign key from existing table ${table} to ${references} without NOT VALID`,
    why: `every row of ${table} is checked while SHARE ROW EXCLUSIVE on ${table} and ${references} blocks their writes`,
    fix: `op.createForeignKey(${q(fk)}, ${q(table)}, ${q(references)}, [...], [...], { notValid: true }); ${later(`op.validateConstraint(${q(fk)}, ${q(table)})`)}`,
    sqlFix: `ALTER TABLE ${table} ADD CONSTRAINT ${fk} FOREIGN KEY (...) REFERENCES ${references} (...) NOT VALID; ${later(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${fk}`)}`,
  };
}

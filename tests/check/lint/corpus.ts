/**
 * The lint corpus: migrations on tables that existed before them, each with the label
 * PostgreSQL gives its last statement and the rules it must raise at a target version.
 * `rules` are for the default target (15); `at` lists other versions where they differ.
 * Safe variants are here too, with no rules: they must stay silent.
 */
import type { LockMode } from "../../../core/check/lint/lock_mode.ts";

export interface LintCase {
  readonly name: string;
  /** Extra setup beyond SETUP (not watched: it existed before the migration). */
  readonly setup?: string;
  /** Earlier revisions, each committed on its own and watched (history such as validated checks). */
  readonly earlier?: readonly (readonly string[])[];
  /** The migration judged: its statements in order. */
  readonly up: readonly string[];
  /** false: run outside a transaction (an autocommit block). */
  readonly transaction?: boolean;
  /** Label of the last statement. */
  readonly lock: LockMode | null;
  readonly rewrite: boolean;
  readonly rules: readonly string[];
  readonly at?: Readonly<Record<number, readonly string[]>>;
  /** Rule levels to set, as `[mig.lint]` would. */
  readonly levels?: Readonly<Record<string, "error" | "warning" | "off">>;
  /** The last statement fails (PostgreSQL refuses it). */
  readonly fails?: boolean;
}

export const SETUP = `
CREATE TABLE customers (id int PRIMARY KEY, email text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount int, name varchar(50), note text, t timestamp, n numeric(10,2));
CREATE INDEX ix_orders_amount ON orders (amount);
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
`;

export const CASES: readonly LintCase[] = [
  // Indexes
  { name: "CREATE INDEX on an existing table", up: ["CREATE INDEX ix_orders_customer ON orders (customer_id)"], lock: "SHARE", rewrite: false, rules: ["create-index-non-concurrent"] },
  { name: "CREATE INDEX CONCURRENTLY outside a transaction (safe)", transaction: false, up: ["CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id)"], lock: null, rewrite: false, rules: [] },
  { name: "CREATE INDEX CONCURRENTLY inside a transaction", up: ["CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id)"], fails: true, lock: null, rewrite: false, rules: ["concurrently-in-transaction"] },
  { name: "DROP INDEX", up: ["DROP INDEX ix_orders_amount"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["drop-index-non-concurrent"] },
  { name: "DROP INDEX CONCURRENTLY outside a transaction (safe)", transaction: false, up: ["DROP INDEX CONCURRENTLY ix_orders_amount"], lock: null, rewrite: false, rules: [] },
  { name: "REINDEX", up: ["REINDEX INDEX ix_orders_amount"], lock: "SHARE", rewrite: false, rules: ["reindex-non-concurrent"] },
  { name: "DETACH PARTITION (14+ has CONCURRENTLY)", up: ["ALTER TABLE events DETACH PARTITION events_2024"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["detach-partition-non-concurrent"], at: { 13: [] } },
  // Constraints
  { name: "foreign key without NOT VALID", up: ["ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)"], lock: "SHARE ROW EXCLUSIVE", rewrite: false, rules: ["foreign-key-not-valid"] },
  { name: "foreign key NOT VALID (safe)", up: ["ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID"], lock: "SHARE ROW EXCLUSIVE", rewrite: false, rules: [] },
  { name: "VALIDATE CONSTRAINT in a later revision (safe)", setup: "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;", up: ["ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer"], lock: "SHARE UPDATE EXCLUSIVE", rewrite: false, rules: [] },
  { name: "column with REFERENCES added to an existing table", up: ["ALTER TABLE orders ADD COLUMN buyer_id int REFERENCES customers (id)"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["foreign-key-not-valid"] },
  { name: "CHECK without NOT VALID", up: ["ALTER TABLE orders ADD CONSTRAINT ck_amount CHECK (amount > 0)"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["check-not-valid"] },
  { name: "CHECK NOT VALID (safe)", up: ["ALTER TABLE orders ADD CONSTRAINT ck_amount CHECK (amount > 0) NOT VALID"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [] },
  { name: "UNIQUE added directly", up: ["ALTER TABLE customers ADD CONSTRAINT uq_email UNIQUE (email)"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["unique-without-using-index"] },
  { name: "UNIQUE USING INDEX built concurrently earlier (safe)", setup: "CREATE UNIQUE INDEX uq_email ON customers (email);", up: ["ALTER TABLE customers ADD CONSTRAINT uq_email UNIQUE USING INDEX uq_email"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [] },
  { name: "PRIMARY KEY added directly", setup: "CREATE TABLE notes (id int NOT NULL);", up: ["ALTER TABLE notes ADD PRIMARY KEY (id)"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["unique-without-using-index"] },
  // NOT NULL
  { name: "SET NOT NULL", up: ["ALTER TABLE orders ALTER COLUMN amount SET NOT NULL"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["set-not-null"] },
  {
    name: "SET NOT NULL after a validated CHECK (col IS NOT NULL) (safe on 12+)",
    earlier: [["ALTER TABLE orders ADD CONSTRAINT ck_amount_nn CHECK (amount IS NOT NULL) NOT VALID"], ["ALTER TABLE orders VALIDATE CONSTRAINT ck_amount_nn"]],
    up: ["ALTER TABLE orders ALTER COLUMN amount SET NOT NULL"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [], at: { 11: ["set-not-null"] },
  },
  { name: "DROP NOT NULL", setup: "ALTER TABLE orders ALTER COLUMN name SET NOT NULL;", up: ["ALTER TABLE orders ALTER COLUMN name DROP NOT NULL"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["drop-not-null"] },
  // Columns
  { name: "nullable column added (safe)", up: ["ALTER TABLE orders ADD COLUMN memo text"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [] },
  { name: "NOT NULL column without a default", up: ["ALTER TABLE orders ADD COLUMN memo text NOT NULL"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["add-column-not-null-no-default"] },
  { name: "constant default (safe from 11; a rewrite before)", up: ["ALTER TABLE orders ADD COLUMN qty int NOT NULL DEFAULT 0"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [], at: { 10: ["add-column-volatile-default"] } },
  { name: "volatile default", up: ["ALTER TABLE orders ADD COLUMN r float8 DEFAULT random()"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["add-column-volatile-default"] },
  { name: "stable default now() (safe: pg_proc says stable)", up: ["ALTER TABLE orders ADD COLUMN created timestamptz DEFAULT now()"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [] },
  { name: "serial column", up: ["ALTER TABLE orders ADD COLUMN seq bigserial"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["add-column-volatile-default"] },
  { name: "identity column", up: ["ALTER TABLE orders ADD COLUMN seq int GENERATED BY DEFAULT AS IDENTITY"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["add-column-volatile-default"] },
  { name: "stored generated column", up: ["ALTER TABLE orders ADD COLUMN double_amount int GENERATED ALWAYS AS (amount * 2) STORED"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["add-column-generated-stored"] },
  // Type changes
  { name: "int -> bigint", up: ["ALTER TABLE orders ALTER COLUMN amount TYPE bigint"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["alter-type-rewrite"] },
  { name: "varchar(50) -> varchar(100) (safe)", up: ["ALTER TABLE orders ALTER COLUMN name TYPE varchar(100)"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [] },
  { name: "varchar(50) -> text (safe)", up: ["ALTER TABLE orders ALTER COLUMN name TYPE text"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [] },
  { name: "varchar(50) -> varchar(20)", up: ["ALTER TABLE orders ALTER COLUMN name TYPE varchar(20)"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["alter-type-rewrite"] },
  { name: "numeric(10,2) -> numeric(12,2) (safe)", up: ["ALTER TABLE orders ALTER COLUMN n TYPE numeric(12,2)"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [] },
  { name: "numeric(10,2) -> numeric(12,4)", up: ["ALTER TABLE orders ALTER COLUMN n TYPE numeric(12,4)"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["alter-type-rewrite"] },
  { name: "timestamp -> timestamptz under UTC (safe on 12+)", up: ["ALTER TABLE orders ALTER COLUMN t TYPE timestamptz"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [], at: { 11: ["alter-type-rewrite"] } },
  { name: "same type with USING: seen rewriting though the text looks harmless", up: ["ALTER TABLE orders ALTER COLUMN amount TYPE int USING amount + 0"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["alter-type-rewrite"] },
  // Enums
  { name: "ADD VALUE in a transaction (refused before 12)", up: ["ALTER TYPE mood ADD VALUE 'happy'"], lock: null, rewrite: false, rules: [], at: { 11: ["enum-add-value-in-transaction"] } },
  { name: "ADD VALUE in an autocommit block (safe)", transaction: false, up: ["ALTER TYPE mood ADD VALUE 'happy'"], lock: null, rewrite: false, rules: [], at: { 11: [] } },
  { name: "enum value renamed", up: ["ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'"], lock: null, rewrite: false, rules: ["enum-rename-value"] },
  // Destructive
  { name: "DROP TABLE", up: ["DROP TABLE orders"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["drop-table"] },
  { name: "DROP COLUMN", up: ["ALTER TABLE orders DROP COLUMN note"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["drop-column"] },
  { name: "RENAME TABLE", up: ["ALTER TABLE orders RENAME TO purchases"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["rename-table"] },
  { name: "RENAME COLUMN", up: ["ALTER TABLE orders RENAME COLUMN note TO remark"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["rename-column"] },
  { name: "TRUNCATE ... CASCADE", up: ["TRUNCATE orders CASCADE"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["truncate-cascade"] },
  { name: "DROP SCHEMA", setup: "CREATE SCHEMA archive;", up: ["DROP SCHEMA archive"], lock: null, rewrite: false, rules: ["drop-schema"] },
  // Observed only
  { name: "CLUSTER: a rewrite no shape rule names", up: ["CLUSTER orders USING orders_pkey"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["table-rewrite"] },
  { name: "SET UNLOGGED rewrites", up: ["ALTER TABLE orders SET UNLOGGED"], lock: "ACCESS EXCLUSIVE", rewrite: true, rules: ["table-rewrite"] },
  // The whole migration
  {
    name: "everything on a table created in the same migration (safe)",
    up: [
      "CREATE TABLE invoices (id int PRIMARY KEY, order_id int, total int, memo varchar(10))",
      "CREATE INDEX ix_invoices_order ON invoices (order_id)",
      "ALTER TABLE invoices ADD CONSTRAINT fk_invoices_order FOREIGN KEY (order_id) REFERENCES orders (id)",
      "ALTER TABLE invoices ALTER COLUMN total TYPE bigint",
      "ALTER TABLE invoices ALTER COLUMN total SET NOT NULL",
      "ALTER TABLE invoices ADD COLUMN status text NOT NULL",
    ],
    lock: null, rewrite: false, rules: [],
  },
  { name: "backfill while ACCESS EXCLUSIVE is held", up: ["ALTER TABLE orders ADD COLUMN memo text", "UPDATE orders SET memo = note"], lock: "ROW EXCLUSIVE", rewrite: false, rules: ["lock-held-across-statements"] },
  { name: "no lock_timeout, when the rule is on", levels: { "missing-lock-timeout": "warning" }, up: ["ALTER TABLE orders ALTER COLUMN note SET DEFAULT 'x'"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: ["missing-lock-timeout"] },
  { name: "lock_timeout set first (safe)", levels: { "missing-lock-timeout": "warning" }, up: ["SET LOCAL lock_timeout = '5s'", "ALTER TABLE orders ALTER COLUMN note SET DEFAULT 'x'"], lock: "ACCESS EXCLUSIVE", rewrite: false, rules: [] },
];

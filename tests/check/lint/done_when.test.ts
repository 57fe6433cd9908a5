/**
 * Issue 11's acceptance, from the command line in a fresh project: an index without
 * CONCURRENTLY, a foreign key without NOT VALID and int -> bigint on existing tables make
 * `mig check` exit 1 with three findings, each naming the line, the lock, the rewrite and
 * the fix; the migration rewritten the safe way passes; varchar(50) -> varchar(100) raises
 * nothing.
 */
import { afterEach, expect, test } from "bun:test";
import { CliProject } from "../../support/cli.ts";

let project: CliProject;
afterEach(() => project?.dispose());

function script(rev: string, down: string | null, up: string, downgrade: string): string {
  return [
    `/** ${rev}\n *\n * Revision ID: ${rev}\n */`,
    `import { op, t } from "mig";`,
    `export const revision = "${rev}";`,
    `export const downRevision: string | null = ${down === null ? "null" : JSON.stringify(down)};`,
    `export function upgrade() {\n${up}\n}`,
    `export function downgrade() {\n${downgrade}\n}`,
    "",
  ].join("\n");
}

const BASE = script("a1", null, [
  `  op.createTable("customers", [t.column("id", t.integer(), { primaryKey: true })]);`,
  `  op.createTable("orders", [`,
  `    t.column("id", t.integer(), { primaryKey: true }),`,
  `    t.column("customer_id", t.integer()),`,
  `    t.column("amount", t.integer()),`,
  `    t.column("name", t.string(50)),`,
  `  ]);`,
].join("\n"), `  op.dropTable("orders");\n  op.dropTable("customers");`);

const RISKY = script("b2", "a1", [
  `  op.createIndex("ix_orders_customer", "orders", ["customer_id"]);`,
  `  op.createForeignKey("fk_orders_customer", "orders", "customers", ["customer_id"], ["id"]);`,
  `  op.alterColumn("orders", "amount", { type: t.bigInteger(), existingType: t.integer() });`,
].join("\n"), [
  `  op.alterColumn("orders", "amount", { type: t.integer(), existingType: t.bigInteger() });`,
  `  op.dropConstraint("fk_orders_customer", "orders", { type: "foreignkey" });`,
  `  op.dropIndex("ix_orders_customer");`,
].join("\n"));

// The fix as the findings spell it.
const SAFE = script("b2", "a1", [
  `  op.autocommitBlock(() => {`,
  `    op.createIndex("ix_orders_customer", "orders", ["customer_id"], { concurrently: true });`,
  `  });`,
  `  op.createForeignKey("fk_orders_customer", "orders", "customers", ["customer_id"], ["id"], { notValid: true });`,
  `  op.addColumn("orders", t.column("amount_new", t.bigInteger()));`,
].join("\n"), [
  `  op.dropColumn("orders", "amount_new");`,
  `  op.dropConstraint("fk_orders_customer", "orders", { type: "foreignkey" });`,
  `  op.dropIndex("ix_orders_customer");`,
].join("\n"));
const VALIDATE = script("c3", "b2", `  op.validateConstraint("fk_orders_customer", "orders");`, [
  `  op.dropConstraint("fk_orders_customer", "orders", { type: "foreignkey" });`,
  `  op.createForeignKey("fk_orders_customer", "orders", "customers", ["customer_id"], ["id"], { notValid: true });`,
].join("\n"));
const WIDEN = script("d4", "c3", `  op.alterColumn("orders", "name", { type: t.string(100), existingType: t.string(50) });`,
  `  op.alterColumn("orders", "name", { type: t.string(50), existingType: t.string(100) });`);

test("three findings with line, lock, rewrite and fix; the safe rewrite passes; varchar growth raises nothing", () => {
  project = new CliProject("mig-lint-done-");
  project.write("mig.toml", `[mig]\nscript_location = "migrations"\nurl = "postgresql://app@db.internal/app"\n`);
  project.write("migrations/versions/a1_base.ts", BASE);
  project.write("migrations/versions/b2_orders.ts", RISKY);

  const risky = project.mig(["check"]);
  expect(risky.status).toBe(1);
  expect(risky.stdout).toContain("mig check: 3 errors, 0 warnings");
  const line = (needle: string) => RISKY.split("\n").findIndex((l) => l.includes(needle)) + 1;
  const file = "migrations/versions/b2_orders.ts";
  expect(risky.stdout).toContain(
    `ERROR create-index-non-concurrent b2 ${file}:${line("op.createIndex")}:6: CREATE INDEX on existing table orders without CONCURRENTLY\n` +
      "    Lock: SHARE on orders, no rewrite\n" +
      "    Why: writes to orders wait until the index is built, which reads the whole table\n" +
      `    Fix: op.autocommitBlock(() => { op.createIndex("ix_orders_customer", "orders", [...], { concurrently: true }); })\n`,
  );
  expect(risky.stdout).toContain(
    `ERROR foreign-key-not-valid b2 ${file}:${line("op.createForeignKey")}:6: foreign key from existing table orders to customers without NOT VALID\n` +
      "    Lock: SHARE ROW EXCLUSIVE on customers, orders, no rewrite\n",
  );
  expect(risky.stdout).toContain(
    `    Fix: op.createForeignKey("fk_orders_customer", "orders", "customers", [...], [...], { notValid: true }); then, in a later revision, op.validateConstraint("fk_orders_customer", "orders")\n`,
  );
  expect(risky.stdout).toContain(
    `ERROR alter-type-rewrite b2 ${file}:${line("op.alterColumn")}:6: type of orders.amount changed from integer to BIGINT\n` +
      "    Lock: ACCESS EXCLUSIVE on orders, rewrites the table\n",
  );
  expect(risky.stdout).toMatch(/    Fix: op\.addColumn\("orders", t\.column\("amount_new", \.\.\.new type\)\); backfill it in batches/);

  project.write("migrations/versions/b2_orders.ts", SAFE);
  project.write("migrations/versions/c3_validate.ts", VALIDATE);
  project.write("migrations/versions/d4_widen.ts", WIDEN);
  const safe = project.mig(["check", "--explain"]);
  expect(safe.stderr).toBe("");
  expect(safe.status).toBe(0);
  expect(safe.stdout).toContain("mig check: OK");
  // The labels are still there for the asking.
  const at = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
  expect(safe.stdout).toContain(`EXPLAIN c3 migrations/versions/c3_validate.ts:${at(VALIDATE, "validateConstraint")}: SHARE UPDATE EXCLUSIVE on orders, no rewrite (observed)`);
  expect(safe.stdout).toContain(`EXPLAIN d4 migrations/versions/d4_widen.ts:${at(WIDEN, "t.string(100)")}: ACCESS EXCLUSIVE on orders, no rewrite (observed)`);
  // Locks end with a statement run outside a transaction: that label is the static table's.
  expect(safe.stdout).toContain(`EXPLAIN b2 migrations/versions/b2_orders.ts:${at(SAFE, "concurrently: true")}: SHARE UPDATE EXCLUSIVE on orders, no rewrite (predicted, outside a transaction)`);
}, 120_000);

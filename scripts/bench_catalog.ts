/**
 * The autogenerate catalog read (dialect.introspectCatalog) of a 200-table schema on each
 * engine, against the baseline of reading the same tables one by one with the dialect's
 * per-table `introspect` (what a table-at-a-time reader costs). Prints medians and ratios;
 * not a test. Needs the local PostgreSQL and MariaDB (skipped when absent).
 *   bun scripts/bench_catalog.ts [--tables 200] [--runs 5]
 */
import { parseArgs } from "node:util";
import type { Engine } from "../tests/support/databases.ts";
import { type CatalogEngine, openCatalogEngine } from "../tests/support/catalog_engine.ts";

const { values } = parseArgs({ options: { tables: { type: "string", default: "200" }, runs: { type: "string", default: "5" } } });
const TABLES = Number(values.tables);
const RUNS = Number(values.runs);

/** Each table: a key, five columns, a unique key, a check, an index, a key to the table before. */
function schemaSql(engine: Engine): string {
  const pg = engine === "postgresql" || engine === "pglite";
  const out: string[] = [];
  for (let i = 0; i < TABLES; i++) {
    const ref = i === 0 ? "" : `, CONSTRAINT fk_t${i} FOREIGN KEY (parent_id) REFERENCES t${i - 1} (id) ON DELETE CASCADE`;
    out.push(`CREATE TABLE t${i} (id INTEGER PRIMARY KEY, parent_id INTEGER, name VARCHAR(50) NOT NULL DEFAULT 'x',
  amount NUMERIC(10, 2) CONSTRAINT ck_t${i} CHECK (amount >= 0), created ${pg ? "TIMESTAMPTZ" : "TIMESTAMP"}, code VARCHAR(20),
  CONSTRAINT uq_t${i} UNIQUE (code)${ref})`);
    out.push(`CREATE INDEX ix_t${i} ON t${i} (name, created)`);
    if (pg) out.push(`COMMENT ON TABLE t${i} IS 'table ${i}'`);
  }
  return `${out.join(";\n")}`;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    all.push((performance.now() - started) / 1000);
  }
  return all.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

async function measure(engine: Engine, e: CatalogEngine): Promise<string> {
  await e.run(schemaSql(engine).replace(/ CONSTRAINT ck_t\d+ CHECK \(amount >= 0\)/g, engine === "mariadb" ? "" : "$&"));
  const query = (sql: string, params?: readonly unknown[]) => e.driver.query(sql, params);
  const catalog = await e.catalog();
  if (catalog.tables.length !== TABLES) throw new Error(`${engine}: read ${catalog.tables.length} tables, expected ${TABLES}`);
  const whole = await time(() => e.catalog());
  const perTable = await time(async () => {
    for (let i = 0; i < TABLES; i++) await e.dialect.introspect(query, `t${i}`);
  });
  return `${engine.padEnd(11)} ${whole.toFixed(3).padStart(8)} s ${perTable.toFixed(3).padStart(10)} s ${(perTable / whole).toFixed(1).padStart(7)}x`;
}

console.log(`${TABLES} tables, median of ${RUNS}\nengine       catalog   per-table   faster`);
for (const engine of ["postgresql", "pglite", "mariadb", "sqlite"] as const) {
  const e = await openCatalogEngine(engine);
  if (!e) continue;
  try {
    console.log(await measure(engine, e));
  } finally {
    await e.dispose();
  }
}

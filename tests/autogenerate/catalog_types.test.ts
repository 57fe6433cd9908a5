/**
 * typeFromCatalog is exact: for every builder type, a column compiled by mig and read back
 * gives the server's raw text; typeFromCatalog turns that text into a builder node which,
 * compiled and read back again, gives the same raw text. Types that stay raw are listed,
 * so a builder the reverse mapping misses fails here.
 */
import { afterAll, describe, expect, test } from "bun:test";
import type { TypeNode } from "../../core/ops/elements/type.ts";
import { op } from "../../core/ops/op.ts";
import { t } from "../../core/ops/t.ts";
import { capture, compileAll, offlineContext, type Variant } from "../golden/capture.ts";
import type { Engine } from "../support/databases.ts";
import { type CatalogEngine, openCatalogEngine } from "../support/catalog_engine.ts";

const BUILDERS: Readonly<Record<string, TypeNode>> = {
  integer: t.integer(), bigInteger: t.bigInteger(), smallInteger: t.smallInteger(), string: t.string(), string50: t.string(50),
  text: t.text(), boolean: t.boolean(), dateTime: t.dateTime(), dateTimeTz: t.dateTime({ timezone: true }), date: t.date(),
  time: t.time(), numeric: t.numeric(), numeric10: t.numeric(10), numeric10_2: t.numeric(10, 2), float: t.float(),
  json: t.json(), uuid: t.uuid(), binary: t.binary(),
};

/** Builders whose server text no builder renders to exactly (they stay `t.raw`), per engine. */
const STAYS_RAW: Readonly<Record<Engine, readonly string[]>> = { postgresql: [], pglite: [], sqlite: [], mariadb: [] };
/** Builders a dialect refuses to compile (MySQL's VARCHAR needs a length). */
const REFUSED: Readonly<Record<Engine, readonly string[]>> = { postgresql: [], pglite: [], sqlite: [], mariadb: ["string"] };
const VARIANT: Record<Engine, Variant> = { postgresql: "postgresql", pglite: "postgresql", mariadb: "mariadb", sqlite: "sqlite" };

const opened: CatalogEngine[] = [];
afterAll(async () => {
  for (const e of opened) await e.dispose();
});

async function rawTypes(e: CatalogEngine, engine: Engine, table: string, types: readonly [string, TypeNode][]): Promise<Map<string, TypeNode>> {
  const nodes = capture(VARIANT[engine], () => op.createTable(table, types.map(([name, type]) => t.column(name, type))));
  const compiled = compileAll(VARIANT[engine], nodes, offlineContext());
  if (!compiled.ok) throw compiled.error;
  for (const sql of compiled.statements) await e.driver.exec(sql);
  const read = (await e.catalog()).tables.find((x) => x.name === table);
  return new Map((read?.columns ?? []).map((c) => [c.name, c.type]));
}

describe("typeFromCatalog round trip", () => {
  for (const engine of ["postgresql", "pglite", "mariadb", "sqlite"] as const) {
    test(engine, async () => {
      const e = await openCatalogEngine(engine);
      if (!e) return;
      opened.push(e);
      const builders = Object.entries(BUILDERS).filter(([name]) => !REFUSED[engine].includes(name));
      const first = await rawTypes(e, engine, "first", builders);
      const back = builders.map(([name]) => [name, e.dialect.typeFromCatalog(first.get(name)!)] as [string, TypeNode]);
      expect(back.filter(([, type]) => type.kind === "raw").map(([name]) => name)).toEqual([...STAYS_RAW[engine]]);
      const second = await rawTypes(e, engine, "second", back);
      expect(Object.fromEntries(second)).toEqual(Object.fromEntries(first));
    }, 60_000);
  }
});

/** The steps of a verification and what is compared after each. */
import type { OpenDatabase } from "../check/open_database.ts";
import { describeDiff, diffSnapshots } from "../check/schema_diff.ts";
import type { RevisionHeader } from "../script/revision_header.ts";

/** Both catalogs, the version table aside, and the version rows. */
export async function catalogDifferences(alembicDb: OpenDatabase, migDb: OpenDatabase, versionTable: string): Promise<string[]> {
  const exclude = [{ table: versionTable }];
  const [a, m] = [
    await alembicDb.dialect.snapshotSchema((sql, params) => alembicDb.driver.query(sql, params), { exclude }),
    await migDb.dialect.snapshotSchema((sql, params) => migDb.driver.query(sql, params), { exclude }),
  ];
  const lines = describeDiff(diffSnapshots(a, m), { added: "only mig has", removed: "only Alembic has" });
  const rows = async (db: OpenDatabase) => {
    const table = db.dialect.quoteIdentifier(versionTable);
    try {
      return (await db.driver.query(`SELECT version_num FROM ${table} ORDER BY version_num`)).map((r) => String(r["version_num"])).join(", ");
    } catch {
      return "(no version table)";
    }
  };
  const [ra, rm] = [await rows(alembicDb), await rows(migDb)];
  if (ra !== rm) lines.push(`${versionTable}: Alembic has [${ra}], mig has [${rm}]`);
  return lines;
}

/** Every revision after the revisions it needs (parents and dependencies): the steps of the walk. */
export function upgradeOrder(headers: readonly RevisionHeader[]): string[] {
  const ids = new Set(headers.map((h) => h.revision));
  const needs = new Map(headers.map((h) => [h.revision, [...h.downRevisions, ...h.dependsOn].filter((d) => ids.has(d))]));
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (id: string) => {
    if (done.has(id)) return;
    done.add(id);
    for (const parent of needs.get(id) ?? []) visit(parent);
    order.push(id);
  };
  [...ids].sort().forEach(visit);
  return order;
}

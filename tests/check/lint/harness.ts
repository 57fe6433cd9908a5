/**
 * Runs one corpus case the way `mig check` does, without a project around it: a fresh
 * public schema, the setup, then each revision's statements through the recording
 * driver with their origin set (as the runner sets it), and the lint over what was watched.
 */
import type { Driver } from "../../../core/driver.ts";
import { type LintResult, lintMigrations } from "../../../core/check/lint/lint_run.ts";
import { RecordingDriver } from "../../../core/check/recording_driver.ts";
import type { WatchedMigration } from "../../../core/check/lint/watched.ts";
import { attributed } from "../../../core/runtime/statement_failure.ts";
import { type LintCase, SETUP } from "./corpus.ts";

export interface CaseRun {
  readonly migration: WatchedMigration;
  readonly migrations: readonly WatchedMigration[];
  lint(version: number): LintResult;
}

export async function runCase(driver: Driver, c: LintCase): Promise<CaseRun> {
  await driver.exec("DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS archive CASCADE; CREATE SCHEMA public");
  await driver.exec(SETUP + (c.setup ?? ""));
  const recording = new RecordingDriver(driver, "postgresql");
  const revisions = [...(c.earlier ?? []), c.up];
  await recording.watcher.watching(async () => {
    for (const [r, statements] of revisions.entries()) {
      const last = r === revisions.length - 1;
      const inTransaction = !last || c.transaction !== false;
      if (inTransaction) await recording.begin();
      for (const [i, sql] of statements.entries()) {
        const origin = { revision: `r${r}`, file: `/corpus/r${r}.sql`, firstLine: i + 1 };
        try {
          await attributed(origin, sql, () => recording.exec(sql));
        } catch (error) {
          if (!c.fails) throw error;
        }
      }
      // Earlier revisions stay (they are history); the judged one leaves nothing behind.
      if (inTransaction) await (last ? recording.rollback() : recording.commit());
    }
  });
  const migrations = recording.watcher.migrations;
  return {
    migration: migrations.at(-1)!,
    migrations,
    lint: (version) => lintMigrations(migrations, {
      dialect: "postgresql",
      version,
      levels: new Map(Object.entries(c.levels ?? {})),
      judged: (revision) => revision === `r${revisions.length - 1}`,
    }),
  };
}
